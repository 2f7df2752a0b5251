package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.ColumnFit;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;

/** The baseline and the alternatives to compare it with, each chosen by scenario name. */
final class ScenarioPickers extends View {
    private final CompareViewModel model;
    private final Messages messages;
    private FlowPane root;
    private ComboBox<String> baseline;
    private final List<ComboBox<String>> alternatives = new ArrayList<>();
    /** Set while the items are replaced, so that the passing empty values are not taken as choices. */
    private boolean filling;

    ScenarioPickers(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        init();
    }

    @Override
    protected void initializeParts() {
        baseline = scenarioBox("compare-baseline", false);
        for (int i = 0; i < CompareViewModel.MAX_ALTERNATIVES; i++) {
            alternatives.add(scenarioBox("compare-alternative-" + i, i > 0));
        }
    }

    private ComboBox<String> scenarioBox(String id, boolean optional) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(200);
        box.setMinWidth(140);
        box.setPromptText(messages.get(optional ? "compare.none" : "compare.choose"));
        box.setButtonCell(new NameCell(optional));
        box.setCellFactory(v -> new NameCell(optional));
        ColumnFit.fitToChoices(box, name -> name.isEmpty() ? messages.get("compare.none") : name);
        return box;
    }

    /** Shows a scenario name, or "none" for the empty choice. */
    private final class NameCell extends ListCell<String> {
        private final boolean optional;

        NameCell(boolean optional) {
            this.optional = optional;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(optional ? messages.get("compare.none") : null);
            } else {
                setText(item == null || item.isEmpty() ? messages.get("compare.none") : item);
            }
        }
    }

    @Override
    protected void layoutParts() {
        // a flow: in a narrow window the later boxes go to a second line instead of being cut off
        root = new FlowPane(8, 4);
        Label baselineLabel = new Label(messages.get("compare.baseline"));
        Label alternativesLabel = new Label(messages.get("compare.alternatives"));
        root.getChildren().add(labelled(baselineLabel, baseline));
        for (int i = 0; i < alternatives.size(); i++) {
            Label above = i == 0 ? alternativesLabel : new Label();
            if (i > 0) {
                // the later boxes line up with the first, under the one label of the three
                above.prefHeightProperty().bind(alternativesLabel.heightProperty());
            }
            root.getChildren().add(labelled(above, alternatives.get(i)));
        }
    }

    private static VBox labelled(Label label, ComboBox<String> box) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(4, label, box);
    }

    @Override
    protected void bindToModel() {
        listenToList(model.scenarios(), (ListChangeListener<Scenario>) c -> fillChoices());
        fillChoices();
        bindChoice(baseline, model.baselineNameProperty());
        for (int i = 0; i < alternatives.size(); i++) {
            bindChoice(alternatives.get(i), model.alternativeProperty(i));
        }
    }

    /**
     * Every scenario for the baseline; for an alternative, those that are neither the baseline nor
     * chosen in another alternative box (its own choice stays, so it is always shown).
     */
    private void fillChoices() {
        List<String> names = model.scenarios().stream().map(Scenario::name).toList();
        filling = true;
        setItems(baseline, names);
        for (int i = 0; i < alternatives.size(); i++) {
            String own = model.alternativeProperty(i).get();
            Set<String> taken = new HashSet<>();
            taken.add(model.baselineNameProperty().get());
            for (int j = 0; j < alternatives.size(); j++) {
                if (j != i) {
                    taken.add(model.alternativeProperty(j).get());
                }
            }
            List<String> offered = new ArrayList<>();
            if (i > 0) {
                offered.add("");
            }
            for (String name : names) {
                if (name.equals(own) || !taken.contains(name)) {
                    offered.add(name);
                }
            }
            setItems(alternatives.get(i), offered);
        }
        filling = false;
        baseline.setValue(model.baselineNameProperty().get());
        for (int i = 0; i < alternatives.size(); i++) {
            alternatives.get(i).setValue(model.alternativeProperty(i).get());
        }
    }

    private static void setItems(ComboBox<String> box, List<String> items) {
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
        }
    }

    private void bindChoice(ComboBox<String> box, StringProperty property) {
        box.setValue(property.get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (!filling && !Objects.equals(now, property.get())) {
                property.set(now == null || now.isEmpty() ? null : now);
            }
        });
        listen(property, (obs, old, now) -> {
            box.setValue(now);
            fillChoices();
        });
    }

    @Override
    public Parent root() {
        return root;
    }
}
