package nl.taakdiff.engine.appraisal;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-criteria appraisal of options (calculation.md §2.11): the performance table, the criteria with
 * their weights, and the method. Scores are linear in the normalised weights,
 * {@code score(i) = Σ_c w_c · s(i, c)} with partial scores {@code s} that do not depend on the
 * weights; re-weighting ({@link #withWeights}) therefore costs only the sums. Immutable.
 */
public final class Appraisal {
    private final Performance performance;
    private final List<Criterion> criteria;
    private final Method method;
    private final double[] weights;
    private final double[][] partial;

    private Appraisal(Performance performance, List<Criterion> criteria, Method method, double[][] partial) {
        this.performance = performance;
        this.criteria = List.copyOf(criteria);
        this.method = method;
        this.weights = normalisedWeights(this.criteria);
        this.partial = partial;
    }

    /** The criteria must be the performance table's measures, in its order. */
    public static Appraisal of(Performance performance, List<Criterion> criteria, Method method) {
        if (criteria.size() != performance.measureCount()) {
            throw new IllegalArgumentException(criteria.size() + " criteria for " + performance.measureCount() + " measures");
        }
        for (int c = 0; c < criteria.size(); c++) {
            if (criteria.get(c).measure() != performance.measures().get(c)) {
                throw new IllegalArgumentException("criterion " + (c + 1) + " is " + criteria.get(c).measure().key()
                        + " but the performance table has " + performance.measures().get(c).key());
            }
        }
        return new Appraisal(performance, criteria, method, PartialScores.of(method, performance, criteria));
    }

    /** The same appraisal with other raw weights (one per criterion, in order); thresholds and values stay. */
    public Appraisal withWeights(double... rawWeights) {
        if (rawWeights.length != criteria.size()) {
            throw new IllegalArgumentException(rawWeights.length + " weights for " + criteria.size() + " criteria");
        }
        List<Criterion> reweighted = new ArrayList<>(criteria.size());
        for (int c = 0; c < criteria.size(); c++) {
            reweighted.add(criteria.get(c).withWeight(rawWeights[c]));
        }
        return new Appraisal(performance, reweighted, method, partial);
    }

    static double[] normalisedWeights(List<Criterion> criteria) {
        double sum = 0;
        for (Criterion c : criteria) {
            sum += c.weight();
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            throw new IllegalArgumentException("at least one criterion needs a weight above 0");
        }
        double[] w = new double[criteria.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = criteria.get(c).weight() / sum;
        }
        return w;
    }

    public Performance performance() {
        return performance;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Method method() {
        return method;
    }

    public List<String> options() {
        return performance.options();
    }

    /** The normalised weight of a criterion; the weights sum to 1. */
    public double weight(int criterion) {
        return weights[criterion];
    }

    /** The partial score of an option on a criterion (see the class comment). */
    public double partialScore(int option, int criterion) {
        return partial[option][criterion];
    }

    double[][] partialScores() {
        return partial;
    }

    /** The options ranked by score, best first, ties by name. */
    public List<RankedOption> ranking() {
        int n = performance.optionCount();
        double[] scores = Ranks.scores(partial, weights, new double[n]);
        int[] order = Ranks.order(scores, performance.options(), new int[n]);
        List<RankedOption> ranking = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int i = order[r];
            List<Double> contributions = new ArrayList<>(weights.length);
            for (int c = 0; c < weights.length; c++) {
                contributions.add(weights[c] * partial[i][c]);
            }
            ranking.add(new RankedOption(r + 1, i, performance.options().get(i), scores[i], contributions));
        }
        return ranking;
    }

    /** The stability interval of every criterion's weight, in criterion order. */
    public List<StabilityInterval> stability() {
        return Stability.intervals(this);
    }
}
