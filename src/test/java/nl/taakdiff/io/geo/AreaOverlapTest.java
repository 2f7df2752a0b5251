package nl.taakdiff.io.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.taakdiff.io.MapGeometry.Area;
import nl.taakdiff.io.MapGeometry.Ring;
import org.junit.jupiter.api.Test;

class AreaOverlapTest {

    private static Area area(String code, double[]... rings) {
        List<Ring> list = new java.util.ArrayList<>();
        for (int i = 0; i < rings.length; i++) {
            list.add(new Ring(rings[i], i > 0));
        }
        return new Area(code, code, list);
    }

    private static double[] rect(double x0, double y0, double x1, double y1) {
        return new double[] {x0, y0, x1, y0, x1, y1, x0, y1};
    }

    private static Map<String, Double> shared(AreaOverlap.Result r) {
        return r.shared().stream().collect(Collectors.toMap(s -> s.from() + ">" + s.to(), AreaOverlap.Shared::area));
    }

    @Test
    void rectanglesShareTheirIntersection() {
        // Old: two 100 x 100 squares side by side. New: one 150 x 100 and the rest.
        List<Area> old = List.of(area("A", rect(0, 0, 100, 100)), area("B", rect(100, 0, 200, 100)));
        List<Area> now = List.of(area("X", rect(0, 0, 150, 100)), area("Y", rect(150, 0, 200, 100)));

        AreaOverlap.Result r = AreaOverlap.compute(old, now, 10);

        assertThat(shared(r)).containsOnlyKeys("A>X", "B>X", "B>Y");
        assertThat(shared(r).get("A>X")).isCloseTo(10_000, within(1e-6));
        assertThat(shared(r).get("B>X")).isCloseTo(5_000, within(1e-6));
        assertThat(shared(r).get("B>Y")).isCloseTo(5_000, within(1e-6));
        assertThat(r.fromAreas().get("A")).isCloseTo(10_000, within(1e-6));
        assertThat(r.toAreas().get("X")).isCloseTo(15_000, within(1e-6));
    }

    @Test
    void holesAreOutsideAndSlantedEdgesAreExactPerBand() {
        // A square with a square hole; a triangle across it. Inside lengths are linear within each
        // band, so the midpoint rule is exact here.
        Area ring = area("R", rect(0, 0, 100, 100), rect(25, 25, 75, 75));
        Area triangle = area("T", new double[] {0, 0, 100, 0, 0, 100});

        AreaOverlap.Result r = AreaOverlap.compute(List.of(ring), List.of(triangle), 25);

        assertThat(r.fromAreas().get("R")).isCloseTo(7_500, within(1e-6));
        assertThat(r.toAreas().get("T")).isCloseTo(5_000, within(1e-6));
        // Triangle (5,000) minus the part of the hole below the diagonal x + y = 100 (1,250).
        assertThat(shared(r).get("R>T")).isCloseTo(3_750, within(1e-6));
    }

    @Test
    void sharesOfAnIrregularShapeConvergeAsTheLinesGetCloser() {
        Area hexagon = area("H", new double[] {0, 0, 70, -13, 130, 20, 110, 90, 40, 110, -17, 60});
        Area left = area("L", rect(-100, -100, 55, 200));
        Area right = area("R", rect(55, -100, 300, 200));

        double coarse = shared(AreaOverlap.compute(List.of(hexagon), List.of(left, right), 7)).get("H>L");
        double fine = shared(AreaOverlap.compute(List.of(hexagon), List.of(left, right), 0.1)).get("H>L");
        AreaOverlap.Result r = AreaOverlap.compute(List.of(hexagon), List.of(left, right), 0.1);

        assertThat(coarse).isCloseTo(fine, within(fine * 0.01));
        assertThat(shared(r).get("H>L") + shared(r).get("H>R")).isCloseTo(r.fromAreas().get("H"), within(1e-6));
        // Shoelace area of the hexagon.
        assertThat(r.fromAreas().get("H")).isCloseTo(12_680, within(1.0));
    }
}
