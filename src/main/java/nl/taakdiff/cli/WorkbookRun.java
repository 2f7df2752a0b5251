package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.store.VersionSnapshot;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Scenarios read from a workbook and evaluated against the workbook's own data set and tasks (used
 * by {@code evaluate --workbook} and {@code compare --workbook}). Reading works on a workbook that
 * is open elsewhere (read-only). Validation problems are reported as {@code FILE [SCENARIO]: message}.
 */
final class WorkbookRun {
    private WorkbookRun() {
    }

    static List<Evaluation> evaluate(Path workbook, List<String> names) throws WorkbookException, InputException {
        return evaluate(workbook, names, null);
    }

    /**
     * Evaluates scenarios; with {@code version} (one scenario only) the saved version is evaluated
     * exactly as it was: its state with the task catalogue it was saved with.
     */
    static List<Evaluation> evaluate(Path workbook, List<String> names, Integer version)
            throws WorkbookException, InputException {
        try (Workbook wb = Workbook.open(workbook)) {
            if (version != null) {
                VersionSnapshot v = wb.version(names.get(0), version);
                Study study = new Study(wb.dataset(), v.tasks());
                return List.of(validated(workbook, study, v.scenario(), new ArrayList<>()));
            }
            Study study = wb.study();
            List<Scenario> scenarios = new ArrayList<>();
            List<SourceProblem> problems = new ArrayList<>();
            for (String name : names) {
                Scenario s = wb.scenario(name);
                for (Problem p : Validator.validate(study, s)) {
                    SourceProblem located = new SourceProblem(workbook + " [" + s.name() + "]", 0, p.message());
                    if (!problems.contains(located)) {
                        problems.add(located);
                    }
                }
                scenarios.add(s);
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            Evaluator evaluator = new Evaluator(study);
            return scenarios.stream().map(evaluator::evaluate).toList();
        }
    }

    private static Evaluation validated(Path workbook, Study study, Scenario s, List<SourceProblem> problems)
            throws InputException {
        for (Problem p : Validator.validate(study, s)) {
            problems.add(new SourceProblem(workbook + " [" + s.name() + "]", 0, p.message()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Evaluator(study).evaluate(s);
    }

    /** Refuses file options that make no sense with {@code --workbook} (its data, tiering and overheads are used). */
    static void rejectWithWorkbook(CommandSpec spec, String... options) {
        var parsed = spec.commandLine().getParseResult();
        for (String option : options) {
            if (parsed.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " cannot be combined with --workbook:"
                        + " a workbook scenario uses the workbook's data set, tasks, size classes and overheads");
            }
        }
    }
}
