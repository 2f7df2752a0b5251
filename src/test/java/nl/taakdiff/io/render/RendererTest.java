package nl.taakdiff.io.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.geo.RdProjection;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
    @TempDir
    Path temp;

    @Test
    void mapPngIsTwiceTheLogicalSizeAndColourful() throws Exception {
        MapGeometry geometry = MapGeometry.readBundled();
        Choropleth map = MapColouring.sizeClasses(Demo.CURRENT);
        Path png = temp.resolve("map.png");

        BufferedImage image = MapRenderer.render(geometry, map, MapRenderer.Options.defaults("Size classes")
                .withRegions("jeugdregio"));
        ChartRenderer.writePng(image, png);

        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(2 * MapRenderer.WIDTH);
        assertThat(read.getHeight()).isEqualTo(2 * MapRenderer.HEIGHT);
        Set<Integer> colours = distinctColours(read);
        assertThat(colours.size()).isGreaterThan(20);
        for (Choropleth.LegendEntry e : map.legend()) {
            assertThat(colours).as(e.label()).contains(e.colour().rgb());
        }
        assertThat(listing()).containsExactly("map.png");
        Demo.preview(png);
    }

    @Test
    void amsterdamIsPaintedInItsColour() throws Exception {
        MapGeometry geometry = MapGeometry.readBundled();
        Choropleth map = MapColouring.capacityRisk(Demo.CURRENT);
        MapRenderer.Options options = MapRenderer.Options.defaults("Risk");

        BufferedImage image = MapRenderer.render(geometry, map, options);

        // Where does a point inside Amsterdam (Vondelpark) land? Same transform as the renderer.
        int[] px = pixelOf(geometry, options, RdProjection.project(4.8680, 52.3580));
        assertThat(image.getRGB(px[0], px[1]) & 0xFFFFFF).isEqualTo(map.colourOf("GM0363").rgb());
        int[] schier = pixelOf(geometry, options, RdProjection.project(6.20, 53.48));
        assertThat(image.getRGB(schier[0], schier[1]) & 0xFFFFFF).isEqualTo(Palettes.RISK.get(4).rgb());
    }

    @Test
    void rendersAllMunicipalitiesFast() throws Exception {
        MapGeometry geometry = MapGeometry.readBundled();
        Choropleth map = MapColouring.costChange(Demo.COMPARISON);
        MapRenderer.render(geometry, map, MapRenderer.Options.defaults("warm-up"));

        // Thread CPU time, best of several runs: the wall clock on a shared 2-core machine is noisy.
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long bestCpu = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            MapRenderer.render(geometry, map, MapRenderer.Options.defaults("Change").withRegions("jeugdregio"));
            bestCpu = Math.min(bestCpu, bean.getCurrentThreadCpuTime() - cpu);
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
        }
        System.out.printf("map render at 2x (1640 x 1440, %d municipalities + %d region borders): "
                + "best %.1f ms CPU, %.1f ms wall%n", geometry.municipalities().areas().size(),
                geometry.regions("jeugdregio").orElseThrow().areas().size(), bestCpu / 1e6, bestWall / 1e6);
        assertThat(bestCpu / 1e6).isLessThan(1000);
    }

    @Test
    void classChartHasABarPerScenarioAndClass() throws Exception {
        ClassCostChart chart = ClassCostChart.of(List.of(Demo.COMPARISON));
        Path png = temp.resolve("chart.png");

        ChartRenderer.writePng(ChartRenderer.render(chart, ChartRenderer.WIDTH, ChartRenderer.HEIGHT, 2), png);

        Demo.preview(png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(2 * ChartRenderer.WIDTH);
        Set<Integer> colours = distinctColours(read);
        assertThat(colours).contains(0x999999, 0x0072B2);
        assertThat(chart.series()).hasSize(2);
        assertThat(chart.series().get(0).values().get(3))
                .isEqualTo(Demo.COMPARISON.classes().get(3).baselineCostPerInhabitant());
        assertThat(chart.classes()).containsExactly("below 20,000", "20,000 to 50,000", "50,000 to 100,000",
                "100,000 or more");
    }

    static int[] pixelOf(MapGeometry geometry, MapRenderer.Options o, double[] rd) {
        // mirror of MapRenderer.draw's layout (no subtitle): title 18pt bold, then 12 px gap
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = probe.createGraphics();
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 18));
        int top = 16 + g.getFontMetrics().getAscent() + 12;
        g.dispose();
        int bottom = o.height() - 16 - 16;
        MapGeometry.Viewport view = MapGeometry.Viewport.fit(geometry.bounds(), 16, top, o.width() - 32 - 230,
                bottom - top);
        double x = view.screenX(rd[0]);
        double y = view.screenY(rd[1]);
        return new int[] {(int) (x * o.scale()), (int) (y * o.scale())};
    }

    static Set<Integer> distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    private List<String> listing() throws Exception {
        try (var s = Files.list(temp)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
