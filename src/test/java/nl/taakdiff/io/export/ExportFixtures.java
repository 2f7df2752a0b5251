package nl.taakdiff.io.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.testing.Demo;

final class ExportFixtures {
    static final Instant AT = Instant.parse("2026-11-29T09:30:00Z");
    static final ExportInput.About ABOUT = new ExportInput.About("0.1.0-test", AT, "");

    private ExportFixtures() {
    }

    /** The demo comparison: current situation vs differentiated by scale. */
    static ExportInput demo() {
        return ExportInput.of(List.of(Demo.COMPARISON), ABOUT);
    }

    /** The demo comparison with its tornado of total cost and a short Monte Carlo run. */
    static ExportInput withUncertainty(ExportInput input) {
        return input.withUncertainty(UncertaintySection.compute(input.comparisons(), nl.taakdiff.engine.Metric.TOTAL_COST,
                0.2, new nl.taakdiff.engine.uncertainty.MonteCarloSettings(500, 3,
                        nl.taakdiff.engine.uncertainty.Distribution.TRIANGULAR, 1.0),
                nl.taakdiff.engine.uncertainty.MonteCarlo.Monitor.NONE));
    }

    /** Baseline with three alternatives: differentiated, all-region youth care, and the baseline itself. */
    static ExportInput three() {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : Demo.CURRENT.scenario().rules()) {
            rules.add(r.taskCode().equals("JZ-LOK") ? new Rule(r.taskCode(), r.minPopulation(), Level.REGION) : r);
        }
        Scenario regional = Demo.CURRENT.scenario().withName("regional-youth").withRules(rules)
                .withOverrides(List.of(new LevelOverride("GM0363", "JZ-LOK", Level.MUNICIPALITY, "big enough alone")));
        Evaluation third = new Evaluator(Demo.STUDY).evaluate(regional);
        Evaluation same = new Evaluator(Demo.STUDY).evaluate(Demo.CURRENT.scenario().withName("unchanged"));
        return ExportInput.of(List.of(Demo.COMPARISON, Comparison.of(Demo.CURRENT, third),
                Comparison.of(Demo.CURRENT, same)), ABOUT);
    }

    /**
     * A data set whose names try formula injection: Amsterdam is "=HYPERLINK(…)", Rotterdam "+1",
     * Utrecht "@SUM(A1)", Den Haag "-2+3", Groningen starts with a tab; the alternative is called "=cmd".
     */
    static ExportInput hostile() {
        List<Municipality> renamed = new ArrayList<>();
        for (Municipality m : Demo.STUDY.dataset().municipalities()) {
            String name = switch (m.code()) {
                case "GM0363" -> "=HYPERLINK(\"http://example.invalid\",\"x\")";
                case "GM0599" -> "+1";
                case "GM0344" -> "@SUM(A1)";
                case "GM0518" -> "-2+3";
                case "GM0014" -> "\tGroningen";
                default -> m.name();
            };
            renamed.add(new Municipality(m.code(), name, m.province(), m.population(), m.regions()));
        }
        Study study = new Study(new Dataset("hostile", renamed), Demo.STUDY.tasks());
        Evaluator evaluator = new Evaluator(study);
        Evaluation base = evaluator.evaluate(Demo.CURRENT.scenario());
        Evaluation alt = evaluator.evaluate(Demo.DIFFERENTIATED.scenario().withName("=cmd|' /C calc'!A0"));
        return ExportInput.of(List.of(Comparison.of(base, alt)), ABOUT);
    }
}
