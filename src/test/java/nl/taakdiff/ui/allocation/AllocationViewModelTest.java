package nl.taakdiff.ui.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.allocation.AllocationViewModel.CellRef;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AllocationViewModelTest {
    private Session session;
    private AllocationViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        session = new Session(TestData.study(), new InlineJobs(), new Messages(Messages.ENGLISH));
        session.attach(library, library.scenarios(), false);
        model = new AllocationViewModel(session);
    }

    @Test
    void aRowPerTaskAndACellPerSizeClass() {
        assertThat(model.rows()).hasSize(TestData.study().tasks().size());
        assertThat(model.rows().get(0).size()).isEqualTo(model.classesProperty().get().size());
        assertThat(model.rows().get(0).cell(0).get().level()).isNotNull();
    }

    @Test
    void cellsThatDifferFromTheBaselineAreCounted() {
        session.currentNameProperty().set(session.baselineNameProperty().get());
        assertThat(model.differingProperty().get()).isZero();
        session.currentNameProperty().set(session.scenarios().get(1).name());
        assertThat(model.differingProperty().get()).isPositive();
    }

    @Test
    void editsUpdateTheSameRowObjectsAndUndoRestores() {
        var row = model.rows().get(0);
        var cell = row.cell(0);
        Level before = cell.get().level();
        Level wanted = before == Level.STATE ? Level.PROVINCE : Level.STATE;
        assertThat(model.setLevel(List.of(new CellRef(0, 0)), wanted)).isTrue();
        assertThat(model.rows().get(0)).isSameAs(row);
        assertThat(cell.get().level()).isEqualTo(wanted);
        session.history().undo();
        assertThat(cell.get().level()).isEqualTo(before);
    }

    @Test
    void wholeRowAndColumnInOneUndoableEdit() {
        model.setRow(1, Level.PROVINCE);
        for (int c = 0; c < model.rows().get(1).size(); c++) {
            assertThat(model.rows().get(1).cell(c).get().level()).isEqualTo(Level.PROVINCE);
        }
        model.setColumn(0, Level.STATE);
        assertThat(model.rows()).allMatch(r -> r.cell(0).get().level() == Level.STATE);
        assertThat(session.history().nextUndoProperty().get().key()).isEqualTo("command.setLevels");
        session.history().undo();
        assertThat(model.rows().get(1).cell(0).get().level()).isEqualTo(Level.PROVINCE);
    }

    @Test
    void resetToBaselineClearsTheMarks() {
        model.setColumn(0, Level.STATE);
        assertThat(model.differingProperty().get()).isPositive();
        session.currentNameProperty().set(session.currentNameProperty().get());
        List<CellRef> all = new java.util.ArrayList<>();
        for (int r = 0; r < model.rows().size(); r++) {
            for (int c = 0; c < model.rows().get(r).size(); c++) {
                all.add(new CellRef(r, c));
            }
        }
        model.resetToBaseline(all);
        assertThat(model.differingProperty().get()).isZero();
    }

    @Test
    void numberKeysMapToLevels() {
        assertThat(AllocationViewModel.levelForKey("1")).isEqualTo(Level.MUNICIPALITY);
        assertThat(AllocationViewModel.levelForKey("5")).isEqualTo(Level.STATE);
        assertThat(AllocationViewModel.levelForKey("6")).isNull();
        assertThat(AllocationViewModel.levelForKey("a")).isNull();
    }

    @Test
    void overridesAreCountedInTheCellOfTheirTaskAndSizeClass() {
        var study = TestData.study();
        var tiering = session.current().tiering();
        var amsterdam = study.dataset().municipalities().stream().filter(m -> m.code().equals("GM0363")).findFirst()
                .orElseThrow();
        var small = study.dataset().municipalities().stream().filter(m -> m.population() < 20_000).limit(2).toList();
        String task = study.tasks().get(1).code();
        session.replaceOverrides(List.of(new nl.taakdiff.model.LevelOverride(small.get(0).code(), task, Level.PROVINCE,
                "pilot"), new nl.taakdiff.model.LevelOverride(small.get(1).code(), task, Level.STATE, ""),
                new nl.taakdiff.model.LevelOverride(amsterdam.code(), task, Level.REGION, "")), "test");

        int smallClass = tiering.classIndexOf(small.get(0).population());
        int largeClass = tiering.classIndexOf(amsterdam.population());
        var cells = model.rows().get(1);
        assertThat(cells.cell(smallClass).get().overrides()).extracting(o -> o.municipalityCode())
                .containsExactly(small.get(0).code(), small.get(1).code());
        assertThat(cells.cell(largeClass).get().overrides()).extracting(o -> o.municipalityCode())
                .containsExactly(amsterdam.code());
        assertThat(model.rows().get(0).cell(smallClass).get().overrides()).as("another task").isEmpty();
        assertThat(model.municipalityName(amsterdam.code())).isEqualTo("Amsterdam");
        session.history().undo();
        assertThat(cells.cell(smallClass).get().overrides()).isEmpty();
    }
}
