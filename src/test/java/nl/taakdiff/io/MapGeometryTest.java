package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.taakdiff.io.geo.RdProjection;
import org.junit.jupiter.api.Test;

class MapGeometryTest {
    @Test
    void theBundledGeometryHasEveryMunicipalityAndRegion() throws Exception {
        MapGeometry geometry = MapGeometry.readBundled();

        assertThat(geometry.municipalities().areas()).as("the default year, 2025").hasSize(342);
        assertThat(geometry.regions("veiligheidsregio").orElseThrow().areas()).hasSize(25);
        assertThat(geometry.regions("jeugdregio").orElseThrow().areas()).hasSize(42);
        assertThat(geometry.regions("arbeidsmarktregio").orElseThrow().areas()).as("no AM99 since 2020").hasSize(35);
        assertThat(geometry.regions("ggdregio").orElseThrow().areas()).hasSize(25);
        assertThat(geometry.regions("provincie").orElseThrow().areas()).hasSize(12);
        assertThat(geometry.regions("gemeente")).isEmpty();
        assertThat(geometry.layers().keySet()).containsExactly("gemeente", "veiligheidsregio", "jeugdregio",
                "arbeidsmarktregio", "ggdregio", "provincie");
        MapGeometry old = MapGeometry.readBundled(2020);
        assertThat(old.municipalities().areas()).hasSize(355);
        assertThat(old.regions("arbeidsmarktregio").orElseThrow().areas()).hasSize(36);
        assertThat(old.layers().keySet()).containsExactly("gemeente", "veiligheidsregio", "jeugdregio",
                "arbeidsmarktregio", "ggdregio");
        assertThat(MapGeometry.bundledFor("CBS 2020")).containsSame(old);
        assertThat(MapGeometry.bundledFor("eigen-export.csv")).as("no other year's boundaries").isEmpty();
        MapGeometry.Bounds b = geometry.bounds();
        assertThat(b.minX()).isBetween(10_000.0, 20_000.0);
        assertThat(b.maxX()).isBetween(270_000.0, 285_000.0);
        assertThat(b.minY()).isBetween(300_000.0, 310_000.0);
        assertThat(b.maxY()).isBetween(615_000.0, 625_000.0);
        for (MapGeometry.Area area : geometry.municipalities().areas()) {
            assertThat(area.rings()).as(area.code()).isNotEmpty();
            assertThat(area.rings().get(0).hole()).isFalse();
            assertThat(area.rings()).allSatisfy(r -> assertThat(r.points()).isGreaterThanOrEqualTo(3));
        }
        assertThat(MapGeometry.readBundled()).isSameAs(geometry);
    }

    @Test
    void knownPlacesLieInTheirMunicipality() throws Exception {
        MapGeometry geometry = MapGeometry.readBundled();
        MapGeometry.Layer municipalities = geometry.municipalities();

        // Dam square, Amsterdam; the village of Schiermonnikoog; Domplein, Utrecht
        assertThat(containing(municipalities, RdProjection.project(4.8932, 52.3731))).isEqualTo("GM0363");
        assertThat(containing(municipalities, RdProjection.project(6.2019, 53.4797))).isEqualTo("GM0088");
        assertThat(containing(municipalities, RdProjection.project(5.1213, 52.0907))).isEqualTo("GM0344");
        assertThat(municipalities.area("GM0363").orElseThrow().name()).isEqualTo("Amsterdam");
        assertThat(municipalities.area("GM9999")).isEmpty();
        assertThat(containing(geometry.regions("jeugdregio").orElseThrow(), RdProjection.project(4.8932, 52.3731)))
                .startsWith("JZ");
    }

    @Test
    void hitTestingLabelPointsAndViewport() throws Exception {
        MapGeometry geometry = MapGeometry.readBundled();
        MapGeometry.Layer municipalities = geometry.municipalities();
        double[] dam = RdProjection.project(4.8932, 52.3731);

        assertThat(municipalities.areaAt(dam[0], dam[1])).map(MapGeometry.Area::code).contains("GM0363");
        assertThat(municipalities.areaAt(0, 0)).isEmpty();
        for (MapGeometry.Area area : municipalities.areas()) {
            double[] p = area.labelPoint();
            assertThat(area.contains(p[0], p[1])).as(area.code()).isTrue();
            assertThat(municipalities.areaAt(p[0], p[1])).as(area.code()).map(MapGeometry.Area::code)
                    .contains(area.code());
        }
        MapGeometry.Bounds amsterdam = municipalities.area("GM0363").orElseThrow().bounds();
        assertThat(dam[0]).isBetween(amsterdam.minX(), amsterdam.maxX());

        MapGeometry.Viewport view = MapGeometry.Viewport.fit(geometry.bounds(), 10, 20, 400, 600);
        assertThat(view.screenY(geometry.bounds().maxY())).isGreaterThanOrEqualTo(20);
        assertThat(view.screenX(geometry.bounds().minX())).isGreaterThanOrEqualTo(10);
        assertThat(view.screenX(geometry.bounds().maxX())).isLessThanOrEqualTo(410.0001);
        assertThat(view.mapX(view.screenX(dam[0]))).isCloseTo(dam[0], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(view.mapY(view.screenY(dam[1]))).isCloseTo(dam[1], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(view.screenY(dam[1])).isLessThan(view.screenY(geometry.bounds().minY()));
    }

    @Test
    void readsTheTextFormatAndRejectsBrokenFiles() throws Exception {
        String text = """
                # comment
                taakdiff-geometry 1
                unit 10
                bounds 0 0 4 4
                layer gemeente 1
                A GM0001 Een naam
                O 0 0 4 0 0 4 -4 0
                H 1 1 1 0 0 1
                layer jeugdregio 0
                """;

        MapGeometry g = MapGeometry.read(stream(text), "t.txt");

        MapGeometry.Area area = g.municipalities().areas().get(0);
        assertThat(area.name()).isEqualTo("Een naam");
        assertThat(area.rings().get(0).xy()).containsExactly(0, 0, 40, 0, 40, 40, 0, 40);
        assertThat(area.rings().get(1).hole()).isTrue();
        assertThat(area.rings().get(1).xy()).containsExactly(10, 10, 20, 10, 20, 20);
        assertThat(g.bounds()).isEqualTo(new MapGeometry.Bounds(0, 0, 40, 40));
        assertThat(g.regions("jeugdregio").orElseThrow().areas()).isEmpty();

        assertThatThrownBy(() -> MapGeometry.read(stream("something else\n"), "t.txt"))
                .hasMessageContaining("t.txt:1: not a taakdiff geometry file");
        assertThatThrownBy(() -> MapGeometry.read(stream(text.replace("layer gemeente 1", "layer gemeente 2")), "t.txt"))
                .hasMessageContaining("layer gemeente has 1 areas, expected 2");
        assertThatThrownBy(() -> MapGeometry.read(stream(text.replace("O 0 0 4 0 0 4 -4 0", "O 0 0 4 x 0 4")), "t.txt"))
                .hasMessageContaining("t.txt:7: malformed line");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The code of the area whose rings contain the point (even-odd), or null. */
    static String containing(MapGeometry.Layer layer, double[] p) {
        String found = null;
        for (MapGeometry.Area area : layer.areas()) {
            boolean inside = false;
            for (MapGeometry.Ring ring : area.rings()) {
                double[] xy = ring.xy();
                int n = xy.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = xy[2 * i];
                    double yi = xy[2 * i + 1];
                    double xj = xy[2 * j];
                    double yj = xy[2 * j + 1];
                    if ((yi > p[1]) != (yj > p[1]) && p[0] < (xj - xi) * (p[1] - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            if (inside) {
                assertThat(found).as("point in two areas").isNull();
                found = area.code();
            }
        }
        return found;
    }

    static List<String> codes(MapGeometry.Layer layer) {
        return layer.areas().stream().map(MapGeometry.Area::code).toList();
    }
}
