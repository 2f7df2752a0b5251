package nl.taakdiff.ui.map;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.MunicipalityResult;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.engine.map.MapColouring.Mode;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.io.render.ChartRenderer;
import nl.taakdiff.io.render.MapRenderer;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Session;

/**
 * The map of the municipalities: what it is coloured by (the {@link Mode}s of {@link MapColouring},
 * the loser probability by a run of {@link LoserProbabilities}), for which scenario of the Compare
 * tab's result, region borders of the chosen task's region type, the hovered and the selected
 * municipality (shared through {@link Session#selectedMunicipalityProperty()}), and the PNG
 * exports. Legend labels are rebuilt in the UI language from the engine's legend bounds.
 * Toolkit-free apart from the JavaFX properties, so it is tested without a stage.
 */
public final class MapViewModel {
    /** What the map currently shows, ready to draw: the colouring with localised texts. */
    public record MapData(Choropleth choropleth, String title, String unit, String subtitle, String regionType,
                          Evaluation evaluation, Comparison comparison, boolean provinceBorders,
                          UncertaintyResult uncertainty) {
        /** The title with its unit, for the legend. */
        public String caption() {
            return unit.isEmpty() ? title : title + " (" + unit + ")";
        }
    }

    /** A line of the information panel: a label and a value. */
    public record Detail(String label, String value) {
    }

    private final Session session;
    private final CompareViewModel compare;
    private final Jobs jobs;
    private final Messages messages;
    private final DialogService dialogs;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.COST_CHANGE);
    private final StringProperty task = new SimpleStringProperty(this, "task");
    private final BooleanProperty regionBorders = new SimpleBooleanProperty(this, "regionBorders", false);
    private final BooleanProperty provinceBorders = new SimpleBooleanProperty(this, "provinceBorders", false);
    /** True when the data set has no boundaries of its own year, so the map cannot be drawn. */
    private boolean noBoundaries;
    private int shapesRequest;
    private final IntegerProperty source = new SimpleIntegerProperty(this, "source", 1);
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MapShapes> shapes = new ReadOnlyObjectWrapper<>(this, "shapes");
    private boolean shapesRequested;
    private final ReadOnlyObjectWrapper<MapData> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final StringProperty hovered = new SimpleStringProperty(this, "hovered");
    private final UiMapLabels labels;
    private final Map<Evaluation, Map<String, Integer>> indexCache = new java.util.WeakHashMap<>();
    private final LoserProbabilities losers;

    public MapViewModel(Session session, CompareViewModel compare, Jobs jobs, Messages messages, DialogService dialogs) {
        this.session = Objects.requireNonNull(session, "session");
        this.compare = Objects.requireNonNull(compare, "compare");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = dialogs;
        this.labels = new UiMapLabels(messages);
        this.losers = new LoserProbabilities(jobs, messages, this::update);
        compare.resultProperty().addListener((obs, old, now) -> {
            loadShapesOnce();
            update();
        });
        compare.problemProperty().addListener((obs, old, now) -> {
            loadShapesOnce();
            update();
        });
        mode.addListener((obs, old, now) -> update());
        task.addListener((obs, old, now) -> update());
        regionBorders.addListener((obs, old, now) -> update());
        provinceBorders.addListener((obs, old, now) -> update());
        source.addListener((obs, old, now) -> update());
        messages.localeProperty().addListener((obs, old, now) -> update());
        session.studyProperty().addListener((obs, old, now) -> {
            if (shapesRequested && (old == null || now == null || !old.dataset().equals(now.dataset()))) {
                loadShapes();
            }
            update();
        });
        session.libraryProperty().addListener((obs, old, now) -> {
            if (shapesRequested) {
                loadShapes();
            }
        });
        if (compare.result() != null || !compare.problemProperty().get().isEmpty()) {
            loadShapesOnce();
        }
        update();
    }

    /**
     * Reads the shapes once the first comparison (or its problem) is there: read earlier, they would
     * hold up that first comparison at start-up, and the map is not on screen then.
     */
    private void loadShapesOnce() {
        if (!shapesRequested) {
            shapesRequested = true;
            loadShapes();
        }
    }

    /**
     * The boundaries of the data set's own year: stored with the workbook, else bundled for a data
     * set named after a bundled year; never another year's, which would not match the municipalities.
     */
    private void loadShapes() {
        nl.taakdiff.model.Dataset dataset = session.study().dataset();
        if (dataset.municipalities().isEmpty()) {
            return; // the study is still loading
        }
        nl.taakdiff.ui.library.ScenarioLibrary library = session.library();
        int request = ++shapesRequest;
        jobs.store(messages.get("status.loadingMap"), () -> {
            Optional<nl.taakdiff.io.MapGeometry> stored = library == null ? Optional.empty() : library.storedGeometry();
            if (stored.isPresent()) {
                return Optional.of(new MapShapes(stored.get()));
            }
            Optional<Integer> year = nl.taakdiff.io.BundledData.yearOf(dataset.name());
            return year.isPresent() ? Optional.of(MapShapes.bundled(year.get())) : Optional.<MapShapes>empty();
        }, loaded -> {
            if (request != shapesRequest) {
                return;
            }
            noBoundaries = loaded.isEmpty();
            shapes.set(loaded.orElse(null));
            update();
        }, error -> problem.set(messages.get("map.noGeometry", ErrorTexts.of(error, messages))));
    }

    // ---- properties --------------------------------------------------------------------------

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The Monte Carlo run of the loser-probability mode: its progress, cancel and restart. */
    public LoserProbabilities loserProbabilities() {
        return losers;
    }

    /** The task whose level (and region type, for the borders) the map shows; null means the first task. */
    public StringProperty taskProperty() {
        return task;
    }

    public BooleanProperty regionBordersProperty() {
        return regionBorders;
    }

    /** Whether province borders are drawn on top (where the data set's boundaries have provinces). */
    public BooleanProperty provinceBordersProperty() {
        return provinceBorders;
    }

    /** Whether the loaded boundaries have a province layer. */
    public boolean hasProvinceBorders() {
        MapShapes s = shapes.get();
        return s != null && s.hasProvinces();
    }

    /** Which scenario is coloured: 0 the baseline, k the k-th alternative of the comparison. */
    public IntegerProperty sourceProperty() {
        return source;
    }

    /** The names of the baseline and the alternatives, in {@link #sourceProperty()} order. */
    public ObservableList<String> sources() {
        return sources;
    }

    public ReadOnlyObjectProperty<MapShapes> shapesProperty() {
        return shapes.getReadOnlyProperty();
    }

    public MapShapes shapes() {
        return shapes.get();
    }

    public ReadOnlyObjectProperty<MapData> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public MapData map() {
        return map.get();
    }

    /** Why the map is empty; empty when it shows something. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The outcome of the latest export, for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The municipality under the pointer (code), or null. */
    public StringProperty hoveredProperty() {
        return hovered;
    }

    /** The selected municipality (code), shared with every other view through the session. */
    public StringProperty selectedProperty() {
        return session.selectedMunicipalityProperty();
    }

    public Messages messages() {
        return messages;
    }

    public List<Task> tasks() {
        return session.study().tasks();
    }

    /** The chosen task, or the first task of the study. */
    public Optional<Task> chosenTask() {
        List<Task> list = tasks();
        for (Task t : list) {
            if (t.code().equals(task.get())) {
                return Optional.of(t);
            }
        }
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    public String modeName(Mode m) {
        return messages.get("map.mode." + m.name().toLowerCase(Locale.ROOT));
    }

    // ---- colouring ---------------------------------------------------------------------------

    /** Rebuilds the map from the Compare tab's result and the choices here. */
    public void update() {
        CompareViewModel.Result result = compare.result();
        List<String> names = new ArrayList<>();
        if (result != null) {
            names.add(result.baseline().scenario().name());
            names.addAll(result.alternativeNames());
        }
        if (!sources.equals(names)) {
            sources.setAll(names);
        }
        if (noBoundaries) {
            map.set(null);
            problem.set(messages.get("map.noBoundaries", session.study().dataset().name()));
            return;
        }
        if (result == null) {
            map.set(null);
            String why = compare.problemProperty().get();
            problem.set(why == null || why.isEmpty() ? messages.get("map.noComparison") : why);
            return;
        }
        int chosen = Math.max(0, Math.min(source.get(), names.size() - 1));
        Comparison comparison = result.comparisons().get(Math.max(0, chosen - 1));
        Evaluation evaluation = chosen == 0 ? result.baseline() : comparison.alternative();
        Task chosenTask = chosenTask().orElse(null);
        Mode m = mode.get() == null ? Mode.COST_CHANGE : mode.get();
        if (m == Mode.TASK_LEVEL && chosenTask == null) {
            m = Mode.SIZE_CLASS;
        }
        UncertaintyResult uncertainty = losers.follow(m == Mode.LOSER_PROBABILITY, comparison);
        if (m == Mode.LOSER_PROBABILITY && uncertainty == null) {
            map.set(null);
            problem.set(losers.status());
            return;
        }
        Choropleth localised = switch (m) {
            case SIZE_CLASS -> MapColouring.sizeClasses(evaluation, labels);
            case TASK_LEVEL -> MapColouring.taskLevel(evaluation, chosenTask.code(), labels);
            case COST_CHANGE -> MapColouring.costChange(comparison, labels);
            case CAPACITY_RISK -> MapColouring.capacityRisk(evaluation, labels);
            case LOSER_PROBABILITY -> MapColouring.loserProbability(uncertainty.municipalities(), labels);
        };
        String subtitle = m == Mode.LOSER_PROBABILITY ? losers.subtitle(comparison, uncertainty)
                : m == Mode.COST_CHANGE
                ? messages.get("map.subtitle.change", comparison.alternative().scenario().name(),
                        result.baseline().scenario().name())
                : messages.get("map.subtitle.scenario", evaluation.scenario().name());
        String regionType = regionBorders.get() && chosenTask != null ? chosenTask.regionType() : null;
        problem.set("");
        map.set(new MapData(localised, localised.title(), localised.unit(), subtitle, regionType, evaluation, comparison,
                provinceBorders.get() && hasProvinceBorders(), uncertainty));
    }

    /** A size class in the UI language, e.g. "20.000 tot 50.000". */
    public String sizeLabel(SizeClass c) {
        return messages.formats().sizeClass(c);
    }

    // ---- details -----------------------------------------------------------------------------

    /** The name of a municipality, or the code when the study does not know it. */
    public String nameOf(String code) {
        for (Municipality m : session.study().dataset().municipalities()) {
            if (m.code().equals(code)) {
                return m.name();
            }
        }
        return code;
    }

    /** The figures of one municipality on the current map, for the information panel and the tooltip. */
    public List<Detail> details(String code) {
        MapData data = map.get();
        List<Detail> rows = new ArrayList<>();
        if (code == null) {
            return rows;
        }
        Formats f = messages.formats();
        Municipality municipality = session.study().dataset().municipalities().stream()
                .filter(m -> m.code().equals(code)).findFirst().orElse(null);
        if (municipality == null) {
            return rows;
        }
        rows.add(new Detail(messages.get("map.info.code"), code));
        rows.add(new Detail(messages.get("map.info.province"), municipality.province()));
        rows.add(new Detail(messages.get("map.info.population"), f.population(municipality.population())));
        if (data == null) {
            return rows;
        }
        MunicipalityResult result = resultOf(data.evaluation(), code);
        if (result != null) {
            rows.add(new Detail(messages.get("map.info.sizeClass"), sizeLabel(result.sizeClass())));
            rows.add(new Detail(messages.get("map.info.costPerInhabitant", data.evaluation().scenario().name()),
                    f.money(result.costPerInhabitant())));
        }
        MunicipalityDelta delta = deltaOf(data.comparison(), code);
        if (delta != null) {
            rows.add(new Detail(messages.get("map.info.change", data.comparison().alternative().scenario().name()),
                    f.delta(Unit.MONEY, delta.deltaPerInhabitant(), false) + " ("
                            + messages.get("outcome." + delta.outcome().name().toLowerCase(Locale.ROOT)) + ")"));
        }
        Optional<Task> t = chosenTask();
        if (t.isPresent() && result != null) {
            int m = indexOf(data.evaluation(), code);
            int taskIndex = data.evaluation().study().tasks().indexOf(t.get());
            if (m >= 0 && taskIndex >= 0) {
                rows.add(new Detail(messages.get("map.info.level", t.get().code()),
                        messages.level(data.evaluation().levels().level(m, taskIndex))));
            }
        }
        if (result != null) {
            rows.add(new Detail(messages.get("map.info.risk"), f.count(result.capacityRiskTasks())));
        }
        rows.addAll(LoserProbabilities.details(data.uncertainty(), indexOf(data.evaluation(), code), messages));
        return rows;
    }

    private int indexOf(Evaluation evaluation, String code) {
        Map<String, Integer> index = indexCache.computeIfAbsent(evaluation, e -> {
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < e.municipalities().size(); i++) {
                map.put(e.municipalities().get(i).code(), i);
            }
            return map;
        });
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    private MunicipalityResult resultOf(Evaluation evaluation, String code) {
        int i = indexOf(evaluation, code);
        return i < 0 ? null : evaluation.municipalities().get(i);
    }

    private MunicipalityDelta deltaOf(Comparison comparison, String code) {
        if (comparison == null) {
            return null;
        }
        int i = indexOf(comparison.baseline(), code);
        return i < 0 ? null : comparison.municipalities().get(i);
    }

    // ---- PNG export --------------------------------------------------------------------------

    /** The size class chart of the current comparison, with texts in the UI language. */
    public Optional<ClassCostChart> classChart() {
        CompareViewModel.Result result = compare.result();
        if (result == null || result.comparisons().isEmpty()) {
            return Optional.empty();
        }
        ClassCostChart chart = ClassCostChart.of(result.comparisons());
        List<String> labels = new ArrayList<>();
        for (ClassDelta c : result.comparisons().get(0).classes()) {
            labels.add(sizeLabel(c.sizeClass()));
        }
        return Optional.of(chart.inLanguage(messages.get("compare.classChart"), messages.get("map.unit.costChange"),
                labels, this.labels.inhabitants(), messages.locale()));
    }

    /** Asks where to save the map as PNG and writes it. */
    public void exportMap() {
        if (map.get() == null || shapes.get() == null) {
            dialogs.showInformation(messages.get("export.png.title"), messages.get("export.nothing"),
                    messages.get("export.nothing.advice"));
            return;
        }
        dialogs.saveFile(messages.get("export.png.title"), DialogService.FileType.PNG, messages.get("export.map.fileName"))
                .map(MapViewModel::withPng).ifPresent(this::exportMap);
    }

    /** Asks where to save the size class chart as PNG and writes it. */
    public void exportChart() {
        if (classChart().isEmpty()) {
            dialogs.showInformation(messages.get("export.png.title"), messages.get("export.nothing"),
                    messages.get("export.nothing.advice"));
            return;
        }
        dialogs.saveFile(messages.get("export.png.title"), DialogService.FileType.PNG,
                messages.get("export.chart.fileName")).map(MapViewModel::withPng).ifPresent(this::exportChart);
    }

    static Path withPng(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? path : path.resolveSibling(name + ".png");
    }

    /** Writes the map at twice its logical size (1640 × 1440 pixels), whole or not at all. */
    public void exportMap(Path target) {
        MapData data = map.get();
        MapShapes loaded = shapes.get();
        if (data == null || loaded == null) {
            return;
        }
        MapRenderer.Options options = new MapRenderer.Options(MapRenderer.WIDTH, MapRenderer.HEIGHT, 2, data.title(),
                data.subtitle(), data.regionType(), messages.locale());
        write(target, () -> MapRenderer.render(loaded.geometry(), data.choropleth(), options));
    }

    /** Writes the size class chart at twice its logical size (1640 × 920 pixels), whole or not at all. */
    public void exportChart(Path target) {
        Optional<ClassCostChart> chart = classChart();
        if (chart.isEmpty()) {
            return;
        }
        ClassCostChart c = chart.get();
        write(target, () -> ChartRenderer.render(c, ChartRenderer.WIDTH, ChartRenderer.HEIGHT, 2));
    }

    private void write(Path target, java.util.concurrent.Callable<BufferedImage> image) {
        jobs.compute(messages.get("status.exporting"), () -> {
            ChartRenderer.writePng(image.call(), target);
            return target;
        }, written -> {
            notice.set("");
            notice.set(messages.get("export.png.done", written.getFileName()));
        },
                error -> dialogs.showError(messages.get("export.png.title"),
                        messages.get("export.png.failed", target, ErrorTexts.of(error, messages)),
                        messages.get("export.failed.advice")));
    }
}
