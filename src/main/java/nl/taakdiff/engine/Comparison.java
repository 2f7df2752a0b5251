package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.SizeClass;

/**
 * A baseline compared with an alternative (calculation.md §2.7). Both must be evaluations of the same
 * study. Size classes follow the baseline's tiering, so that classes line up even when the
 * alternative was built on another tiering.
 */
public record Comparison(Evaluation baseline, Evaluation alternative, double threshold,
                         List<MetricDelta> metrics, List<ClassDelta> classes,
                         List<MunicipalityDelta> municipalities) {
    /** Winners and losers move by more than this many euros per inhabitant by default. */
    public static final double DEFAULT_THRESHOLD = 1.0;

    public Comparison {
        metrics = List.copyOf(metrics);
        classes = List.copyOf(classes);
        municipalities = List.copyOf(municipalities);
    }

    public static Comparison of(Evaluation baseline, Evaluation alternative) {
        return of(baseline, alternative, DEFAULT_THRESHOLD);
    }

    public static Comparison of(Evaluation baseline, Evaluation alternative, double threshold) {
        List<MunicipalityResult> base = baseline.municipalities();
        List<MunicipalityResult> alt = alternative.municipalities();
        if (baseline.study() != alternative.study() && !baseline.study().equals(alternative.study())) {
            throw new IllegalArgumentException("a comparison needs two evaluations of the same study");
        }
        List<MetricDelta> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            metrics.add(MetricDelta.of(metric, baseline.summary().value(metric), alternative.summary().value(metric)));
        }
        List<MunicipalityDelta> municipalities = new ArrayList<>(base.size());
        int classCount = baseline.classes().size();
        double[] altClassCost = new double[classCount];
        for (int m = 0; m < base.size(); m++) {
            MunicipalityResult b = base.get(m);
            MunicipalityResult a = alt.get(m);
            altClassCost[b.sizeClass().index()] += a.cost();
            double perInhabitant = (a.cost() - b.cost()) / b.population();
            Outcome outcome = perInhabitant < -threshold ? Outcome.WINNER
                    : perInhabitant > threshold ? Outcome.LOSER : Outcome.UNCHANGED;
            municipalities.add(new MunicipalityDelta(b.code(), b.name(), b.population(), b.cost(), a.cost(), outcome));
        }
        List<ClassDelta> classes = new ArrayList<>(classCount);
        for (ClassResult c : baseline.classes()) {
            SizeClass sizeClass = c.sizeClass();
            double altPerInhabitant = c.population() == 0 ? 0 : altClassCost[sizeClass.index()] / c.population();
            classes.add(new ClassDelta(sizeClass, c.municipalities(), c.population(), c.costPerInhabitant(),
                    altPerInhabitant));
        }
        return new Comparison(baseline, alternative, threshold, metrics, classes, municipalities);
    }

    public List<MunicipalityDelta> winners() {
        return municipalities.stream().filter(m -> m.outcome() == Outcome.WINNER).toList();
    }

    public List<MunicipalityDelta> losers() {
        return municipalities.stream().filter(m -> m.outcome() == Outcome.LOSER).toList();
    }

    public MetricDelta metric(Metric metric) {
        return metrics.get(metric.ordinal());
    }
}
