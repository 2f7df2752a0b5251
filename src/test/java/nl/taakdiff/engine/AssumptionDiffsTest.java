package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.engine.AssumptionDiff.Kind;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;

class AssumptionDiffsTest {
    private static final Task JZ = new Task("JZ", "Jeugdzorg", "sociaal", 180, 600_000, 150_000, "jeugdregio", "a");
    private static final Task BRW = new Task("BRW", "Brandweer", "veiligheid", 60, 100_000, 50_000, "veiligheidsregio", "b");

    private static Scenario scenario(String name, Tiering tiering, List<Rule> rules, List<LevelOverride> overrides) {
        return new Scenario(name, "same", tiering, rules, overrides, Overheads.DEFAULT);
    }

    @Test
    void identicalAssumptionsGiveNoDifferencesWhateverTheNames() {
        Scenario a = scenario("A", Tiering.of(0, 50_000), List.of(new Rule("JZ", 0, Level.REGION)), List.of());
        assertThat(AssumptionDiffs.between(a, List.of(JZ), a.withName("B"), List.of(JZ))).isEmpty();
    }

    @Test
    void listsEachDifferenceSideBySideInAFixedOrder() {
        Scenario left = scenario("A", Tiering.of(0, 50_000),
                List.of(new Rule("JZ", 0, Level.REGION), new Rule("JZ", 50_000, Level.MUNICIPALITY)),
                List.of(new LevelOverride("GM1", "JZ", Level.CENTRE)));
        Scenario right = scenario("B", Tiering.of(0, 20_000, 50_000),
                List.of(new Rule("JZ", 0, Level.REGION), new Rule("JZ", 20_000, Level.CENTRE),
                        new Rule("JZ", 50_000, Level.STATE)),
                List.of(new LevelOverride("GM1", "JZ", Level.CENTRE, "pilot"))).withDescription("other")
                .withOverheads(Overheads.DEFAULT.with(Level.STATE, 0.025));
        Task jzChanged = new Task("JZ", "Jeugdzorg", "sociaal", 190, 600_000, 150_000, "jeugdregio", "a");
        List<AssumptionDiff> diffs = AssumptionDiffs.between(left, List.of(JZ, BRW), right, List.of(jzChanged));
        assertThat(diffs).containsExactly(
                new AssumptionDiff(Kind.DESCRIPTION, "description", "same", "other"),
                new AssumptionDiff(Kind.TIERING, "size classes", "0,50000", "0,20000,50000"),
                new AssumptionDiff(Kind.OVERHEAD, "state", "0.02", "0.025"),
                new AssumptionDiff(Kind.RULE, "JZ @ 50000", "municipality", "state"),
                new AssumptionDiff(Kind.RULE, "JZ @ 20000", AssumptionDiff.ABSENT, "centre"),
                new AssumptionDiff(Kind.OVERRIDE, "GM1 JZ", "centre", "centre (pilot)"),
                new AssumptionDiff(Kind.TASK, "JZ unit_cost", "180", "190"),
                new AssumptionDiff(Kind.TASK, "BRW", "Brandweer", AssumptionDiff.ABSENT));
    }
}
