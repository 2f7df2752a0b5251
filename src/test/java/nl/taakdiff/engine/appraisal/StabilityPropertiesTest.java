package nl.taakdiff.engine.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stability bounds against re-ranking with the moved weights, on seeded random appraisals. */
class StabilityPropertiesTest {

    /** Raw weights with criterion c at share x and the others in their old proportions. */
    static double[] moved(Appraisal a, int c, double x) {
        int k = a.criteria().size();
        double others = 1 - a.weight(c);
        double[] w = new double[k];
        for (int d = 0; d < k; d++) {
            w[d] = d == c ? x : others > 0 ? (1 - x) * a.weight(d) / others : (1 - x) / (k - 1);
        }
        return w;
    }

    static String winner(Appraisal a, int c, double x) {
        return a.withWeights(moved(a, c, x)).ranking().get(0).name();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void theWinnerHoldsInsideAndChangesJustOutside(long seed) {
        for (Method method : Method.values()) {
            Appraisal a = RankAcceptabilityTest.random(seed, 2 + (int) (seed % 6), 2 + (int) (seed % 4), method);
            String today = a.ranking().get(0).name();
            List<StabilityInterval> intervals = a.stability();
            for (StabilityInterval s : intervals) {
                assertThat(s.from()).isBetween(0.0, s.share());
                assertThat(s.to()).isBetween(s.share(), 1.0);
                double width = s.to() - s.from();
                for (double t : new double[] {0.001, 0.25, 0.5, 0.75, 0.999}) {
                    double x = s.from() + t * width;
                    if (width > 1e-9) {
                        assertThat(winner(a, s.criterion(), x)).as("%s inside %s", method, s).isEqualTo(today);
                    }
                }
                if (s.from() > 1e-6) {
                    assertThat(winner(a, s.criterion(), s.from() - 1e-6)).as("%s below %s", method, s).isNotEqualTo(today);
                }
                if (s.to() < 1 - 1e-6) {
                    assertThat(winner(a, s.criterion(), s.to() + 1e-6)).as("%s above %s", method, s).isNotEqualTo(today);
                }
            }
        }
    }
}
