package nl.taakdiff.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.io.Table;
import nl.taakdiff.io.UncertaintyTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code taakdiff uncertainty}: Monte Carlo over every parameter, baseline and alternative on the same draws. */
@Command(name = "uncertainty", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw every parameter from its range many times, evaluate both scenarios on each draw and"
                + " print the spread of the metrics or of each municipality's change.")
final class UncertaintyCommand implements Callable<Integer> {
    /** The tables {@code uncertainty} can print. */
    enum UncertaintyTable { summary, municipalities }

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioPairOptions scenarios;

    @Mixin
    StudyOptions study;

    @Mixin
    DrawOptions draws;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    DrawOptions.DistributionOptions distribution;

    @Option(names = "--threshold", paramLabel = "EUR", defaultValue = "1.0",
            description = "Rise in cost per inhabitant that makes a loser in a draw (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "summary or municipalities.")
    UncertaintyTable table;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new ParameterException(spec.commandLine(), "--threshold: must be a number of at least 0");
        }
        MonteCarloSettings settings = draws.settings(spec, distribution, threshold);
        List<Evaluation> evaluations = scenarios.evaluate(spec, study);
        ParameterSpace space = analysis.space(spec, evaluations, scenarios.sources.workbook);
        LinearComparison comparison = LinearComparison.compile(new Evaluator(evaluations.get(0).study()),
                evaluations.get(0).scenario(), evaluations.get(1).scenario(), space, threshold);
        UncertaintyResult result = MonteCarlo.run(comparison, settings, MonteCarlo.Monitor.NONE);
        Table t = table == UncertaintyTable.summary ? UncertaintyTables.summary(result)
                : UncertaintyTables.municipalities(result);
        output.write(t, spec.commandLine().getOut());
        if (output.format == OutputOptions.OutputFormat.text && output.out == null) {
            // The CSV stays a pure table; a reader of the text form also learns whether the draws suffice.
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%n%d draws, seed %d: standard error of the mean delta total_cost %.2f,"
                            + " of probability_negative %.6f%n",
                    settings.draws(), settings.seed(), result.standardError(Metric.TOTAL_COST),
                    result.probabilityNegativeError(Metric.TOTAL_COST));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
