package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.Outcome;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.IndexedChoices;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.SectionTitles;
import nl.taakdiff.ui.common.TextColumns;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.compare.CompareViewModel.OutcomeFilter;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/**
 * The municipalities that win or lose against the baseline in one chosen alternative, filtered to
 * winners or losers, with their count.
 */
final class MunicipalityOutcomes extends View {
    private final CompareViewModel model;
    private final Messages messages;
    private final Formats formats;
    private VBox root;
    private TableView<MunicipalityDelta> table;
    private ComboBox<Integer> focus;
    private ToggleButton all;
    private ToggleButton winnersOnly;
    private ToggleButton losersOnly;
    private Label summary;

    MunicipalityOutcomes(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = messages.formats();
        init();
    }

    @Override
    protected void initializeParts() {
        table = new TableView<>();
        table.setId("municipality-table");
        table.setPrefHeight(330);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("compare.noMunicipalities")));
        focus = new ComboBox<>();
        focus.setId("compare-focus");
        focus.setPrefWidth(190);
        focus.setMinWidth(120);
        nl.taakdiff.ui.common.ColumnFit.fitToChoices(focus);
        ToggleGroup group = new ToggleGroup();
        all = toggle("filter-all", "compare.filter.all", group);
        winnersOnly = toggle("filter-winners", "compare.filter.winners", group);
        losersOnly = toggle("filter-losers", "compare.filter.losers", group);
        summary = new Label();
        summary.setId("outcome-summary");
    }

    private ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton button = new ToggleButton(messages.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    @Override
    protected void layoutParts() {
        Label focusLabel = new Label(messages.get("compare.focus"));
        focusLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane filters = new FlowPane(6, 6, focusLabel, focus, all, winnersOnly, losersOnly, summary);
        filters.setAlignment(Pos.CENTER_LEFT);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        root = new VBox(6, SectionTitles.of(messages.get("compare.municipalities")), filters, table);
    }

    @Override
    protected void bindToModel() {
        table.setItems(model.municipalities());
        buildColumns();
        switch (model.filterProperty().get()) {
            case ALL -> all.setSelected(true);
            case WINNERS -> winnersOnly.setSelected(true);
            case LOSERS -> losersOnly.setSelected(true);
        }
        all.setOnAction(e -> select(OutcomeFilter.ALL, all));
        winnersOnly.setOnAction(e -> select(OutcomeFilter.WINNERS, winnersOnly));
        losersOnly.setOnAction(e -> select(OutcomeFilter.LOSERS, losersOnly));
        focus.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.focusProperty().set(now);
            }
        });
        listen(model.winnersProperty(), obs -> updateSummary());
        listen(model.losersProperty(), obs -> updateSummary());
    }

    private void select(OutcomeFilter value, ToggleButton button) {
        button.setSelected(true);
        model.filterProperty().set(value);
    }

    void updateSummary() {
        summary.setText(messages.get("compare.outcomes", model.winnersProperty().get(), model.losersProperty().get()));
    }

    /** Offers the alternatives of a new set of scenarios to focus on. */
    void showFocus(Result result) {
        List<String> names = result == null ? List.of() : result.alternativeNames();
        focus.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null || index >= names.size() ? "" : names.get(index);
            }

            @Override
            public Integer fromString(String string) {
                return null;
            }
        });
        IndexedChoices.show(focus, names.size(), model.focusProperty().get());
        table.refresh();
    }

    private void buildColumns() {
        List<TableColumn<MunicipalityDelta, ?>> columns = new ArrayList<>();
        columns.add(TextColumns.of(messages.get("compare.municipality"), MunicipalityDelta::name, 140));
        columns.add(TextColumns.of(messages.get("compare.population"), m -> formats.population(m.population()), 88));
        columns.add(TextColumns.of(messages.get("compare.baselinePerInhabitant"),
                m -> formats.money(m.baselineCost() / m.population()), 92));
        columns.add(TextColumns.of(messages.get("compare.alternativePerInhabitant"),
                m -> formats.money(m.alternativeCost() / m.population()), 92));
        columns.add(TextColumns.of(messages.get("compare.deltaPerInhabitant"),
                m -> formats.delta(Unit.MONEY, m.deltaPerInhabitant(), false), 92));
        TableColumn<MunicipalityDelta, Outcome> outcome = new TableColumn<>(messages.get("compare.outcome"));
        outcome.setSortable(false);
        outcome.setPrefWidth(80);
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("outcome-winner", "outcome-loser", "outcome-unchanged");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String code = item.name().toLowerCase(Locale.ROOT);
                setText(messages.get("outcome." + code));
                getStyleClass().add("outcome-" + code);
            }
        });
        columns.add(outcome);
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);
    }

    @Override
    public Parent root() {
        return root;
    }
}
