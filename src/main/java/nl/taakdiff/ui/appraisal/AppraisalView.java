package nl.taakdiff.ui.appraisal;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Direction;
import nl.taakdiff.engine.appraisal.Measure;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.engine.appraisal.StabilityInterval;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.NumberInput;
import nl.taakdiff.ui.common.View;

/**
 * The Appraisal view (Afweging): weight sets, options, criteria with direction, weight slider
 * (with its stability interval as a band), number and thresholds; the ranking as bars stacked by
 * each criterion's contribution; the rank acceptability as a heat map. The criteria grid is built
 * when the criteria change, not when a weight moves, so a slider keeps its drag.
 *
 * <p>Each criterion row's controls are a {@link CriterionControls}; the weighing itself is in the
 * view model and the engine.
 */
public final class AppraisalView extends View {
    /** Slider range of a raw weight; typed weights above it stretch the slider. */
    static final double SLIDER_MAX = 10;

    private final AppraisalViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final DialogService dialogs;
    private final NumberInput numbers;
    private static final double BAR_WIDTH = 560;
    /** The criteria grid's column of the indifference threshold Q; P is the next one. */
    private static final int Q_COLUMN = 5;
    private static final double MIN_BAR_WIDTH = 200;
    private static final double NAME_WIDTH = 240;
    /** Rank, score, gaps and padding beside the name and the bar. */
    private static final double SCORE_ROOM = 130;
    private ScrollPane root;
    private VBox content;
    private ComboBox<String> sets;
    private Button save;
    private Button rename;
    private Button delete;
    private ChoiceBox<Method> method;
    private MenuButton options;
    private GridPane criteriaGrid;
    private ComboBox<Measure> addCriterion;
    private RankingBars bars;
    private javafx.scene.layout.FlowPane legend;
    private AcceptabilityHeatMap heatMap;
    private Label acceptabilityTitle;
    private Label problem;
    private final List<CriterionControls> controls = new ArrayList<>();
    private boolean updatingSets;

    public AppraisalView(AppraisalViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.formats = messages.formats();
        this.dialogs = dialogs;
        this.numbers = new NumberInput(messages.locale());
        init();
    }

    @Override
    protected void initializeParts() {
        content = new VBox(12);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("appraisal-view");
        root = new ScrollPane(content);
        root.setId("appraisal-view");
        root.setFitToWidth(true);
        sets = new ComboBox<>();
        sets.setId("appraisal-set");
        sets.setPromptText(messages.get("appraisal.set.none"));
        save = new Button(messages.get("appraisal.save"));
        save.setId("appraisal-save");
        rename = new Button(messages.get("appraisal.rename"));
        rename.setId("appraisal-rename");
        delete = new Button(messages.get("appraisal.delete"));
        delete.setId("appraisal-delete");
        method = new ChoiceBox<>();
        method.setId("appraisal-method");
        method.getItems().setAll(Method.values());
        method.setConverter(nl.taakdiff.ui.common.FormatOnly.converter(m -> messages.get("appraisal.method." + m.key())));
        options = new MenuButton();
        options.setId("appraisal-options");
        criteriaGrid = new GridPane();
        criteriaGrid.setId("appraisal-criteria");
        criteriaGrid.setHgap(8);
        criteriaGrid.setVgap(4);
        addCriterion = new ComboBox<>();
        addCriterion.setId("appraisal-add-criterion");
        addCriterion.setPromptText(messages.get("appraisal.addCriterion"));
        addCriterion.setConverter(nl.taakdiff.ui.common.FormatOnly.converter(this::measureName));
        bars = new RankingBars(messages, BAR_WIDTH, NAME_WIDTH, "appraisal-rank-");
        bars.root().setId("appraisal-ranking");
        // the bars take the width the names and scores leave, up to their full length
        root.viewportBoundsProperty().addListener((obs, old, now) ->
                bars.setBarWidth(Math.max(MIN_BAR_WIDTH, Math.min(BAR_WIDTH, now.getWidth() - NAME_WIDTH - SCORE_ROOM))));
        legend = new javafx.scene.layout.FlowPane(12, 4);
        legend.setId("appraisal-legend");
        heatMap = new AcceptabilityHeatMap(messages);
        acceptabilityTitle = new Label(messages.get("appraisal.acceptability", formats.count(AppraisalViewModel.DRAWS)));
        acceptabilityTitle.getStyleClass().add("panel-title");
        problem = new Label();
        problem.setId("appraisal-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
    }

    @Override
    protected void layoutParts() {
        Label title = new Label(messages.get("appraisal.title"));
        title.getStyleClass().add("view-title");
        Label hint = new Label(messages.get("appraisal.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        // a flow: in a narrow window the method goes to a second line instead of squeezing the buttons
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6,
                row(new Label(messages.get("appraisal.set")), sets, save, rename, delete),
                row(new Label(messages.get("appraisal.method")), method, options));
        bar.setHgap(24);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label criteriaTitle = new Label(messages.get("appraisal.criteria"));
        criteriaTitle.getStyleClass().add("panel-title");
        Label rankingTitle = new Label(messages.get("appraisal.ranking"));
        rankingTitle.getStyleClass().add("panel-title");
        Label rankingHint = new Label(messages.get("appraisal.ranking.hint"));
        rankingHint.getStyleClass().add("hint");
        rankingHint.setWrapText(true);
        content.getChildren().setAll(title, hint, bar, problem, criteriaTitle, criteriaGrid, addCriterion,
                rankingTitle, rankingHint, bars.root(), legend, acceptabilityTitle, heatMap.root());
    }

    /** Controls side by side at their own width. */
    private static HBox row(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    @Override
    protected void bindToModel() {
        listen(model.weightSets(), (javafx.collections.ListChangeListener<WeightSet>) c -> updateSets());
        listen(model.activeSetProperty(), (obs, old, now) -> updateSets());
        updateSets();
        sets.valueProperty().addListener((obs, old, now) -> {
            if (!updatingSets && now != null && !now.equals(model.activeSetProperty().get())) {
                model.switchTo(now);
            }
        });
        save.setOnAction(e -> dialogs.askText(messages.get("appraisal.save.title"), messages.get("appraisal.save.header"),
                        model.activeSetProperty().get() == null ? "" : model.activeSetProperty().get())
                .ifPresent(model::saveAs));
        rename.setOnAction(e -> {
            String current = model.activeSetProperty().get();
            dialogs.askText(messages.get("appraisal.rename.title"), messages.get("appraisal.rename.header", current), current)
                    .ifPresent(n -> model.rename(current, n));
        });
        delete.setOnAction(e -> model.delete(model.activeSetProperty().get()));
        method.setValue(model.methodProperty().get());
        listen(model.methodProperty(), (obs, old, now) -> {
            method.setValue(now);
            updateThresholdFields();
        });
        method.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.methodProperty().set(now);
            }
        });
        options.setOnShowing(e -> fillOptionsMenu());
        listen(model.options(), (javafx.collections.ListChangeListener<String>) c -> updateOptionsLabel());
        updateOptionsLabel();
        listen(model.criteria(), (javafx.collections.ListChangeListener<CriterionRow>) c -> buildCriteria());
        buildCriteria();
        addCriterion.setOnAction(e -> {
            Measure m = addCriterion.getValue();
            if (m != null) {
                model.addCriterion(m);
            }
        });
        listen(model.revisionProperty(), (obs, old, now) -> redraw());
        listen(model.acceptabilityProperty(), (obs, old, now) -> heatMap.show(now));
        problem.textProperty().bind(model.problemProperty());
        onDispose(problem.textProperty()::unbind);
        redraw();
        heatMap.show(model.acceptabilityProperty().get());
        onDispose(() -> controls.forEach(CriterionControls::dispose));
    }

    private void updateSets() {
        updatingSets = true;
        try {
            sets.getItems().setAll(model.weightSets().stream().map(WeightSet::name).toList());
            sets.setValue(model.activeSetProperty().get());
        } finally {
            updatingSets = false;
        }
        boolean editable = model.canEditSets();
        boolean active = model.activeSetProperty().get() != null;
        save.setDisable(!editable);
        rename.setDisable(!editable || !active);
        delete.setDisable(!editable || !active);
    }

    private void fillOptionsMenu() {
        options.getItems().clear();
        for (String name : model.scenarioNames()) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setSelected(model.options().contains(name));
            item.setOnAction(e -> {
                List<String> chosen = new ArrayList<>(model.options());
                if (item.isSelected()) {
                    chosen.add(name);
                } else {
                    chosen.remove(name);
                }
                model.setOptions(chosen);
            });
            options.getItems().add(item);
        }
    }

    private void updateOptionsLabel() {
        options.setText(messages.get("appraisal.options", model.options().size()));
    }

    // ---------------------------------------------------------------------------------------
    // Criteria grid

    private void buildCriteria() {
        controls.forEach(CriterionControls::dispose);
        controls.clear();
        bars.reset();
        criteriaGrid.getChildren().clear();
        criteriaGrid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(120, 230, 230), new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), new ColumnConstraints());
        String[] headers = {"appraisal.criterion", "appraisal.direction", "appraisal.weight", "", "appraisal.share",
                "appraisal.q", "appraisal.p", ""};
        for (int c = 0; c < headers.length; c++) {
            if (!headers[c].isEmpty()) {
                Label h = new Label(messages.get(headers[c]));
                h.getStyleClass().add("column-header");
                criteriaGrid.add(h, c, 0);
            }
        }
        List<CriterionRow> rows = model.criteria();
        for (int i = 0; i < rows.size(); i++) {
            CriterionRow row = rows.get(i);
            CriterionControls cc = new CriterionControls(row, messages, numbers);
            controls.add(cc);
            Label name = new Label(measureName(row.measure()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("appraisal-swatch", colour(i));
            HBox label = new HBox(6, swatch, name);
            label.setAlignment(Pos.CENTER_LEFT);
            ChoiceBox<Direction> direction = new ChoiceBox<>();
            direction.setId("appraisal-" + row.measure().key() + "-direction");
            direction.getItems().setAll(Direction.values());
            direction.setConverter(nl.taakdiff.ui.common.FormatOnly.converter(d -> messages.get("appraisal.direction." + d.key())));
            direction.setValue(row.directionProperty().get());
            direction.setMinWidth(Region.USE_PREF_SIZE);
            direction.valueProperty().addListener((obs, old, now) -> row.directionProperty().set(now));
            StackPane slider = new StackPane(cc.band, cc.slider);
            Button remove = new Button("×");
            remove.setId("appraisal-" + row.measure().key() + "-remove");
            remove.setTooltip(new Tooltip(messages.get("appraisal.remove")));
            remove.setOnAction(e -> model.removeCriterion(row));
            remove.setDisable(rows.size() < 2);
            criteriaGrid.addRow(i + 1, label, direction, slider, cc.weight, cc.share, cc.q, cc.p, remove);
        }
        addCriterion.getItems().setAll(model.unusedMeasures());
        addCriterion.setValue(null);
        addCriterion.setDisable(addCriterion.getItems().isEmpty());
        updateThresholdFields();
        redraw();
    }

    private void updateThresholdFields() {
        boolean promethee = model.methodProperty().get() == Method.PROMETHEE;
        for (CriterionControls cc : controls) {
            cc.q.setDisable(!promethee);
            cc.p.setDisable(!promethee);
        }
        // the thresholds belong to PROMETHEE only: under the weighted sum their columns give their room away
        for (javafx.scene.Node n : criteriaGrid.getChildren()) {
            Integer column = GridPane.getColumnIndex(n);
            if (column != null && (column == Q_COLUMN || column == Q_COLUMN + 1)) {
                n.setVisible(promethee);
                n.setManaged(promethee);
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Results

    private void redraw() {
        Appraisal appraisal = model.appraisalProperty().get();
        List<RankedOption> ranking = model.rankingProperty().get();
        List<StabilityInterval> stability = model.stabilityProperty().get();
        drawStability(appraisal, ranking, stability);
        drawRanking(appraisal, ranking);
    }

    private void drawStability(Appraisal appraisal, List<RankedOption> ranking, List<StabilityInterval> stability) {
        boolean fits = appraisal != null && stability.size() == controls.size();
        double total = controls.stream().mapToDouble(c -> Math.max(0, c.row.weightProperty().get())).sum();
        for (int c = 0; c < controls.size(); c++) {
            CriterionControls cc = controls.get(c);
            if (!fits) {
                cc.share.setText("");
                cc.bandFrom = 0;
                cc.bandTo = 0;
                cc.placeBand();
                continue;
            }
            StabilityInterval s = stability.get(c);
            double others = total - Math.max(0, cc.row.weightProperty().get());
            cc.bandFrom = raw(s.from(), others, cc.slider.getMax());
            cc.bandTo = raw(s.to(), others, cc.slider.getMax());
            cc.placeBand();
            cc.share.setText(messages.get("appraisal.shareStable", formats.percent(s.share()),
                    formats.percent(s.from()), formats.percent(s.to())));
            cc.shareTip.setText(messages.get("appraisal.stable.tooltip", formats.percent(s.from()),
                    formats.percent(s.to()), ranking.get(0).name()));
        }
    }

    /** The raw weight at which a criterion has share x while the other raw weights stay. */
    static double raw(double share, double others, double max) {
        if (others <= 0 || share >= 1) {
            return share <= 0 && others > 0 ? 0 : max;
        }
        return Math.min(max, share * others / (1 - share));
    }

    private void drawRanking(Appraisal appraisal, List<RankedOption> ranking) {
        if (appraisal == null) {
            legend.getChildren().clear();
        } else if (bars.update(appraisal, ranking)) {
            drawLegend(appraisal);
        }
    }

    private void drawLegend(Appraisal appraisal) {
        legend.getChildren().clear();
        for (int c = 0; c < appraisal.criteria().size(); c++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("appraisal-swatch", colour(c));
            HBox item = new HBox(4, swatch, new Label(measureName(appraisal.criteria().get(c).measure())));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
    }

    static String colour(int criterion) {
        return "appraisal-colour-" + criterion % 8;
    }

    String measureName(Measure measure) {
        return messages.get("metric." + measure.key());
    }

    @Override
    public Parent root() {
        return root;
    }
}
