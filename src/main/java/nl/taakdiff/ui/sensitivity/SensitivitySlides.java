package nl.taakdiff.ui.sensitivity;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.uncertainty.ClassSpread;
import nl.taakdiff.engine.uncertainty.MetricSpread;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.TornadoRow;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.sensitivity.SensitivityViewModel.RunState;

/**
 * The presentation's tornado and uncertainty slides, and their speaker notes, from the Sensitivity
 * view's model: the same comparison, metric, range and Monte Carlo run the analyst sees there.
 */
public final class SensitivitySlides {
    /** A meeting room reads about eight bars; the rest is on the Sensitivity view. */
    public static final int TORNADO_ROWS = 8;
    private static final double TORNADO_SCALE = 1.6;
    private static final double BAND_FONT = 20;
    /** The figures a meeting asks "how sure?" about; the Sensitivity view and the exports have all of them. */
    static final List<Metric> METRICS = List.of(Metric.TOTAL_COST, Metric.COST_PER_INHABITANT,
            Metric.CAPACITY_RISK_PAIRS, Metric.DIRECT_CONTROL_SHARE);

    private final SensitivityViewModel model;
    private final Messages messages;
    private final TornadoTexts texts;

    public SensitivitySlides(SensitivityViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.texts = new TornadoTexts(messages);
    }

    // ---- tornado ------------------------------------------------------------------------------

    public Node tornado() {
        Tornado t = model.tornado();
        if (t == null) {
            return waiting(model.problemProperty().get().isEmpty() ? messages.get("sensitivity.computing")
                    : model.problemProperty().get(), -1);
        }
        TornadoChart chart = new TornadoChart(TORNADO_SCALE, TORNADO_ROWS);
        chart.setId("slide-tornado");
        chart.show(t, texts.labels(model.metricProperty().get()));
        Label hint = slideText(messages.get("present.tornado.hint", messages.formats().percent(model.rangeProperty().get())),
                "slide-text", "slide-muted");
        VBox box = new VBox(16, hint, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    /** The largest swings and any break-even value, to read out. */
    public String tornadoNotes() {
        Tornado t = model.tornado();
        if (t == null) {
            return messages.get("sensitivity.computing");
        }
        Metric metric = model.metricProperty().get();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("present.notes.tornado.base", texts.value(metric, t.baseValue())));
        t.rows().stream().filter(r -> r.swing() > 0).limit(3).forEach(r -> lines.add(messages.get(
                "present.notes.tornado.row", texts.rowName(r), texts.value(metric, r.valueAtLow()),
                texts.value(metric, r.valueAtHigh()))));
        t.rows().stream().filter(r -> r.breakEven() != null).limit(3).map(texts::breakEven).forEach(lines::add);
        return String.join("\n", lines);
    }

    /** The rows the tornado slide shows. */
    public List<TornadoRow> tornadoRows() {
        Tornado t = model.tornado();
        return t == null ? List.of() : t.rows().stream().filter(r -> r.swing() > 0).limit(TORNADO_ROWS).toList();
    }

    // ---- uncertainty --------------------------------------------------------------------------

    public Node uncertainty() {
        UncertaintyResult r = model.uncertainty();
        if (r == null || model.runStateProperty().get() == RunState.RUNNING) {
            String problem = model.problemProperty().get();
            return waiting(model.runStateProperty().get() == RunState.RUNNING || problem.isEmpty()
                    ? messages.get("uncertainty.running") : problem, model.progressProperty().get());
        }
        Label readOut = slideText(model.readOut().orElse(""), "slide-value");
        readOut.setId("slide-readout");
        VBox box = new VBox(18, readOut);
        if (model.outdatedProperty().get()) {
            box.getChildren().add(slideText(messages.get("uncertainty.status.outdated"), "slide-text", "uncertainty-outdated"));
        }
        box.getChildren().add(metricTable(r));
        Label classesTitle = slideText(messages.get("present.uncertainty.classes"), "slide-head");
        BandChart bands = new BandChart(BAND_FONT);
        bands.setId("slide-bands");
        List<BandChart.Band> rows = new ArrayList<>();
        Formats f = messages.formats();
        for (ClassSpread c : r.classes()) {
            rows.add(new BandChart.Band(f.sizeClass(c.sizeClass()), c.p5(), c.mean(), c.p95()));
        }
        bands.show(rows, v -> f.delta(Unit.MONEY, v, false));
        Label settings = slideText(settings(r), "slide-text", "slide-muted");
        settings.setId("slide-draws");
        box.getChildren().addAll(classesTitle, bands, settings);
        return box;
    }

    /** "10.000 trekkingen, driehoeksverdeling, seed 1, standaardbereik ± 20 %". */
    public String settings(UncertaintyResult r) {
        Formats f = messages.formats();
        return messages.get("present.uncertainty.settings", f.count(r.draws()),
                messages.get("uncertainty.distribution." + r.settings().distribution().key()),
                String.valueOf(r.settings().seed()), f.percent(model.rangeProperty().get()),
                f.value(Unit.MONEY, r.standardError(Metric.TOTAL_COST), true));
    }

    private GridPane metricTable(UncertaintyResult r) {
        GridPane grid = new GridPane();
        grid.setId("slide-uncertainty-metrics");
        grid.getStyleClass().add("slide-table");
        grid.setHgap(36);
        grid.setVgap(6);
        String[] heads = {"present.options.metric", "present.uncertainty.p5", "present.uncertainty.p50",
                "present.uncertainty.p95", "present.uncertainty.lower"};
        for (int c = 0; c < heads.length; c++) {
            Label head = slideText(messages.get(heads[c]), "slide-head");
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, c, 0);
            GridPane.setHalignment(head, c == 0 ? HPos.LEFT : HPos.RIGHT);
        }
        Formats f = messages.formats();
        int row = 1;
        for (Metric m : METRICS) {
            MetricSpread s = r.metric(m);
            String[] cells = {messages.get("metric." + m.key()), f.delta(m.unit(), s.delta().p5(), true),
                    f.delta(m.unit(), s.delta().p50(), true), f.delta(m.unit(), s.delta().p95(), true),
                    f.percent(s.probabilityNegative())};
            for (int c = 0; c < cells.length; c++) {
                Label cell = slideText(cells[c], "slide-text");
                if (c > 0) {
                    cell.setMinWidth(Region.USE_PREF_SIZE);
                }
                cell.setId("slide-uncertainty-" + m.key() + "-" + c);
                grid.add(cell, c, row);
                GridPane.setHalignment(cell, c == 0 ? HPos.LEFT : HPos.RIGHT);
            }
            row++;
        }
        return grid;
    }

    /** The read-out, the spread of total cost and the run's settings, to read out. */
    public String uncertaintyNotes() {
        UncertaintyResult r = model.uncertainty();
        if (r == null) {
            return messages.get("uncertainty.running");
        }
        Spread total = new Spread(r.metric(Metric.TOTAL_COST));
        Formats f = messages.formats();
        return String.join("\n", model.readOut().orElse(""),
                messages.get("present.notes.uncertainty.total", f.delta(Unit.MONEY, total.p5, true),
                        f.delta(Unit.MONEY, total.p95, true), f.delta(Unit.MONEY, total.p50, true)),
                settings(r));
    }

    private record Spread(double p5, double p50, double p95) {
        Spread(MetricSpread s) {
            this(s.delta().p5(), s.delta().p50(), s.delta().p95());
        }
    }

    private Node waiting(String text, double progress) {
        Label label = slideText(text, "slide-text", "slide-muted");
        label.setId("slide-waiting");
        if (progress < 0) {
            return label;
        }
        ProgressBar bar = new ProgressBar(progress);
        bar.setPrefWidth(400);
        return new VBox(16, label, bar);
    }

    private static Label slideText(String value, String... styles) {
        Label label = new Label(value);
        label.getStyleClass().addAll(styles);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
