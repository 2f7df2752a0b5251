package nl.taakdiff.ui.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TieringViewModelTest {
    private InMemoryScenarioLibrary library;
    private Session session;
    private Messages messages;
    private TieringViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        model = new TieringViewModel(session, messages);
    }

    private void type(String... bounds) {
        while (model.bounds().size() < bounds.length) {
            model.addClass();
        }
        while (model.bounds().size() > bounds.length) {
            model.removeClass(model.bounds().size() - 1);
        }
        for (int i = 0; i < bounds.length; i++) {
            model.bounds().get(i).textProperty().set(bounds[i]);
        }
    }

    @Test
    void showsTheScenarioTieringWithCounts() {
        assertThat(model.bounds()).extracting(b -> b.textProperty().get()).containsExactly("0", "20,000", "50,000", "100,000");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.changedProperty().get()).isFalse();
        assertThat(model.preview()).hasSize(4);
        // CBS 2025: 66 municipalities below 20,000, 180 to 50,000, 64 to 100,000 and 32 above.
        assertThat(model.preview()).extracting(TieringViewModel.ClassCount::municipalities).containsExactly(66, 180, 64, 32);
        assertThat(model.preview().stream().mapToLong(TieringViewModel.ClassCount::inhabitants).sum())
                .isEqualTo(TestData.study().dataset().totalPopulation());
    }

    @Test
    void saysWhatIsWrongAndNeverAppliesAnInvalidTiering() {
        Scenario before = session.current();
        type("100", "20,000");
        assertThat(model.problems()).containsExactly("The first class must start at 0, not at 100.");
        type("0", "50,000", "20,000");
        assertThat(model.problems()).containsExactly(
                "Class 3 starts at 20,000, which is not above the start of the class before it (50,000); bounds must increase.");
        assertThat(model.bounds().get(2).problemProperty().get()).startsWith("Class 3 starts");
        type("0", "2x");
        assertThat(model.problems()).hasSize(1).first().asString().startsWith("Class 2: This is not a number");
        type("0", "");
        assertThat(model.problems()).first().asString().startsWith("Class 2: Enter a number");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.preview()).isEmpty();
        assertThat(model.apply()).isFalse();
        assertThat(session.current()).isEqualTo(before);
        assertThat(session.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void theCbsPresetHasEightClasses() {
        model.usePreset(TieringViewModel.Preset.CBS_8);
        assertThat(model.draft()).isEqualTo(Tiering.of(0, 5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000));
        assertThat(model.preview()).hasSize(8);
        assertThat(model.preview().get(7).municipalities()).isEqualTo(4); // Amsterdam, Rotterdam, Den Haag, Utrecht
        assertThat(TieringViewModel.Preset.POLICY_4.tiering()).isEqualTo(Tiering.DEFAULT);
    }

    @Test
    void applyingRemapsTheRulesInOneUndoableEdit() throws Exception {
        Scenario before = session.current();
        model.usePreset(TieringViewModel.Preset.CBS_8);
        assertThat(model.apply()).isTrue();
        Scenario after = session.current();
        assertThat(after.tiering().size()).isEqualTo(8);
        assertThat(Validator.validate(session.study(), after)).isEmpty();
        String task = TestData.study().tasks().get(0).code();
        // 5,000 and 10,000 fall in the old class from 0; 150,000 and 250,000 in the old class from 100,000
        assertThat(Scenarios.level(after, task, 10_000)).isEqualTo(Scenarios.level(before, task, 0));
        assertThat(Scenarios.level(after, task, 250_000)).isEqualTo(Scenarios.level(before, task, 100_000));
        assertThat(library.scenarios()).contains(after);
        assertThat(session.history().nextUndoProperty().get().key()).isEqualTo("command.tiering");
        assertThat(model.bounds()).hasSize(8);

        session.history().undo();
        assertThat(session.current()).isEqualTo(before);
        assertThat(library.scenarios()).contains(before);
        assertThat(model.bounds()).hasSize(4);
    }

    @Test
    void remapTakesTheLevelOfTheOldClassHoldingTheNewLowerBound() {
        Scenario s = new Scenario("s", "", Tiering.of(0, 20_000), List.of(new Rule("A", 0, Level.REGION),
                new Rule("A", 20_000, Level.MUNICIPALITY)), List.of(), nl.taakdiff.model.Overheads.DEFAULT);
        Scenario r = TieringViewModel.remap(s, Tiering.of(0, 10_000, 30_000));
        assertThat(r.rules()).containsExactly(new Rule("A", 0, Level.REGION), new Rule("A", 10_000, Level.REGION),
                new Rule("A", 30_000, Level.MUNICIPALITY));
        assertThat(r.overrides()).isEqualTo(s.overrides());
    }

    @Test
    void dutchBoundsUseDutchNumbers() {
        messages.setLocale(Messages.DUTCH);
        assertThat(model.bounds()).extracting(b -> b.textProperty().get()).containsExactly("0", "20.000", "50.000", "100.000");
        type("0", "20.000", "15.000");
        assertThat(model.problems()).first().asString().contains("Klasse 3 begint bij 15.000");
    }
}
