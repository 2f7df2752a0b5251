package nl.taakdiff.io.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.render.ChartRenderer;
import nl.taakdiff.io.render.MapRenderer;

/** The pictures of an export: the cost-change map of an alternative and the size-class chart. */
public final class Images {
    private Images() {
    }

    /** The change in cost per inhabitant of one alternative against the baseline, at 2×. */
    public static BufferedImage costChangeMap(MapGeometry geometry, Comparison comparison) {
        String title = comparison.alternative().scenario().name() + " vs " + comparison.baseline().scenario().name();
        return MapRenderer.render(geometry, MapColouring.costChange(comparison),
                MapRenderer.Options.defaults(title).withSubtitle("Change in cost per inhabitant per year"
                        + " (blue: falls, red: rises)"));
    }

    public static BufferedImage classChart(ExportInput input) {
        return ChartRenderer.render(ClassCostChart.of(input.comparisons()), ChartRenderer.WIDTH, ChartRenderer.HEIGHT, 2);
    }

    /** The cost-change map of the first alternative as a PNG file, written atomically. */
    public static void writeMapPng(ExportInput input, MapGeometry geometry, Path out) throws IOException {
        ChartRenderer.writePng(costChangeMap(geometry, input.comparisons().get(0)), out);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        nl.taakdiff.io.render.PngOutput.write(image, bytes);
        return bytes.toByteArray();
    }
}
