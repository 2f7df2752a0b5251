package nl.taakdiff.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.library.LibraryException;
import nl.taakdiff.ui.library.ScenarioVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionTest {
    private InMemoryScenarioLibrary library;
    private Session session;

    static Session open(InMemoryScenarioLibrary library) throws LibraryException {
        Session session = new Session(TestData.study(), new InlineJobs(), new Messages(Messages.ENGLISH));
        session.attach(library, library.scenarios(), library.isReadOnly());
        return session;
    }

    @BeforeEach
    void setUp() throws LibraryException {
        library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        session = open(library);
    }

    private String firstTask() {
        return TestData.study().tasks().get(0).code();
    }

    @Test
    void opensWithTheUniformScenarioAsBaselineAndAnotherAsCurrent() {
        assertThat(session.baseline().isDifferentiated()).isFalse();
        assertThat(session.current().name()).isNotEqualTo(session.baseline().name());
        assertThat(session.saveStateProperty().get()).isEqualTo(Session.SaveState.IN_MEMORY);
    }

    @Test
    void setLevelsIsSavedAndUndoable() throws LibraryException {
        Scenario before = session.current();
        Scenarios.Cell cell = new Scenarios.Cell(firstTask(), 0);
        Level old = Scenarios.level(before, cell.taskCode(), 0);
        Level wanted = old == Level.STATE ? Level.PROVINCE : Level.STATE;
        assertThat(session.setLevels(Map.of(cell, wanted))).isTrue();
        assertThat(Scenarios.level(session.current(), cell.taskCode(), 0)).isEqualTo(wanted);
        assertThat(Scenarios.level(library.scenarios().get(1), cell.taskCode(), 0)).isEqualTo(wanted);

        session.history().undo();
        assertThat(session.current()).isEqualTo(before);
        assertThat(library.scenarios()).contains(before);
        session.history().redo();
        assertThat(Scenarios.level(session.current(), cell.taskCode(), 0)).isEqualTo(wanted);
    }

    @Test
    void settingTheSameLevelIsNotAnEdit() {
        Scenarios.Cell cell = new Scenarios.Cell(firstTask(), 0);
        Level same = Scenarios.level(session.current(), cell.taskCode(), 0);
        assertThat(session.setLevels(Map.of(cell, same))).isFalse();
        assertThat(session.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void createDuplicateRenameDeleteAndUndoThemAll() throws LibraryException {
        int count = session.scenarios().size();
        List<String> renames = new ArrayList<>();
        session.addRenameListener((a, b) -> renames.add(a + "->" + b));

        assertThat(session.createScenario("Fresh")).isPresent();
        assertThat(session.current().name()).isEqualTo("Fresh");
        assertThat(session.duplicate("Fresh", "Fresh copy")).isPresent();
        assertThat(session.rename("Fresh copy", "Renamed")).isTrue();
        assertThat(renames).containsExactly("Fresh copy->Renamed");
        assertThat(session.delete("Fresh")).isTrue();
        assertThat(session.names()).contains("Renamed").doesNotContain("Fresh", "Fresh copy");
        assertThat(library.scenarios()).extracting(Scenario::name).contains("Renamed").doesNotContain("Fresh");

        while (session.history().undo()) {
            // back to the start
        }
        assertThat(session.scenarios()).hasSize(count);
        assertThat(library.scenarios()).hasSize(count);
        assertThat(renames).containsExactly("Fresh copy->Renamed", "Renamed->Fresh copy");
    }

    @Test
    void namesMustBeUniqueAndNotBlank() {
        String taken = session.scenarios().get(0).name();
        assertThat(session.nameProblem(taken, null)).contains("name.problem.taken");
        assertThat(session.nameProblem("  ", null)).contains("name.problem.blank");
        assertThat(session.nameProblem(taken, taken)).isEmpty();
        assertThat(session.createScenario(taken)).isEmpty();
    }

    @Test
    void renamingTheBaselineKeepsItTheBaseline() {
        String baseline = session.baseline().name();
        session.rename(baseline, "Base");
        assertThat(session.baselineNameProperty().get()).isEqualTo("Base");
        session.history().undo();
        assertThat(session.baselineNameProperty().get()).isEqualTo(baseline);
    }

    @Test
    void deletingTheBaselineFallsBackAndUndoRestoresIt() {
        String baseline = session.baseline().name();
        session.delete(baseline);
        assertThat(session.baselineNameProperty().get()).isNotEqualTo(baseline);
        session.history().undo();
        assertThat(session.baselineNameProperty().get()).isEqualTo(baseline);
    }

    @Test
    void aReadOnlyWorkbookRefusesEdits() throws LibraryException {
        library.setReadOnly(true);
        Session readOnly = open(library);
        assertThat(readOnly.isEditable()).isFalse();
        assertThat(readOnly.createScenario("X")).isEmpty();
        assertThat(readOnly.saveStateProperty().get()).isEqualTo(Session.SaveState.READ_ONLY);
    }

    @Test
    void aFailedWriteKeepsTheEditAndReportsIt() throws LibraryException {
        List<Session.StoreFailure> failures = new ArrayList<>();
        session.setFailureHandler(failures::add);
        library.close();
        assertThat(session.createScenario("Kept")).isPresent();
        assertThat(session.names()).contains("Kept");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).error()).hasMessageContaining("closed");
        assertThat(session.saveStateProperty().get()).isEqualTo(Session.SaveState.FAILED);
    }

    @Test
    void versionsAreKeptPerScenario() throws LibraryException {
        String name = session.current().name();
        ScenarioVersion version = library.saveVersion(name, "v1");
        assertThat(library.versions(name)).containsExactly(version);
        assertThat(library.version(version)).isEqualTo(session.current());
    }
}
