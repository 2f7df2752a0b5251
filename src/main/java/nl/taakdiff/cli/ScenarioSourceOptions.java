package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Evaluation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --workbook} and the overrides of both scenarios: where a baseline and an alternative come
 * from, as {@code compare}, {@code sensitivity} and {@code uncertainty} read them. A command may word
 * {@code --workbook} its own way under the key {@code workbook} of its resource bundle.
 */
final class ScenarioSourceOptions {
    @Option(names = "--workbook", paramLabel = "FILE", descriptionKey = "workbook",
            description = "Use scenarios stored in this workbook; --baseline and --alternative name them.")
    Path workbook;

    @Option(names = "--baseline-overrides", paramLabel = "FILE", description = "Overrides CSV of the baseline.")
    Path baselineOverrides;

    @Option(names = "--alternative-overrides", paramLabel = "FILE", description = "Overrides CSV of the alternative.")
    Path alternativeOverrides;

    /**
     * Evaluates the baseline and, when given, the alternative: allocation files with their overrides,
     * or scenario names in the workbook. Evaluated once, so that every problem is reported as
     * {@code FILE:LINE: message} before any analysis starts.
     */
    List<Evaluation> evaluate(CommandSpec spec, StudyOptions study, String baseline, String alternative)
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
            throw new ParameterException(spec.commandLine(), "--alternative-overrides needs --alternative");
        }
        return ScenarioRun.evaluate(study, files);
    }
}
