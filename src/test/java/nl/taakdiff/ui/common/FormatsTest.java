package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import nl.taakdiff.engine.Unit;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats dutch = new Formats(Messages.DUTCH);
    private final Formats english = new Formats(Messages.ENGLISH);

    @Test
    void dutchMoneyAndPercentages() {
        assertThat(dutch.money(1234.56)).isEqualTo("€ 1.234,56");
        assertThat(dutch.percent(0.125)).isEqualTo("12,5%");
        // only an exact certainty says 100,0% or 0,0%
        assertThat(dutch.percent(0.9996)).isEqualTo("99,9%");
        assertThat(dutch.percent(0.9955)).isEqualTo("99,6%");
        assertThat(dutch.percent(1.0)).isEqualTo("100,0%");
        assertThat(dutch.percent(0.0004)).isEqualTo("0,1%");
        assertThat(dutch.percent(0.0)).isEqualTo("0,0%");
        assertThat(dutch.moneyCompact(20_346_000_000.0)).isEqualTo("€ 20,35 mld");
        assertThat(dutch.moneyCompact(12_300_000)).isEqualTo("€ 12,3 mln");
        assertThat(dutch.count(12345)).isEqualTo("12.345");
        assertThat(dutch.money(-5)).isEqualTo("€ -5,00");
    }

    @Test
    void englishMoneyAndPercentages() {
        assertThat(english.money(1234.56)).isEqualTo("€1,234.56");
        assertThat(english.percent(0.125)).isEqualTo("12.5%");
        assertThat(english.moneyCompact(20_346_000_000.0)).isEqualTo("€20.35 bn");
    }

    @Test
    void deltasCarryASign() {
        assertThat(dutch.delta(Unit.MONEY, 12.345, false)).isEqualTo("+€ 12,35");
        assertThat(dutch.delta(Unit.MONEY, -12.345, false)).isEqualTo("−€ 12,35");
        assertThat(dutch.delta(Unit.COUNT, 0.2, false)).isEqualTo("±0");
        assertThat(english.delta(Unit.SHARE, 0.015, false)).isEqualTo("+1.5 pp");
        assertThat(dutch.deltaPercent(0.025)).isEqualTo("+2,5%");
        assertThat(dutch.deltaPercent(null)).isEmpty();
    }

    @Test
    void sizeClassesSayTheirBoundsInWordsAsMapsAndExportsDo() {
        var first = new nl.taakdiff.model.SizeClass(0, 0, 20_000);
        var middle = new nl.taakdiff.model.SizeClass(1, 20_000, 50_000);
        var last = new nl.taakdiff.model.SizeClass(3, 100_000, Long.MAX_VALUE);
        assertThat(dutch.sizeClass(first)).isEqualTo("minder dan 20.000");
        assertThat(english.sizeClass(middle)).isEqualTo("20,000 to 50,000");
        assertThat(dutch.sizeClass(last)).isEqualTo("100.000 of meer");
        for (var c : java.util.List.of(first, middle, last)) {
            assertThat(dutch.sizeClass(c)).isEqualTo(nl.taakdiff.io.export.ExportText.of(Messages.DUTCH).sizeClass(c))
                    .isEqualTo(nl.taakdiff.engine.map.MapLabels.DUTCH.sizeClass(c));
        }
        assertThat(dutch.sizeClassTwoLines(first)).isEqualTo("minder dan\n20.000");
        assertThat(english.sizeClassTwoLines(last)).isEqualTo("100,000\nor more");
    }
}
