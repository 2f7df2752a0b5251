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
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare an alternative scenario with a baseline and print a table of the differences.")
final class CompareCommand implements Callable<Integer> {
    /** The tables {@code compare} can print. */
    enum CompareTable { summary, classes, municipalities }

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", paramLabel = "FILE|NAME", required = true,
            description = "Baseline allocation CSV, or with --workbook the baseline scenario's name.")
    String baseline;

    @Option(names = "--alternative", paramLabel = "FILE|NAME", required = true,
            description = "Alternative allocation CSV, or with --workbook the alternative scenario's name.")
    String alternative;

    @Option(names = "--workbook", paramLabel = "FILE",
            description = "Compare two scenarios stored in this workbook; --baseline and --alternative name them.")
    Path workbook;

    @Option(names = "--baseline-overrides", paramLabel = "FILE", description = "Overrides CSV of the baseline.")
    Path baselineOverrides;

    @Option(names = "--alternative-overrides", paramLabel = "FILE", description = "Overrides CSV of the alternative.")
    Path alternativeOverrides;

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
        OutputGuard guard = study.guardInputs(new OutputGuard()).input("--workbook", workbook)
                .input("--baseline-overrides", baselineOverrides).input("--alternative-overrides", alternativeOverrides);
        if (workbook == null) {
            guard.input("--baseline", Path.of(baseline)).input("--alternative", Path.of(alternative));
        }
        guard.output("--out", output.out).check(spec);
        List<Evaluation> evaluations;
        if (workbook != null) {
            WorkbookRun.rejectWithWorkbook(spec, "--baseline-overrides", "--alternative-overrides", "--tasks",
                    "--municipalities", "--regions", StudyOptions.TIERING_OPTION, StudyOptions.OVERHEAD_OPTION);
            evaluations = WorkbookRun.evaluate(workbook, List.of(baseline, alternative));
        } else {
            evaluations = ScenarioRun.evaluate(study, List.of(
                    new ScenarioRun.ScenarioFiles("baseline", Path.of(baseline), baselineOverrides),
                    new ScenarioRun.ScenarioFiles("alternative", Path.of(alternative), alternativeOverrides)));
        }
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
