package nl.taakdiff.io;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.taakdiff.model.Problem;

/**
 * Points an engine {@link Problem} at the file and line its record came from, so the analyst
 * sees {@code FILE:LINE: message} rather than a record index.
 */
public final class ProblemLocator {
    private final StudyInput study;
    private final StudyInput.ScenarioInput scenario;
    private final String tieringSource;
    private final String overheadSource;

    public ProblemLocator(StudyInput study, StudyInput.ScenarioInput scenario, String tieringSource,
                          String overheadSource) {
        this.study = study;
        this.scenario = scenario;
        this.tieringSource = tieringSource;
        this.overheadSource = overheadSource;
    }

    public SourceProblem locate(Problem problem) {
        int i = problem.index();
        return switch (problem.subject()) {
            case MUNICIPALITY -> at(study.municipalities(), i, problem);
            case TASK -> at(study.tasks(), i, problem);
            case RULE -> at(scenario.rules(), i, problem);
            case OVERRIDE -> at(scenario.overrides(), i, problem);
            case TIERING -> new SourceProblem(tieringSource, 0, problem.message());
            case OVERHEAD -> new SourceProblem(overheadSource, 0, problem.message());
        };
    }

    private static SourceProblem at(Sourced<?> sourced, int index, Problem problem) {
        return new SourceProblem(sourced.source(), sourced.lineOf(index), problem.message());
    }

    /** Locates all problems, dropping repeats (two scenarios share the study's problems). */
    public static InputException toException(Collection<SourceProblem> problems) {
        Set<SourceProblem> unique = new LinkedHashSet<>(problems);
        return new InputException(List.copyOf(unique));
    }
}
