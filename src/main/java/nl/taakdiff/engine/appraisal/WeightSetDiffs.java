package nl.taakdiff.engine.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.taakdiff.engine.AssumptionDiff;

/** The assumptions that differ between two weight sets (or two versions of one), per criterion. */
public final class WeightSetDiffs {
    private WeightSetDiffs() {
    }

    public static List<AssumptionDiff> between(WeightSet left, WeightSet right) {
        List<AssumptionDiff> out = new ArrayList<>();
        if (!left.method().equals(right.method())) {
            out.add(new AssumptionDiff(AssumptionDiff.Kind.WEIGHT, "method", left.method().key(), right.method().key()));
        }
        Set<Measure> measures = new LinkedHashSet<>(left.measures());
        measures.addAll(right.measures());
        for (Measure m : measures) {
            String l = describe(left, m);
            String r = describe(right, m);
            if (!l.equals(r)) {
                out.add(new AssumptionDiff(AssumptionDiff.Kind.WEIGHT, m.key(), l, r));
            }
        }
        return out;
    }

    /** A criterion as {@code lower=3/0/5} (direction, weight, thresholds), or absent. */
    private static String describe(WeightSet set, Measure measure) {
        return set.criteria().stream().filter(c -> c.measure() == measure).findFirst()
                .map(c -> CriterionSyntax.format(c).substring(measure.key().length() + 1))
                .orElse(AssumptionDiff.ABSENT);
    }
}
