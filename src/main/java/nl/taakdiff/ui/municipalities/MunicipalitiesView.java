package nl.taakdiff.ui.municipalities;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;

/**
 * The municipalities of the data set under the current scenario, with filters, and below them the
 * scenario's overrides with a form to add, change and remove them. A municipality selected in the
 * table is the one the form offers and the one the other views follow.
 */
public final class MunicipalitiesView extends View {
    private final MunicipalitiesViewModel model;
    private final Messages messages;
    private BorderPane root;
    private MunicipalityTable table;
    private OverridesEditor overrides;

    public MunicipalitiesView(MunicipalitiesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        init();
    }

    @Override
    protected void initializeParts() {
        root = new BorderPane();
        root.setId("municipalities-view");
        table = new MunicipalityTable(model, messages);
        onDispose(table::dispose);
        overrides = new OverridesEditor(model, messages);
        onDispose(overrides::dispose);
    }

    @Override
    protected void layoutParts() {
        SplitPane split = new SplitPane(table.root(), overrides.root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        root.setPadding(new Insets(10));
    }

    @Override
    protected void bindToModel() {
        listen(table.selectedRowProperty(), (obs, old, now) -> {
            if (now != null) {
                overrides.offer(now.municipality());
                model.selectedMunicipalityProperty().set(now.municipality().code());
            }
        });
        // Follow a selection made elsewhere, e.g. a click on the map.
        listen(model.selectedMunicipalityProperty(), obs -> table.showSelected());
        table.showSelected();
    }

    @Override
    public Parent root() {
        return root;
    }
}
