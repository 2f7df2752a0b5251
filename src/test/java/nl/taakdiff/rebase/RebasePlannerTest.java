package nl.taakdiff.rebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import nl.taakdiff.model.Successor;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;

/**
 * A small study moved by hand: A and B merge into the new N, D is divided between C and G, E is
 * renamed, grows into the next size class and changes youth-care region, F disappears without a
 * successor.
 */
class RebasePlannerTest {
    private static final Tiering TIERING = Tiering.of(0, 20_000, 50_000);

    private static Municipality m(String code, String name, long population, String youthRegion) {
        return new Municipality(code, name, "Drenthe", population,
                Map.of("jeugdregio", new Region("jeugdregio", youthRegion, "Jeugd " + youthRegion)));
    }

    private static final Dataset OLD = new Dataset("Old", List.of(
            m("GM0001", "A", 10_000, "J1"), m("GM0002", "B", 15_000, "J1"), m("GM0003", "C", 60_000, "J1"),
            m("GM0004", "D", 30_000, "J2"), m("GM0005", "E", 19_000, "J1"), m("GM0006", "F", 5_000, "J2")));
    private static final Dataset NEW = new Dataset("New", List.of(
            m("GM0100", "N", 26_000, "J1"), m("GM0003", "C", 75_000, "J1"), m("GM0007", "G", 40_000, "J2"),
            m("GM0005", "Ee", 21_000, "J2")));
    private static final List<Successor> SUCCESSORS = List.of(
            new Successor("GM0001", "A", "GM0100", "N", 1.0), new Successor("GM0002", "B", "GM0100", "N", 0.98),
            new Successor("GM0004", "D", "GM0003", "C", 0.4), new Successor("GM0004", "D", "GM0007", "G", 0.6),
            // A municipality that still exists is itself, whatever slivers the table might list.
            new Successor("GM0003", "C", "GM0007", "G", 0.01));
    private static final List<Task> TASKS = List.of(
            new Task("T1", "Eén", "d", 10, 0, 0, "jeugdregio", "s"),
            new Task("T2", "Twee", "d", 20, 0, 0, "jeugdregio", "s"));

    private static Scenario scenario(List<LevelOverride> overrides) {
        List<Rule> rules = new ArrayList<>();
        for (Task t : TASKS) {
            for (long bound : TIERING.lowerBounds()) {
                rules.add(new Rule(t.code(), bound, bound == 0 ? Level.REGION : Level.MUNICIPALITY));
            }
        }
        return new Scenario("S", "", TIERING, rules, overrides, Overheads.DEFAULT);
    }

    private static final Scenario S = scenario(List.of(
            new LevelOverride("GM0001", "T1", Level.REGION, "a"),
            new LevelOverride("GM0002", "T1", Level.CENTRE, "b"),
            new LevelOverride("GM0001", "T2", Level.STATE, ""),
            new LevelOverride("GM0003", "T1", Level.MUNICIPALITY, "c"),
            new LevelOverride("GM0004", "T1", Level.REGION, "d"),
            new LevelOverride("GM0006", "T2", Level.REGION, "f"),
            new LevelOverride("GM0005", "T2", Level.REGION, "e")));

    private static RebasePlanner.Plan plan() {
        return RebasePlanner.plan(new Study(OLD, TASKS), NEW, SUCCESSORS, List.of(S), null);
    }

    private static List<String> lines(RebasePlanner.Plan plan) {
        return plan.changes().stream().map(c -> c.kind().code() + " " + c.oldCode() + ">" + c.newCode() + " "
                + c.detail()).toList();
    }

    @Test
    void reportsWhatHappenedToEveryMunicipality() {
        assertThat(lines(plan())).startsWith(
                "merger GM0001>GM0100 merged into a new municipality (100.0% of its area)",
                "merger GM0002>GM0100 merged into a new municipality (98.0% of its area)",
                "division GM0004>GM0003 divided; 40.0% of its area went here",
                "division GM0004>GM0007 divided; 60.0% of its area went here",
                "rename GM0005>GM0005 renamed",
                "removed GM0006> no longer in the data set and no successor is known; its overrides are dropped",
                "size_class GM0005>GM0005 population 19,000 -> 21,000: size class from 0 -> from 20,000 (tiering 0,20000,50000)",
                "region GM0005>GM0005 jeugdregio J1 (Jeugd J1) -> J2 (Jeugd J2); used by tasks T1, T2");
    }

    @Test
    void overridesMoveToTheSuccessorAndTheLargestPredecessorWins() {
        RebasePlanner.Plan plan = plan();

        assertThat(plan.scenarios()).singleElement().satisfies(s -> assertThat(s.overrides()).containsExactly(
                new LevelOverride("GM0003", "T1", Level.MUNICIPALITY, "c"),
                new LevelOverride("GM0005", "T2", Level.REGION, "e"),
                new LevelOverride("GM0100", "T1", Level.CENTRE, "b (from B, GM0002)"),
                new LevelOverride("GM0100", "T2", Level.STATE, "from A, GM0001")));
        assertThat(plan.scenarios().get(0).rules()).isEqualTo(S.rules());
        assertThat(plan.scenarios().get(0).tiering()).isEqualTo(TIERING);
        assertThat(lines(plan).subList(8, lines(plan).size())).containsExactly(
                "override_dropped GM0001>GM0100 scenario 'S': override T1 = region dropped: B (GM0002) also has an "
                        + "override for T1 (centre) and covers more inhabitants",
                "override_moved GM0001>GM0100 scenario 'S': override T2 = state moved to the successor",
                "override_moved GM0002>GM0100 scenario 'S': override T1 = centre moved to the successor",
                "override_dropped GM0004> scenario 'S': override T1 = region dropped: the municipality was divided "
                        + "among C, G; set it on them by hand where it still applies",
                "override_dropped GM0006> scenario 'S': override T2 = region dropped: the municipality has no successor");
    }

    @Test
    void anOverrideOfTheSuccessorItselfCanWinTheConflict() {
        // C (60,000) keeps its own override; D would bring another level, but D is divided, so
        // make it a plain merger into C for this case.
        List<Successor> merger = List.of(new Successor("GM0004", "D", "GM0003", "C", 1.0));
        Scenario s = scenario(List.of(new LevelOverride("GM0003", "T1", Level.MUNICIPALITY, "c"),
                new LevelOverride("GM0004", "T1", Level.REGION, "d")));

        RebasePlanner.Plan plan = RebasePlanner.plan(new Study(OLD, TASKS), NEW, merger, List.of(s), null);

        assertThat(plan.scenarios().get(0).overrides())
                .containsExactly(new LevelOverride("GM0003", "T1", Level.MUNICIPALITY, "c"));
        assertThat(plan.changes()).filteredOn(c -> c.kind().isOverride()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RebaseChange.Kind.OVERRIDE_DROPPED);
            assertThat(c.oldCode()).isEqualTo("GM0004");
            assertThat(c.detail()).contains("C (GM0003) also has an override for T1 (municipality)");
        });
    }

    @Test
    void theDetailIsAlsoWordedInDutch() {
        RebaseChange division = plan().changes().get(2);

        assertThat(division.detail(Locale.forLanguageTag("nl-NL")))
                .isEqualTo("opgesplitst; 40,0% van het oppervlak ging hierheen");
        assertThat(division.kindLabel(Locale.forLanguageTag("nl-NL"))).isEqualTo("opsplitsing");
    }

    @Test
    void aNewMunicipalityWithoutPredecessorIsReported() {
        RebasePlanner.Plan plan = RebasePlanner.plan(new Study(OLD, TASKS), NEW, List.of(), List.of(S), null);

        assertThat(plan.changes()).filteredOn(c -> c.kind() == RebaseChange.Kind.NEW)
                .extracting(RebaseChange::newCode).containsExactly("GM0100", "GM0007");
        assertThat(plan.changes()).filteredOn(c -> c.kind() == RebaseChange.Kind.REMOVED)
                .extracting(RebaseChange::oldCode).containsExactly("GM0001", "GM0002", "GM0004", "GM0006");
    }
}
