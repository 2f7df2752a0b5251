package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.io.ResultTables;
import nl.taakdiff.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code taakdiff evaluate}: one scenario's metrics as a table. */
@Command(name = "evaluate", sortOptions = false,
        description = "Evaluate one scenario and print a table of its metrics.")
final class EvaluateCommand implements Callable<Integer> {
    /** The tables {@code evaluate} can print. */
    enum EvaluateTable { summary, classes, tasks, municipalities }

    @Spec
    CommandSpec spec;

    // Only --help: --version is this command's own option (a saved workbook version), which would
    // silently displace picocli's standard help mixin; `taakdiff --version` prints the program version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--allocation", paramLabel = "FILE",
            description = "Allocation CSV: task_code,min_population,level.")
    Path allocation;

    @Option(names = "--workbook", paramLabel = "FILE",
            description = "Evaluate a scenario stored in this workbook (with --scenario) instead of CSV files.")
    Path workbook;

    @Option(names = "--scenario", paramLabel = "NAME", description = "The workbook scenario to evaluate.")
    String scenario;

    @Option(names = "--version", paramLabel = "N", converter = OptionValues.PositiveWhole.class,
            description = "With --workbook: evaluate saved version N exactly as it was (with its task catalogue).")
    Integer version;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "Overrides CSV: municipality_code,task_code,level[,reason].")
    Path overrides;

    @Mixin
    StudyOptions study;

    @Option(names = "--table", required = true, paramLabel = "TABLE",
            description = "summary, classes, tasks or municipalities.")
    EvaluateTable table;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        study.guardInputs(new OutputGuard()).input("--allocation", allocation).input("--overrides", overrides)
                .input("--workbook", workbook).output("--out", output.out).check(spec);
        Evaluation evaluation;
        if (workbook != null) {
            if (scenario == null) {
                throw new ParameterException(spec.commandLine(), "--workbook needs --scenario NAME");
            }
            WorkbookRun.rejectWithWorkbook(spec, "--allocation", "--overrides", "--tasks", "--municipalities",
                    "--regions", StudyOptions.TIERING_OPTION, StudyOptions.OVERHEAD_OPTION);
            evaluation = WorkbookRun.evaluate(workbook, List.of(scenario), version).get(0);
        } else {
            if (allocation == null) {
                throw new ParameterException(spec.commandLine(),
                        "Missing required option: '--allocation=FILE' (or --workbook FILE --scenario NAME)");
            }
            if (scenario != null || version != null) {
                throw new ParameterException(spec.commandLine(), "--scenario and --version need --workbook FILE");
            }
            evaluation = ScenarioRun.evaluate(study,
                    List.of(new ScenarioRun.ScenarioFiles("scenario", allocation, overrides))).get(0);
        }
        Table result = switch (table) {
            case summary -> ResultTables.evaluationSummary(evaluation);
            case classes -> ResultTables.evaluationClasses(evaluation);
            case tasks -> ResultTables.evaluationTasks(evaluation);
            case municipalities -> ResultTables.evaluationMunicipalities(evaluation);
        };
        output.write(result, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
