package nl.taakdiff.store;

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
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/** A small study made in code, so store tests do not depend on the bundled data. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Dataset dataset() {
        List<Municipality> ms = new ArrayList<>();
        String[][] rows = {
                {"GM0001", "Klein", "Drenthe", "8000", "R1"},
                {"GM0002", "Middel", "Drenthe", "30000", "R1"},
                {"GM0003", "Groot", "Utrecht", "120000", "R2"},
                {"GM0004", "Stad", "Utrecht", "60000", "R2"},
        };
        for (String[] r : rows) {
            ms.add(new Municipality(r[0], r[1], r[2], Long.parseLong(r[3]), Map.of(
                    "jeugdregio", new Region("jeugdregio", "J" + r[4], "Jeugd " + r[4]),
                    "veiligheidsregio", new Region("veiligheidsregio", "V" + r[4], "Veilig " + r[4]))));
        }
        return new Dataset("Test 2020", ms);
    }

    public static List<Task> tasks() {
        return List.of(
                new Task("JZ", "Jeugdzorg", "sociaal domein", 180, 600_000, 150_000, "jeugdregio", "test, with comma"),
                new Task("BRW", "Brandweer", "veiligheid", 60.5, 100_000, 50_000, "veiligheidsregio", "test"));
    }

    public static Scenario uniform(String name) {
        List<Rule> rules = new ArrayList<>();
        for (Task t : tasks()) {
            for (long b : Tiering.DEFAULT.lowerBounds()) {
                rules.add(new Rule(t.code(), b, Level.MUNICIPALITY));
            }
        }
        return new Scenario(name, "all at municipality level", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
    }

    public static Scenario differentiated(String name) {
        Scenario u = uniform(name);
        List<Rule> rules = new ArrayList<>();
        for (Rule r : u.rules()) {
            rules.add(r.minPopulation() < 50_000 && r.taskCode().equals("JZ") ? new Rule("JZ", r.minPopulation(), Level.REGION) : r);
        }
        return u.withRules(rules).withDescription("small ones pool youth care\nsecond line\ttab")
                .withOverrides(List.of(new LevelOverride("GM0004", "BRW", Level.CENTRE, "pilot, \"quoted\"")))
                .withOverheads(Overheads.DEFAULT.with(Level.REGION, 0.1));
    }
}
