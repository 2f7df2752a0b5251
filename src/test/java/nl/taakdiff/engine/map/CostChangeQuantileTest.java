package nl.taakdiff.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;

/** The change-in-cost colouring scaled by a quantile of the changes instead of the extreme one. */
class CostChangeQuantileTest {
    @Test
    void quantileOneIsTheClassicScale() {
        Choropleth classic = MapColouring.costChange(Demo.COMPARISON);
        Choropleth same = MapColouring.costChange(Demo.COMPARISON, 1.0);
        assertThat(same).isEqualTo(classic);
    }

    @Test
    void aQuantileSpreadsTheOrdinaryMunicipalitiesOverTheClasses() {
        Choropleth classic = MapColouring.costChange(Demo.COMPARISON);
        Choropleth robust = MapColouring.costChange(Demo.COMPARISON, 0.9);
        int neutralClassic = classic.legend().get(3).count();
        int neutralRobust = robust.legend().get(3).count();
        assertThat(neutralRobust).isLessThan(neutralClassic);
        assertThat(robust.legend().stream().filter(e -> e.count() > 0).count()).isGreaterThanOrEqualTo(5);
        assertThat(robust.legend().get(0).lower()).isEqualTo(-robust.legend().get(6).upper());
        assertThat(robust.legend().stream().mapToInt(Choropleth.LegendEntry::count).sum()).isEqualTo(355);
        // The extremes land in the outer classes, on their own side of zero.
        MunicipalityDelta schiermonnikoog = Demo.COMPARISON.municipalities().stream()
                .filter(m -> m.code().equals("GM0088")).findFirst().orElseThrow();
        assertThat(schiermonnikoog.deltaPerInhabitant()).isLessThan(robust.legend().get(0).lower());
        assertThat(robust.colourOf("GM0088")).isEqualTo(Palettes.DIVERGING.get(0));
    }

    @Test
    void refusesAQuantileOutsideZeroToOne() {
        assertThatThrownBy(() -> MapColouring.costChange(Demo.COMPARISON, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapColouring.costChange(Demo.COMPARISON, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
