package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.io.ResultTables;
import nl.taakdiff.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code taakdiff compare}: a baseline against an alternative. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = "nl.taakdiff.cli.CompareCommand",
        description = "Compare an alternative scenario with a baseline and print a table of the differences.")
final class CompareCommand implements Callable<Integer> {
    /** The tables {@code compare} can print. */
    enum CompareTable { summary, classes, municipalities }

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioPairOptions scenarios;

    @Mixin
    StudyOptions study;

    @Option(names = "--threshold", paramLabel = "EUR", defaultValue = "1.0", converter = OptionValues.NonNegativeDecimal.class,
            description = "Change in cost per inhabitant that makes a winner or loser (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "summary, classes or municipalities.")
    CompareTable table;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ScenarioSourceOptions sources = scenarios.sources;
        OutputGuard guard = study.guardInputs(new OutputGuard()).input("--workbook", sources.workbook)
                .input("--baseline-overrides", sources.baselineOverrides)
                .input("--alternative-overrides", sources.alternativeOverrides);
        if (sources.workbook == null) {
            guard.input("--baseline", Path.of(scenarios.baseline)).input("--alternative", Path.of(scenarios.alternative));
        }
        guard.output("--out", output.out).check(spec);
        List<Evaluation> evaluations = scenarios.evaluate(spec, study);
        Comparison comparison = Comparison.of(evaluations.get(0), evaluations.get(1), threshold);
        Table result = switch (table) {
            case summary -> ResultTables.comparisonSummary(comparison);
            case classes -> ResultTables.comparisonClasses(comparison);
            case municipalities -> ResultTables.comparisonMunicipalities(comparison);
        };
        output.write(result, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
