package nl.taakdiff.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.taakdiff.cli.Cli;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.WorkbookLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app and the CLI share one undo history, the workbook's journal: a real workbook file, the
 * app's session over it (store work inline), and the real CLI between the two.
 */
class OneHistoryTest {
    private static final String NAME = DefaultWorkbook.DIFFERENTIATED;

    @TempDir
    Path dir;
    private Path file;
    private WorkbookLibrary library;
    private Session session;

    @BeforeEach
    void create() throws Exception {
        file = dir.resolve("study.taakdiff");
        DefaultWorkbook.createSeeded(file).close();
        openApp();
    }

    @AfterEach
    void close() throws Exception {
        closeApp();
    }

    private void openApp() throws Exception {
        library = new WorkbookLibrary(Workbook.open(file));
        session = new Session(library.study(), new InlineJobs(), new Messages(Messages.ENGLISH));
        session.attach(library, library.scenarios(), library.isReadOnly(), library.study());
        session.currentNameProperty().set(NAME);
    }

    private void closeApp() throws Exception {
        if (library != null) {
            library.close();
            library = null;
        }
    }

    private Scenario stored() throws Exception {
        try (Workbook wb = Workbook.open(file)) {
            return wb.scenario(NAME);
        }
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        int status = Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
        assertThat(status).as("exit status of %s", String.join(" ", args)).isZero();
        return out.toString().strip();
    }

    /** Sets the first cell of the current scenario to a level it does not have. */
    private Scenario editFirstCell() {
        Scenario before = session.current();
        String task = before.rules().get(0).taskCode();
        long bound = before.rules().get(0).minPopulation();
        Level other = before.rules().get(0).level() == Level.STATE ? Level.PROVINCE : Level.STATE;
        assertThat(session.setLevels(Map.of(new Scenarios.Cell(task, bound), other))).isTrue();
        return before;
    }

    @Test
    void anEditUndoneInTheAppIsNotReappliedByTheCliUndo() throws Exception {
        Scenario original = editFirstCell();
        assertThat(session.history().undo()).isTrue();
        assertThat(session.current()).isEqualTo(original);
        closeApp();

        assertThat(stored()).isEqualTo(original);
        assertThat(cli("scenario", "undo", "--workbook", file.toString(), NAME)).isEqualTo("Nothing to undo");
        assertThat(stored()).as("the CLI's undo must not bring back what the app undid").isEqualTo(original);
        assertThat(cli("scenario", "redo", "--workbook", file.toString(), NAME)).startsWith("Redone");
        assertThat(stored()).isNotEqualTo(original);
    }

    @Test
    void undoWorksAfterReopeningAndSaysWhatItUndoes() throws Exception {
        Scenario original = editFirstCell();
        Scenario edited = session.current();
        closeApp();

        openApp();
        assertThat(session.current()).isEqualTo(edited);
        assertThat(session.history().canUndoProperty().get()).isTrue();
        assertThat(session.history().nextUndoProperty().get().key()).isEqualTo("command.setLevel");
        assertThat(session.history().undo()).isTrue();
        assertThat(session.current()).isEqualTo(original);
        assertThat(session.history().nextRedoProperty().get().key()).isEqualTo("command.setLevel");
        closeApp();
        assertThat(stored()).isEqualTo(original);
    }

    @Test
    void theAppUndoesWhatTheCliDidAndTheCliUndoesWhatTheAppDid() throws Exception {
        closeApp();
        cli("scenario", "describe", "--workbook", file.toString(), "--name", NAME, "--description", "From the CLI");

        openApp();
        Scenario described = session.current();
        assertThat(described.description()).isEqualTo("From the CLI");
        assertThat(session.history().nextUndoProperty().get().key()).isEqualTo(EditLabel.OTHER);
        Scenario beforeEdit = editFirstCell();
        assertThat(beforeEdit).isEqualTo(described);
        closeApp();

        assertThat(cli("scenario", "undo", "--workbook", file.toString(), NAME)).startsWith("Undone");
        assertThat(stored()).isEqualTo(described);

        openApp();
        assertThat(session.history().undo()).isTrue();
        assertThat(session.current().description()).isNotEqualTo("From the CLI");
        assertThat(session.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void creatingDeletingAndTheCatalogueAreStepsOfTheSameHistory() throws Exception {
        List<Task> tasks = session.study().tasks();
        Task first = tasks.get(0);
        List<Task> changed = new java.util.ArrayList<>(tasks);
        changed.set(0, new Task(first.code(), first.name() + " (edited)", first.domain(), first.unitCost() + 1,
                first.fixedCost(), first.minScale(), first.regionType(), first.source(), first.ranges()));
        assertThat(session.createScenario("Nieuw")).isPresent();
        assertThat(session.setTasks(changed, EditLabel.of("command.editTask", "name", first.code()))).isTrue();
        assertThat(session.delete(NAME)).isTrue();
        closeApp();

        openApp();
        assertThat(session.scenario(NAME)).isEmpty();
        assertThat(session.study().tasks()).isEqualTo(changed);
        assertThat(session.history().undo()).isTrue();
        assertThat(session.scenario(NAME)).as("the delete is undone").isPresent();
        assertThat(session.history().undo()).isTrue();
        assertThat(session.study().tasks()).as("the catalogue edit is undone").isEqualTo(tasks);
        assertThat(session.history().undo()).isTrue();
        assertThat(session.scenario("Nieuw")).as("the creation is undone").isEmpty();
        closeApp();

        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.hasScenario("Nieuw")).isFalse();
            assertThat(wb.hasScenario(NAME)).isTrue();
            assertThat(wb.tasks()).isEqualTo(tasks);
            assertThat(wb.history().redo()).isPresent();
        }
    }
}
