package nl.taakdiff.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.engine.RestoreChanges.CellChange;
import nl.taakdiff.engine.RestoreChanges.OverheadChange;
import nl.taakdiff.engine.RestoreChanges.OverrideChange;
import nl.taakdiff.engine.RestoreChanges.OverrideKind;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;

class RestoreChangesTest {
    private static final Tiering TWO = Tiering.of(0, 20_000);

    private static Scenario scenario(String description, Tiering tiering, List<Rule> rules,
                                     List<LevelOverride> overrides, Overheads overheads) {
        return new Scenario("Plan", description, tiering, rules, overrides, overheads);
    }

    private static Scenario plain(List<Rule> rules) {
        return scenario("", TWO, rules, List.of(), Overheads.DEFAULT);
    }

    @Test
    void identicalStatesChangeNothing() {
        Scenario s = scenario("same", TWO, List.of(new Rule("A", 0, Level.REGION)),
                List.of(new LevelOverride("GM1", "A", Level.CENTRE, "why")), Overheads.DEFAULT);
        RestoreChanges changes = RestoreChanges.of(s, s.withName("Other name"));
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.cells()).isEmpty();
        assertThat(changes.overrides()).isEmpty();
        assertThat(changes.overheads()).isEmpty();
    }

    @Test
    void aCellThatDiffersNamesTaskClassAndBothLevels() {
        Scenario now = plain(List.of(new Rule("A", 0, Level.REGION), new Rule("A", 20_000, Level.MUNICIPALITY),
                new Rule("B", 0, Level.STATE)));
        Scenario then = plain(List.of(new Rule("A", 0, Level.CENTRE), new Rule("A", 20_000, Level.MUNICIPALITY),
                new Rule("B", 0, Level.STATE)));
        RestoreChanges changes = RestoreChanges.of(now, then);
        assertThat(changes.cells()).containsExactly(
                new CellChange("A", new SizeClass(0, 0, 20_000), Level.REGION, Level.CENTRE));
        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.tieringChanges()).isFalse();
    }

    @Test
    void otherSizeClassesShowTheTieringAndCellsOfEitherSide() {
        Scenario now = plain(List.of(new Rule("A", 0, Level.MUNICIPALITY), new Rule("A", 20_000, Level.MUNICIPALITY)));
        Scenario then = scenario("", Tiering.of(0, 50_000), List.of(new Rule("A", 0, Level.MUNICIPALITY),
                new Rule("A", 50_000, Level.REGION)), List.of(), Overheads.DEFAULT);
        RestoreChanges changes = RestoreChanges.of(now, then);
        assertThat(changes.tieringChanges()).isTrue();
        assertThat(changes.tieringNow()).isEqualTo(TWO);
        assertThat(changes.tieringThen()).isEqualTo(Tiering.of(0, 50_000));
        // the class 20,000+ goes (its cell has no level then), the class 50,000+ comes with a level
        assertThat(changes.cells()).containsExactly(
                new CellChange("A", new SizeClass(1, 20_000, Long.MAX_VALUE), Level.MUNICIPALITY, null),
                new CellChange("A", new SizeClass(1, 50_000, Long.MAX_VALUE), null, Level.REGION));
    }

    @Test
    void overridesAreAddedRemovedOrChanged() {
        LevelOverride kept = new LevelOverride("GM1", "A", Level.CENTRE, "same");
        LevelOverride onlyNow = new LevelOverride("GM2", "A", Level.REGION, "new idea");
        LevelOverride changedNow = new LevelOverride("GM3", "A", Level.REGION, "reason");
        LevelOverride changedThen = new LevelOverride("GM3", "A", Level.PROVINCE, "reason");
        LevelOverride onlyThen = new LevelOverride("GM4", "B", Level.STATE, "old idea");
        List<Rule> rules = List.of(new Rule("A", 0, Level.MUNICIPALITY));
        Scenario now = scenario("", TWO, rules, List.of(kept, onlyNow, changedNow), Overheads.DEFAULT);
        Scenario then = scenario("", TWO, rules, List.of(changedThen, kept, onlyThen), Overheads.DEFAULT);
        assertThat(RestoreChanges.of(now, then).overrides()).containsExactly(
                new OverrideChange(OverrideKind.REMOVED, "GM2", "A", onlyNow, null),
                new OverrideChange(OverrideKind.CHANGED, "GM3", "A", changedNow, changedThen),
                new OverrideChange(OverrideKind.ADDED, "GM4", "B", null, onlyThen));
    }

    @Test
    void aChangedReasonAloneIsAChange() {
        List<Rule> rules = List.of(new Rule("A", 0, Level.MUNICIPALITY));
        Scenario now = scenario("", TWO, rules, List.of(new LevelOverride("GM1", "A", Level.CENTRE, "later")),
                Overheads.DEFAULT);
        Scenario then = now.withOverrides(List.of(new LevelOverride("GM1", "A", Level.CENTRE, "earlier")));
        assertThat(RestoreChanges.of(now, then).overrides()).extracting(OverrideChange::kind)
                .containsExactly(OverrideKind.CHANGED);
    }

    @Test
    void overheadsAndDescriptionAreCompared() {
        Scenario now = plain(List.of(new Rule("A", 0, Level.REGION)))
                .withOverheads(Overheads.DEFAULT.with(Level.REGION, 0.10)).withDescription("now");
        Scenario then = now.withOverheads(Overheads.DEFAULT).withDescription("then");
        RestoreChanges changes = RestoreChanges.of(now, then);
        assertThat(changes.overheads()).containsExactly(new OverheadChange(Level.REGION, 0.10, 0.08));
        assertThat(changes.descriptionChanges()).isTrue();
        assertThat(changes.descriptionThen()).isEqualTo("then");
        assertThat(changes.cells()).isEmpty();
    }
}
