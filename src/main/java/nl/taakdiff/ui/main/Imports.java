package nl.taakdiff.ui.main;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.OverrideFile;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.Sourced;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.ui.session.Scenarios;

/**
 * Reads an allocation or overrides file into a copy of a scenario, all or nothing: either the
 * changed scenario, or every problem as {@code FILE:LINE: message}. Runs off the FX thread.
 */
public final class Imports {
    private Imports() {
    }

    /** Either {@code scenario} (problems empty) or the problems (scenario null). */
    public record Outcome(Scenario scenario, String source, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Outcome allocation(Study study, Scenario current, CsvSource source) throws IOException {
        Sourced<Rule> rules;
        try {
            rules = AllocationFile.read(source);
        } catch (InputException e) {
            return failed(source, e);
        }
        Scenario candidate = current.withRules(rules.records()).withTiering(Scenarios.tieringOf(rules.records()));
        return check(study, candidate, source, Problem.Subject.RULE, rules);
    }

    public static Outcome overrides(Study study, Scenario current, CsvSource source) throws IOException {
        Sourced<LevelOverride> overrides;
        try {
            overrides = OverrideFile.read(source);
        } catch (InputException e) {
            return failed(source, e);
        }
        return check(study, current.withOverrides(overrides.records()), source, Problem.Subject.OVERRIDE, overrides);
    }

    private static Outcome failed(CsvSource source, InputException e) {
        return new Outcome(null, source.name(), e.problems().stream().map(SourceProblem::format).toList());
    }

    private static Outcome check(Study study, Scenario candidate, CsvSource source, Problem.Subject subject,
                                 Sourced<?> records) {
        List<String> problems = new ArrayList<>();
        for (Problem problem : Validator.validate(study, candidate)) {
            long line = problem.subject() == subject ? records.lineOf(problem.index()) : 0;
            problems.add(new SourceProblem(source.name(), line, problem.message()).format());
        }
        return problems.isEmpty() ? new Outcome(candidate, source.name(), List.of())
                : new Outcome(null, source.name(), problems);
    }
}
