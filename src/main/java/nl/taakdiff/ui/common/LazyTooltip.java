package nl.taakdiff.ui.common;

import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made when the mouse first enters the control. Each {@link Tooltip} is a
 * popup window with its own scene: made up front for every table cell and button on screen they
 * were a tenth of the work before the first view. A control keeps one, whose text can change at
 * any time (a cell's with each item); null means no tooltip.
 */
public final class LazyTooltip {
    private static final Object KEY = LazyTooltip.class;
    private final Control control;
    private Tooltip tooltip;
    private String text;

    private LazyTooltip(Control control) {
        this.control = control;
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> install());
    }

    /** Gives {@code control} a tooltip with {@code text}, or none for null; returns the control's one. */
    public static LazyTooltip of(Control control, String text) {
        Objects.requireNonNull(control, "control");
        LazyTooltip tip = (LazyTooltip) control.getProperties().get(KEY);
        if (tip == null) {
            tip = new LazyTooltip(control);
            control.getProperties().put(KEY, tip);
        }
        tip.setText(text);
        return tip;
    }

    /** The text shown on hover; null when none. */
    public String text() {
        return text;
    }

    private void setText(String text) {
        this.text = text;
        if (tooltip != null) {
            apply();
        } else if (control.isHover()) {
            install();
        }
    }

    private void install() {
        if (tooltip == null && text != null) {
            tooltip = new Tooltip();
        }
        if (tooltip != null) {
            apply();
        }
    }

    private void apply() {
        if (text == null) {
            control.setTooltip(null);
        } else {
            tooltip.setText(text);
            control.setTooltip(tooltip);
        }
    }
}
