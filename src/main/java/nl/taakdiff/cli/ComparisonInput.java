package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Evaluation;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The scenarios of {@code sensitivity} and {@code uncertainty}, read as {@code compare} reads them:
 * allocation files with their overrides, or scenario names in a workbook. Evaluated once, so that
 * every problem is reported as {@code FILE:LINE: message} before any analysis starts.
 */
final class ComparisonInput {
    private ComparisonInput() {
    }

    /** Baseline first, then the alternative when given. */
    static List<Evaluation> read(CommandSpec spec, StudyOptions study, Path workbook, String baseline,
                                 Path baselineOverrides, String alternative, Path alternativeOverrides)
            throws Exception {
        List<String> names = new ArrayList<>(List.of(baseline));
        if (alternative != null) {
            names.add(alternative);
        }
        if (workbook != null) {
            WorkbookRun.rejectWithWorkbook(spec, "--baseline-overrides", "--alternative-overrides", "--tasks",
                    "--municipalities", "--regions", StudyOptions.TIERING_OPTION, StudyOptions.OVERHEAD_OPTION);
            return WorkbookRun.evaluate(workbook, names);
        }
        List<ScenarioRun.ScenarioFiles> files = new ArrayList<>();
        files.add(new ScenarioRun.ScenarioFiles("baseline", Path.of(baseline), baselineOverrides));
        if (alternative != null) {
            files.add(new ScenarioRun.ScenarioFiles("alternative", Path.of(alternative), alternativeOverrides));
        } else if (alternativeOverrides != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--alternative-overrides needs --alternative");
        }
        return ScenarioRun.evaluate(study, files);
    }
}
