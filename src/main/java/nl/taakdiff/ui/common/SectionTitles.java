package nl.taakdiff.ui.common;

import javafx.scene.control.Label;

/** The heading above one part of a view, styled as such by the style sheet. */
public final class SectionTitles {
    private SectionTitles() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
