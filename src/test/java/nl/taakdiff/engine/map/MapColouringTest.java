package nl.taakdiff.engine.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.uncertainty.MunicipalitySpread;
import nl.taakdiff.model.Level;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;

class MapColouringTest {
    private static final String AMSTERDAM = "GM0363";
    private static final String SCHIERMONNIKOOG = "GM0088";

    @Test
    void sizeClassesGoFromLightToDark() {
        Choropleth map = MapColouring.sizeClasses(Demo.CURRENT);

        assertThat(map.legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("below 20,000", "20,000 to 50,000", "50,000 to 100,000", "100,000 or more");
        assertThat(map.legend()).extracting(Choropleth.LegendEntry::count).containsExactly(66, 180, 64, 32);
        assertThat(map.colourOf(SCHIERMONNIKOOG)).isEqualTo(Rgb.of("#edf8b1"));
        assertThat(map.colourOf(AMSTERDAM)).isEqualTo(Rgb.of("#081d58"));
        assertThat(map.colourOf("GM9999")).isEqualTo(Palettes.NO_DATA);
        assertThat(map.caption()).isEqualTo("Size class (inhabitants)");
        assertThat(map.values().get(AMSTERDAM)).isGreaterThan(800_000);
    }

    @Test
    void taskLevelUsesOkabeItoPerLevel() {
        Choropleth map = MapColouring.taskLevel(Demo.DIFFERENTIATED, "JZ-LOK");

        assertThat(map.colourOf(SCHIERMONNIKOOG)).isEqualTo(Palettes.LEVELS.get(Level.REGION)).isEqualTo(Rgb.of("#009E73"));
        assertThat(map.colourOf(AMSTERDAM)).isEqualTo(Palettes.LEVELS.get(Level.MUNICIPALITY)).isEqualTo(Rgb.of("#0072B2"));
        assertThat(map.legend()).hasSize(5);
        assertThat(map.legend().get(Level.REGION.ordinal()).count()).isEqualTo(66);
        assertThat(map.title()).startsWith("Level of JZ-LOK");
        Choropleth centre = MapColouring.taskLevel(Demo.CURRENT, "WMO-BW");
        assertThat(centre.colourOf(AMSTERDAM)).isEqualTo(Rgb.of("#56B4E9"));
        assertThatThrownBy(() -> MapColouring.taskLevel(Demo.CURRENT, "NOPE")).hasMessageContaining("unknown task");
    }

    @Test
    void costChangeIsDivergingAroundZeroWithSymmetricLimits() {
        Choropleth map = MapColouring.costChange(Demo.COMPARISON);

        assertThat(map.legend()).hasSize(7);
        Choropleth.LegendEntry first = map.legend().get(0);
        Choropleth.LegendEntry last = map.legend().get(6);
        assertThat(first.lower()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(last.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        for (int i = 1; i < 6; i++) {
            assertThat(map.legend().get(i).lower()).isEqualTo(-map.legend().get(6 - i).upper());
        }
        assertThat(first.upper()).isEqualTo(map.legend().get(1).lower());
        assertThat(first.label()).isEqualTo("below " + (long) first.upper());
        assertThat(last.label()).isEqualTo("above " + (long) last.lower());
        assertThat(map.legend().get(3).colour()).isEqualTo(Rgb.of("#f7f7f7"));
        assertThat(map.legend().stream().mapToInt(Choropleth.LegendEntry::count).sum()).isEqualTo(342);
        // Schiermonnikoog's extreme change does not set the scale: most municipalities are not neutral.
        assertThat(map.legend().get(3).count()).isLessThan(300);
        assertThat(map.colourOf(SCHIERMONNIKOOG)).isEqualTo(Rgb.of("#2166ac"));
        assertThat(map.values().get(SCHIERMONNIKOOG)).isLessThan(-1000);
        for (String code : new String[] {AMSTERDAM, SCHIERMONNIKOOG}) {
            MunicipalityDelta d = Demo.COMPARISON.municipalities().stream().filter(m -> m.code().equals(code))
                    .findFirst().orElseThrow();
            Choropleth.LegendEntry entry = map.entryOf(code).orElseThrow();
            assertThat(d.deltaPerInhabitant()).as(code).isBetween(entry.lower(), entry.upper());
            int index = map.legend().indexOf(entry);
            double half = map.legend().get(3).upper();
            if (d.deltaPerInhabitant() >= half) {
                assertThat(index).as(code).isGreaterThan(3);
            } else if (d.deltaPerInhabitant() < -half) {
                assertThat(index).as(code).isLessThan(3);
            } else {
                assertThat(index).as(code).isEqualTo(3);
            }
        }
        assertThat(map.unit()).isEqualTo("EUR per inhabitant per year");
    }

    @Test
    void costChangeOfIdenticalScenariosIsAllNeutral() {
        Choropleth map = MapColouring.costChange(nl.taakdiff.engine.Comparison.of(Demo.CURRENT, Demo.CURRENT));

        assertThat(map.colourOf(AMSTERDAM)).isEqualTo(Rgb.of("#f7f7f7"));
        assertThat(map.legend().get(3).count()).isEqualTo(342);
        assertThat(map.legend().get(3).label()).isEqualTo("-0.5 to 0.5");
    }

    @Test
    void capacityRiskDarkensWithTheNumberOfTasks() {
        Choropleth map = MapColouring.capacityRisk(Demo.CURRENT);

        assertThat(map.legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("0", "1", "2", "3-4", "5 or more");
        int schiermonnikoog = Demo.CURRENT.municipalities().get(Demo.index(Demo.CURRENT, SCHIERMONNIKOOG))
                .capacityRiskTasks();
        assertThat(schiermonnikoog).isGreaterThanOrEqualTo(5);
        assertThat(map.colourOf(SCHIERMONNIKOOG)).isEqualTo(Rgb.of("#b30000"));
        assertThat(Demo.CURRENT.municipalities().get(Demo.index(Demo.CURRENT, AMSTERDAM)).capacityRiskTasks()).isZero();
        assertThat(map.colourOf(AMSTERDAM)).isEqualTo(Rgb.of("#fef0d9"));
        assertThat(MapColouring.riskClass(3)).isEqualTo(3);
        assertThat(MapColouring.riskClass(4)).isEqualTo(3);
        assertThat(MapColouring.riskClass(5)).isEqualTo(4);
    }

    @Test
    void dutchLabelsForTheDesktopApp() {
        MapLabels dutch = MapLabels.DUTCH;

        Choropleth sizes = MapColouring.sizeClasses(Demo.CURRENT, dutch);
        assertThat(sizes.legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("minder dan 20.000", "20.000 tot 50.000", "50.000 tot 100.000", "100.000 of meer");
        assertThat(sizes.caption()).isEqualTo("Grootteklasse (inwoners)");
        assertThat(sizes.colourOf(AMSTERDAM)).isEqualTo(MapColouring.sizeClasses(Demo.CURRENT).colourOf(AMSTERDAM));
        assertThat(MapColouring.taskLevel(Demo.DIFFERENTIATED, "JZ-LOK", dutch).legend())
                .extracting(Choropleth.LegendEntry::label).containsExactly("Gemeente", "Centrumgemeente",
                        "Regio", "Provincie", "Rijk");
        Choropleth neutral = MapColouring.costChange(nl.taakdiff.engine.Comparison.of(Demo.CURRENT, Demo.CURRENT), dutch);
        assertThat(neutral.legend().get(3).label()).isEqualTo("-0,5 tot 0,5");
        assertThat(neutral.legend().get(0).label()).isEqualTo("minder dan -2,5");
        assertThat(neutral.unit()).isEqualTo("euro per inwoner per jaar");
        assertThat(MapColouring.capacityRisk(Demo.CURRENT, dutch).legend().get(4).label()).isEqualTo("5 of meer");
    }

    @Test
    void helpers() {
        assertThat(MapColouring.niceStep(0)).isEqualTo(1);
        assertThat(MapColouring.niceStep(8.6)).isEqualTo(10);
        assertThat(MapColouring.niceStep(1.2)).isEqualTo(2);
        assertThat(MapColouring.niceStep(0.03)).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Palettes.sequential(4)).containsExactly(Rgb.of("#edf8b1"), Rgb.of("#7fcdbb"), Rgb.of("#225ea8"),
                Rgb.of("#081d58"));
        assertThat(Rgb.of("#0072B2").hex()).isEqualTo("#0072b2");
        assertThat(Rgb.of("0072b2").rgb()).isEqualTo(0x0072B2);
    }

    @Test
    void loserProbabilityFallsInFiveClassesFromPaleToDark() {
        java.util.List<MunicipalitySpread> spreads = new java.util.ArrayList<>();
        double[] probabilities = {0, 0.0499, 0.05, 0.3499, 0.35, 0.5, 0.6499, 0.65, 0.9499, 0.95, 1};
        for (int i = 0; i < probabilities.length; i++) {
            spreads.add(new MunicipalitySpread("GM" + i, "Gemeente " + i, 1_000, 0, -1, 1, probabilities[i]));
        }

        Choropleth map = MapColouring.loserProbability(spreads);

        assertThat(map.mode()).isEqualTo(MapColouring.Mode.LOSER_PROBABILITY);
        assertThat(map.legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("below 5%", "5% to 35%", "35% to 65%", "65% to 95%", "95% or more");
        assertThat(map.legend()).extracting(Choropleth.LegendEntry::count).containsExactly(2, 2, 3, 2, 2);
        assertThat(map.legend()).extracting(Choropleth.LegendEntry::colour).containsExactlyElementsOf(Palettes.RISK);
        assertThat(map.legend()).extracting(Choropleth.LegendEntry::lower).containsExactly(0.0, 0.05, 0.35, 0.65, 0.95);
        assertThat(map.legend()).extracting(Choropleth.LegendEntry::upper).containsExactly(0.05, 0.35, 0.65, 0.95, 1.0);
        assertThat(map.colourOf("GM0")).isEqualTo(Rgb.of("#fef0d9"));
        assertThat(map.colourOf("GM10")).isEqualTo(Rgb.of("#b30000"));
        assertThat(map.colourOf("GM5")).isEqualTo(Palettes.RISK.get(2));
        assertThat(map.values().get("GM3")).isEqualTo(0.3499);
        assertThat(map.caption()).isEqualTo("Probability of being a loser (share of the draws)");

        Choropleth dutch = MapColouring.loserProbability(spreads, MapLabels.DUTCH);
        assertThat(dutch.legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("minder dan 5 %", "5 % tot 35 %", "35 % tot 65 %", "65 % tot 95 %", "95 % of meer");
        assertThat(dutch.caption()).isEqualTo("Kans om verliezer te zijn (aandeel van de trekkingen)");
    }
}
