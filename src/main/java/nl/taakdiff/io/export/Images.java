package nl.taakdiff.io.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.engine.uncertainty.Spread;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.render.ChartRenderer;
import nl.taakdiff.io.render.HistogramRenderer;
import nl.taakdiff.io.render.MapRenderer;
import nl.taakdiff.io.render.TornadoRenderer;

/**
 * The pictures of an export, in its language: the cost-change map of an alternative, the size-class
 * chart, and the tornado and uncertainty histogram of an alternative.
 */
public final class Images {
    private Images() {
    }

    /** The change in cost per inhabitant of one alternative against the baseline, at 2×. */
    public static BufferedImage costChangeMap(MapGeometry geometry, Comparison comparison, ExportText t) {
        String title = t.get("map.vs", comparison.alternative().scenario().name(), comparison.baseline().scenario().name());
        return MapRenderer.render(geometry, MapColouring.costChange(comparison, t.map()),
                MapRenderer.Options.defaults(title).withSubtitle(t.get("map.subtitle")).withLocale(t.locale()));
    }

    public static BufferedImage classChart(ExportInput input) {
        return ChartRenderer.render(classCosts(input), ChartRenderer.WIDTH, ChartRenderer.HEIGHT, 2);
    }

    /** The size-class chart's data with the export's words and number format. */
    static ClassCostChart classCosts(ExportInput input) {
        ExportText t = input.text();
        List<String> classes = input.comparisons().get(0).classes().stream().map(c -> t.sizeClass(c.sizeClass())).toList();
        return ClassCostChart.of(input.comparisons()).inLanguage(t.get("pdf.classes"), t.get("unit.moneyPerInhabitant"),
                classes, t.map().inhabitants(), t.locale());
    }

    /** The tornado of one alternative's delta, at 2×. */
    public static BufferedImage tornado(ExportInput input, UncertaintySection.Part part) {
        ExportText t = input.text();
        Metric metric = part.tornado().metric();
        ExportTable.Kind kind = ExportTables.kind(metric) == ExportTable.Kind.MONEY ? ExportTable.Kind.MONEY_MILLIONS
                : ExportTables.kind(metric);
        TornadoRenderer.Chart chart = new TornadoRenderer.Chart(t.get("uncertainty.sensitivity", t.metric(metric)),
                t.get("uncertainty.tornado.subtitle", t.metric(metric).toLowerCase(t.locale()), part.alternative(),
                        part.baseline()),
                t.get("uncertainty.tornado.low"), t.get("uncertainty.tornado.high"), part.tornado().baseValue(),
                UncertaintyTablesForPeople.bars(t, input.baseline().study().tasks(), part),
                v -> t.format(Cell.number(kind, v)));
        return TornadoRenderer.render(chart, 2);
    }

    /** The histogram of one alternative's change in total cost over the draws, at 2×. */
    public static BufferedImage histogram(ExportInput input, UncertaintySection.Part part) {
        ExportText t = input.text();
        UncertaintyResult r = part.result();
        Spread delta = r.metric(Metric.TOTAL_COST).delta();
        HistogramRenderer.Chart chart = new HistogramRenderer.Chart(t.get("uncertainty.histogram.title"),
                t.get("uncertainty.histogram.subtitle", part.alternative(), part.baseline(),
                        t.format(Cell.number(ExportTable.Kind.COUNT, r.draws())), String.valueOf(r.settings().seed())),
                UncertaintyTablesForPeople.sentence(t, part), r.sortedDeltas(Metric.TOTAL_COST), delta.p5(), delta.p50(),
                delta.p95(), v -> t.format(Cell.number(ExportTable.Kind.MONEY_MILLIONS, v)));
        return HistogramRenderer.render(chart, 2);
    }

    /** The cost-change map of the first alternative as a PNG file, written atomically. */
    public static void writeMapPng(ExportInput input, MapGeometry geometry, Path out) throws IOException {
        ChartRenderer.writePng(costChangeMap(geometry, input.comparisons().get(0), input.text()), out);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        nl.taakdiff.io.render.PngOutput.write(image, bytes);
        return bytes.toByteArray();
    }
}
