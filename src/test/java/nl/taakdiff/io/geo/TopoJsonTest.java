package nl.taakdiff.io.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopoJsonTest {
    /** Two unit squares side by side sharing arc 1 (x = 1), the second uses it reversed. */
    private static final String TWO_SQUARES = """
            {"type":"Topology","transform":{"scale":[0.5,2],"translate":[4,50]},
             "arcs":[[[2,0],[-2,0],[0,1],[2,0]],[[2,1],[0,-1]],[[2,1],[2,0],[0,-1],[-2,0]]],
             "objects":{"x":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"GM0001","statnaam":"West"}},
               {"type":"MultiPolygon","arcs":[[[2,-2]]],"id":"GM0002"}]}}}
            """;

    @Test
    void decodesDeltasTransformAndReversedArcs() throws Exception {
        List<TopoJson.Feature> features = TopoJson.decode(TWO_SQUARES);

        assertThat(features).extracting(TopoJson.Feature::code).containsExactly("GM0001", "GM0002");
        assertThat(features.get(0).name()).isEqualTo("West");
        // arc 0: (2,0) (0,0) (0,1) (2,1) -> lon = 4 + 0.5x, lat = 50 + 2y; arc 1: (2,1) (2,0)
        assertThat(features.get(0).polygons().get(0).get(0))
                .containsExactly(5, 50, 4, 50, 4, 52, 5, 52, 5, 50);
        // arc 2: (2,1) (4,1) (4,0) (2,0), then arc 1 reversed: (2,0) (2,1)
        assertThat(features.get(1).polygons().get(0).get(0))
                .containsExactly(5, 52, 6, 52, 6, 50, 5, 50, 5, 52);
    }

    @Test
    void reportsBrokenTopologies() {
        assertThatThrownBy(() -> TopoJson.decode("{\"type\":\"Topology\",\n \"arcs\": [}"))
                .isInstanceOfSatisfying(TopoJson.FormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("not valid JSON: line 2");
        assertThatThrownBy(() -> TopoJson.decode(TWO_SQUARES.replace("[[[2,-2]]]", "[[[2,-9]]]")))
                .hasMessageContaining("GM0002: arc index -9 refers to a missing arc");
        assertThatThrownBy(() -> TopoJson.decode("{\"type\":\"FeatureCollection\"}"))
                .hasMessageContaining("not a TopoJSON Topology");
    }

    @Test
    void jsonParsesTheUsualValues() throws Exception {
        Object value = Json.parse("{\"a\": [1, -2.5e1, true, null, \"x\\u00e2\\n\"], \"b\": {}}");

        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, -25.0, true, null, "xâ\n"), "b", Map.of()));
        assertThatThrownBy(() -> Json.parse("[1,]")).isInstanceOf(Json.SyntaxException.class);
        assertThatThrownBy(() -> Json.parse("[01]")).isInstanceOf(Json.SyntaxException.class);
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("after the JSON value");
    }

    @Test
    void rdProjectionHitsKnownPoints() {
        // Amersfoort, the origin of the RD grid
        assertThat(RdProjection.project(5.38720621, 52.15517440)).containsExactly(155_000, 463_000);
        // The Dom tower in Utrecht: RD about (136 700, 455 900)
        double[] dom = RdProjection.project(5.121311, 52.090736);
        assertThat(dom[0]).isBetween(136_500.0, 137_000.0);
        assertThat(dom[1]).isBetween(455_700.0, 456_100.0);
    }
}
