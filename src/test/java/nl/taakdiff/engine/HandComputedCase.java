package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * A study small enough to compute by hand, using every level (see EvaluatorHandComputedTest for
 * the arithmetic). Four municipalities, one per size class of the default tiering:
 * A 10,000 (P1, R1), B 30,000 (P1, R1), C 60,000 (P2, R1), D 150,000 (P2, R2).
 */
final class HandComputedCase {
    static final String VR = "vr";

    private HandComputedCase() {
    }

    static Municipality municipality(String code, String province, long population, String region) {
        return new Municipality(code, "Gemeente " + code, province, population,
                Map.of(VR, new Region(VR, region, "Regio " + region)));
    }

    static Study study() {
        List<Municipality> municipalities = List.of(
                municipality("A", "P1", 10_000, "R1"),
                municipality("B", "P1", 30_000, "R1"),
                municipality("C", "P2", 60_000, "R1"),
                municipality("D", "P2", 150_000, "R2"));
        List<Task> tasks = List.of(
                new Task("T1", "Task one", "d", 100, 1000, 50_000, VR, "test"),
                new Task("T2", "Task two", "d", 10, 0, 0, VR, "test"),
                new Task("T3", "Task three", "d", 1, 0, 200_000, VR, "test"));
        return new Study(new Dataset("hand", municipalities), tasks);
    }

    /** T1: centre below 100,000, own above; T2: region below 50,000, province above; T3: state. */
    static Scenario scenario() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(rules("T1", Level.CENTRE, Level.CENTRE, Level.CENTRE, Level.MUNICIPALITY));
        rules.addAll(rules("T2", Level.REGION, Level.REGION, Level.PROVINCE, Level.PROVINCE));
        rules.addAll(rules("T3", Level.STATE, Level.STATE, Level.STATE, Level.STATE));
        return new Scenario("hand", "", Tiering.DEFAULT, rules,
                List.of(new LevelOverride("B", "T3", Level.MUNICIPALITY, "wants to keep it")), Overheads.DEFAULT);
    }

    /** One rule per class of the default tiering, in class order. */
    static List<Rule> rules(String task, Level... levels) {
        List<Rule> rules = new ArrayList<>();
        List<Long> bounds = Tiering.DEFAULT.lowerBounds();
        for (int c = 0; c < levels.length; c++) {
            rules.add(new Rule(task, bounds.get(c), levels[c]));
        }
        return rules;
    }

    /** Every task at the given level in every class of the default tiering, no overrides. */
    static Scenario uniform(Study study, Level level) {
        return uniformOver(study, Tiering.DEFAULT, level);
    }

    static Scenario uniformOver(Study study, Tiering tiering, Level level) {
        List<Rule> rules = new ArrayList<>();
        for (Task task : study.tasks()) {
            for (long bound : tiering.lowerBounds()) {
                rules.add(new Rule(task.code(), bound, level));
            }
        }
        return new Scenario("uniform " + level.code(), "", tiering, rules, List.of(), Overheads.DEFAULT);
    }
}
