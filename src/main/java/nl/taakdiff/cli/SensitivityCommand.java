package nl.taakdiff.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.LinearScenario;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.io.UncertaintyTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code taakdiff sensitivity}: a tornado table of one metric, of a scenario or of a comparison's delta. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Move each parameter to the low and the high end of its range, one at a time, and print"
                + " how a metric (of the baseline, or the alternative's delta) moves, largest swing first.")
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BaselineOptions scenarios;

    @Mixin
    StudyOptions study;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "total_cost",
            converter = MetricConverter.class,
            description = "The metric (as in the summary tables; default: ${DEFAULT-VALUE}).")
    Metric metric;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        List<Evaluation> evaluations = scenarios.evaluate(spec, study);
        ParameterSpace space = analysis.space(spec, evaluations, scenarios.sources.workbook);
        Evaluator evaluator = new Evaluator(evaluations.get(0).study());
        Tornado tornado = evaluations.size() == 1
                ? Tornado.of(LinearScenario.compile(evaluator, evaluations.get(0).scenario(), space), metric)
                : Tornado.ofDelta(LinearComparison.compile(evaluator, evaluations.get(0).scenario(),
                        evaluations.get(1).scenario(), space, 1.0), metric);
        output.write(UncertaintyTables.sensitivity(tornado), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
