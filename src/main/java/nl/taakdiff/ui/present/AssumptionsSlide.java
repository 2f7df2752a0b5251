package nl.taakdiff.ui.present;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.ui.common.Messages;

/** One screen of the assumptions: scenario blocks and a part of the task table, without scrolling. */
final class AssumptionsSlide {
    private AssumptionsSlide() {
    }

    static Node build(AssumptionPages.Part part, Messages messages) {
        VBox box = new VBox(8);
        box.setId("slide-assumptions");
        box.getStyleClass().add("slide-small");
        for (PresentationViewModel.ScenarioAssumptions s : part.scenarios()) {
            box.getChildren().add(PresentationView.text(messages.get("present.assumptions.scenario", s.name()), "slide-head"));
            box.getChildren().add(PresentationView.text(s.tiering(), "slide-text"));
            box.getChildren().add(PresentationView.text(s.overheads(), "slide-text"));
            if (s.overrides().isEmpty()) {
                box.getChildren().add(PresentationView.text(messages.get("present.assumptions.overrides") + ": "
                        + messages.get("present.assumptions.noOverrides"), "slide-text", "slide-muted"));
            } else {
                box.getChildren().add(PresentationView.text(messages.get("present.assumptions.overrides") + ":", "slide-text"));
                for (String o : s.overrides()) {
                    box.getChildren().add(PresentationView.text("• " + o, "slide-text"));
                }
            }
        }
        if (!part.tasks().isEmpty()) {
            box.getChildren().add(PresentationView.text(messages.get("present.assumptions.tasks"), "slide-head"));
            box.getChildren().add(tasks(part, messages));
        }
        return box;
    }

    private static GridPane tasks(AssumptionPages.Part part, Messages messages) {
        GridPane tasks = new GridPane();
        tasks.setId("slide-tasks");
        tasks.getStyleClass().add("slide-table");
        tasks.setHgap(18);
        tasks.setVgap(3);
        String[] heads = {"present.task", "present.unitCost", "present.fixedCost", "present.minScale", "present.source"};
        double[] widths = {30, 11, 13, 11, 35};
        for (int c = 0; c < heads.length; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(widths[c]);
            column.setHalignment(c == 0 || c == heads.length - 1 ? HPos.LEFT : HPos.RIGHT);
            tasks.getColumnConstraints().add(column);
            tasks.add(cell(messages.get(heads[c]), false, "slide-text", "slide-bold"), c, 0);
        }
        tasks.setMaxWidth(Double.MAX_VALUE);
        int r = 1;
        for (PresentationViewModel.TaskRow t : part.tasks()) {
            tasks.add(cell(t.task(), false, "slide-text"), 0, r);
            tasks.add(cell(t.unitCost(), true, "slide-text"), 1, r);
            tasks.add(cell(t.fixedCost(), true, "slide-text"), 2, r);
            tasks.add(cell(t.minScale(), true, "slide-text"), 3, r);
            tasks.add(cell(t.source(), false, "slide-text", "slide-muted"), 4, r);
            r++;
        }
        return tasks;
    }

    /** A table cell: one line at its full width, or wrapping text that takes the width left. */
    private static Label cell(String value, boolean oneLine, String... styles) {
        Label label = new Label(value);
        label.getStyleClass().addAll(styles);
        GridPane.setValignment(label, VPos.TOP);
        if (oneLine) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        } else {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        return label;
    }
}
