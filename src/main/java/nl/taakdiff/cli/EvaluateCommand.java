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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code taakdiff evaluate}: one scenario's metrics as a table. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate one scenario and print a table of its metrics.")
final class EvaluateCommand implements Callable<Integer> {
    /** The tables {@code evaluate} can print. */
    enum EvaluateTable { summary, classes, tasks, municipalities }

    @Spec
    CommandSpec spec;

    @Option(names = "--allocation", paramLabel = "FILE", required = true,
            description = "Allocation CSV: task_code,min_population,level.")
    Path allocation;

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
        Evaluation evaluation = ScenarioRun.evaluate(study,
                List.of(new ScenarioRun.ScenarioFiles("scenario", allocation, overrides))).get(0);
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
