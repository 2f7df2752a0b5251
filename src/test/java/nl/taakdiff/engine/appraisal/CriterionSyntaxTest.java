package nl.taakdiff.engine.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionSyntaxTest {

    @Test
    void readsMetricDirectionWeightAndThresholds() {
        assertThat(CriterionSyntax.parse("cost_per_inhabitant=40/1/5")).isEqualTo(
                new Criterion(Measure.COST_PER_INHABITANT, Direction.LOWER, 40, 1.0, 5.0));
        assertThat(CriterionSyntax.parse("direct_control_share=2")).isEqualTo(
                new Criterion(Measure.DIRECT_CONTROL_SHARE, Direction.HIGHER, 2, null, null));
        assertThat(CriterionSyntax.parse(" losers:higher=0.5 ")).isEqualTo(
                new Criterion(Measure.LOSERS, Direction.HIGHER, 0.5, null, null));
    }

    @Test
    void formatReadsBack() {
        Criterion c = new Criterion(Measure.LARGEST_INCREASE_PER_INHABITANT, Direction.LOWER, 12.5, 0.25, 10.0);
        assertThat(CriterionSyntax.format(c)).isEqualTo("largest_increase_per_inhabitant:lower=12.5/0.25/10");
        assertThat(CriterionSyntax.parse(CriterionSyntax.format(c))).isEqualTo(c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cost=1|unknown metric 'cost'",
        "total_cost:down=1|direction 'down'",
        "total_cost=-1|negative",
        "total_cost=1,5|not a number",
        "total_cost=NaN|not a number",
        "total_cost=1/5/2|Q 5 is above preference threshold P 2",
        "total_cost=1/5|WEIGHT/Q/P",
        "total_cost|METRIC[:lower",
    })
    void saysWhatIsWrong(String spec, String message) {
        assertThatThrownBy(() -> CriterionSyntax.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
