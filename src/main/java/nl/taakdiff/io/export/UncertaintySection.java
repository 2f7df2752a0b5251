package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;

/**
 * The sensitivity and uncertainty part of an export (calculation.md §2.8–2.10): for every
 * alternative against the baseline, the tornado of one metric's delta and a Monte Carlo run with
 * the settings named in the export.
 *
 * @param metric the metric of the tornadoes
 * @param range  the relative range of parameters without catalogue bounds
 */
public record UncertaintySection(Metric metric, double range, MonteCarloSettings settings, List<Part> parts) {
    /** One alternative's tornado and draws. */
    public record Part(String baseline, String alternative, Tornado tornado, UncertaintyResult result) {
        public Part {
            Objects.requireNonNull(tornado, "tornado");
            Objects.requireNonNull(result, "result");
        }
    }

    public UncertaintySection {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(settings, "settings");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an uncertainty section needs at least one alternative");
        }
    }

    /**
     * Compiles every comparison once and runs its tornado and draws. The monitor sees the progress
     * over all alternatives together and may cancel ({@link java.util.concurrent.CancellationException}).
     * Throws {@link nl.taakdiff.engine.ValidationException} for a catalogue range that breaks
     * {@code low ≤ base ≤ high}.
     */
    public static UncertaintySection compute(List<Comparison> comparisons, Metric metric, double range,
                                             MonteCarloSettings settings, MonteCarlo.Monitor monitor) {
        List<Part> parts = new ArrayList<>();
        int total = comparisons.size() * settings.draws();
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            Evaluation baseline = c.baseline();
            ParameterSpace space = ParameterSpace.of(baseline.study().tasks(), baseline.scenario().overheads(), range);
            LinearComparison linear = LinearComparison.compile(new Evaluator(baseline.study()), baseline.scenario(),
                    c.alternative().scenario(), space, settings.threshold());
            int before = i * settings.draws();
            UncertaintyResult result = MonteCarlo.run(linear, settings, new MonteCarlo.Monitor() {
                @Override
                public void progress(int done, int draws) {
                    monitor.progress(before + done, total);
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            });
            parts.add(new Part(baseline.scenario().name(), c.alternative().scenario().name(),
                    Tornado.ofDelta(linear, metric), result));
        }
        return new UncertaintySection(metric, range, settings, parts);
    }
}
