package nl.taakdiff.ui.appraisal;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import nl.taakdiff.engine.appraisal.Acceptability;
import nl.taakdiff.ui.common.Messages;

/** Rank acceptability as a heat map: an option per row, a rank per column, ten colour classes of the share. */
final class AcceptabilityHeatMap {
    private final Messages messages;
    private final GridPane grid = new GridPane();

    AcceptabilityHeatMap(Messages messages) {
        this.messages = messages;
        grid.setId("appraisal-acceptability");
        grid.setHgap(2);
        grid.setVgap(2);
    }

    GridPane root() {
        return grid;
    }

    void show(Acceptability acceptability) {
        grid.getChildren().clear();
        if (acceptability == null) {
            return;
        }
        int n = acceptability.options().size();
        for (int r = 0; r < n; r++) {
            Label h = new Label(messages.get("appraisal.rank", r + 1));
            h.getStyleClass().add("column-header");
            h.setMinWidth(70);
            grid.add(h, r + 1, 0);
        }
        for (int i = 0; i < n; i++) {
            Label name = new Label(acceptability.options().get(i));
            name.setMinWidth(240);
            grid.add(name, 0, i + 1);
            for (int r = 0; r < n; r++) {
                double share = acceptability.share(i, r);
                Label cell = new Label(messages.formats().percent(share));
                cell.setId("appraisal-acceptability-" + i + "-" + r);
                cell.getStyleClass().addAll("heat-cell", "heat-" + Math.min(9, (int) Math.floor(share * 10)));
                cell.setMinWidth(70);
                cell.setAlignment(Pos.CENTER);
                grid.add(cell, r + 1, i + 1);
            }
        }
    }
}
