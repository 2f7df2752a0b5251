package nl.taakdiff.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.OverrideFile;
import nl.taakdiff.io.ProblemLocator;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.StudyInput;
import nl.taakdiff.io.StudyInput.ScenarioInput;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;

/**
 * Scenarios read from files and evaluated against a study read from files. Every file is read
 * and every scenario validated before anything is reported, so one run lists every problem,
 * each pointed at its file and line.
 */
final class ScenarioRun {
    /** The files of one scenario; {@code overrides} may be null. */
    record ScenarioFiles(String name, Path allocation, Path overrides) {
    }

    private ScenarioRun() {
    }

    /**
     * Evaluations of the scenarios, in order; throws with every problem of every file. The overrides
     * come without their reasons, which no calculation reads.
     */
    static List<Evaluation> evaluate(StudyOptions options, List<ScenarioFiles> scenarios)
            throws IOException, InputException {
        return evaluate(options, scenarios, OverrideFile.Reasons.SKIP);
    }

    /** As {@link #evaluate(StudyOptions, List)}, keeping the overrides' reasons when asked (to show them). */
    static List<Evaluation> evaluate(StudyOptions options, List<ScenarioFiles> scenarios, OverrideFile.Reasons reasons)
            throws IOException, InputException {
        // Options first: a wrong value is wrong usage, whatever the files hold.
        Tiering tiering = options.tiering();
        Overheads overheads = options.overheads();
        List<SourceProblem> problems = new ArrayList<>();
        StudyInput study = StudyInput.collect(options::readStudy, problems);
        List<ScenarioInput> inputs = new ArrayList<>();
        List<Boolean> complete = new ArrayList<>();
        for (ScenarioFiles files : scenarios) {
            int before = problems.size();
            inputs.add(StudyInput.readScenario(StudyOptions.source(files.allocation()),
                    StudyOptions.source(files.overrides()), problems, reasons));
            complete.add(problems.size() == before);
        }
        List<Scenario> built = new ArrayList<>();
        for (int i = 0; i < scenarios.size() && study != null; i++) {
            ScenarioInput input = inputs.get(i);
            if (input == null) {
                continue;
            }
            Scenario scenario = new Scenario(scenarios.get(i).name(), "", tiering, input.rules().records(),
                    input.overrides().records(), overheads);
            ProblemLocator locator = new ProblemLocator(study, input, StudyOptions.TIERING_OPTION,
                    StudyOptions.OVERHEAD_OPTION);
            for (Problem p : Validator.validate(study.study(), scenario)) {
                // With rows left out for their own problems, only checks of single rows still hold:
                // a missing rule or region may be the left-out row's doing.
                if (complete.get(i) || p.subject() == Problem.Subject.RULE || p.subject() == Problem.Subject.OVERRIDE) {
                    problems.add(locator.locate(p));
                }
            }
            built.add(scenario);
        }
        if (!problems.isEmpty()) {
            throw ProblemLocator.toException(problems);
        }
        Evaluator evaluator = new Evaluator(study.study());
        return built.stream().map(evaluator::evaluate).toList();
    }
}
