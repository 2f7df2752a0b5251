package nl.taakdiff.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.io.export.ExportInput;
import nl.taakdiff.io.export.ExportText;
import nl.taakdiff.io.export.Exploration;
import nl.taakdiff.io.export.Exports;
import nl.taakdiff.io.export.UncertaintySection;
import nl.taakdiff.model.Scenario;

/**
 * The work of one export off the FX thread: evaluate the chosen scenarios, run the draws when they
 * are needed (cancellable after every block of draws), then write through the shared export code,
 * which writes every file whole or not at all. A cancelled export writes nothing.
 */
final class ExportJob {
    /** The share of the progress bar the draws take; writing the file takes the rest. */
    static final double DRAWS_SHARE = 0.85;
    /** The exploration's risk prices: those of {@code taakdiff export --explore}. */
    private static final String RISK_PRICES = "0:1000000:50";
    private static final long SEED = 1;

    private ExportJob() {
    }

    /** Writes the export and returns its files; throws {@link CancellationException} when cancelled. */
    static List<Path> run(ExportRequest request, MonteCarlo.Monitor monitor) throws IOException {
        Evaluator evaluator = new Evaluator(request.study());
        Evaluation baseline = evaluator.evaluate(request.baseline());
        List<Comparison> comparisons = new ArrayList<>();
        for (Scenario alternative : request.alternatives()) {
            comparisons.add(Comparison.of(baseline, evaluator.evaluate(alternative)));
        }
        ExportInput input = ExportInput.of(comparisons, new ExportInput.About(request.appVersion(), request.at(),
                request.workbook())).withText(ExportText.of(request.language()));
        if (request.needsDraws()) {
            MonteCarloSettings settings = new MonteCarloSettings(request.draws(), SEED, Distribution.TRIANGULAR,
                    comparisons.get(0).threshold());
            input = input.withUncertainty(UncertaintySection.compute(comparisons, Metric.TOTAL_COST,
                    ParameterSpace.DEFAULT_RELATIVE_RANGE, settings, new MonteCarlo.Monitor() {
                        @Override
                        public void progress(int done, int total) {
                            monitor.progress((int) Math.round(DRAWS_SHARE * done), total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCancelled();
                        }
                    }));
        }
        if (request.exploration() && (request.format() == Exports.Format.XLSX || request.format() == Exports.Format.PDF)) {
            Explorer explorer = new Explorer(request.study(), request.baseline());
            input = input.withExploration(Exploration.of(explorer, 0, PriceRange.parse(RISK_PRICES), Constraints.NONE));
        }
        if (monitor.isCancelled()) {
            throw new CancellationException("the export was cancelled");
        }
        List<Path> files = Exports.write(request.format(), input, request.out());
        monitor.progress(1, 1);
        return files;
    }
}
