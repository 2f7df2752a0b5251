package nl.taakdiff.ui.librarypanel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.taakdiff.ui.ScriptedDialogs;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest {
    private Session session;
    private ScriptedDialogs dialogs;
    private LibraryViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        session = new Session(TestData.study(), new InlineJobs(), new Messages(Messages.ENGLISH));
        session.attach(library, library.scenarios(), false);
        dialogs = new ScriptedDialogs();
        model = new LibraryViewModel(session, new Messages(Messages.ENGLISH), dialogs);
    }

    @Test
    void createAsksForANameAndSelectsTheNewScenario() {
        dialogs.answer("Mine");
        model.create();
        assertThat(model.selectedNameProperty().get()).isEqualTo("Mine");
        assertThat(model.scenarios()).extracting(s -> s.name()).contains("Mine");
    }

    @Test
    void aTakenNameIsExplainedAndAskedAgain() {
        String taken = session.scenarios().get(0).name();
        dialogs.answer(taken).answer("Other");
        model.create();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("There is already a scenario called " + taken);
        assertThat(session.names()).contains("Other");
    }

    @Test
    void cancellingChangesNothing() {
        int count = session.scenarios().size();
        model.create();
        model.rename();
        assertThat(session.scenarios()).hasSize(count);
    }

    @Test
    void deleteAsksFirst() {
        String name = model.selectedNameProperty().get();
        dialogs.confirmations.add(false);
        model.delete();
        assertThat(session.names()).contains(name);
        dialogs.confirmations.add(true);
        model.delete();
        assertThat(session.names()).doesNotContain(name);
    }

    @Test
    void duplicateAndRename() {
        String name = model.selectedNameProperty().get();
        dialogs.answer("Copy");
        model.duplicate();
        assertThat(session.scenario("Copy").orElseThrow().rules()).isEqualTo(session.scenario(name).orElseThrow().rules());
        dialogs.answer("Better name");
        model.rename();
        assertThat(session.names()).contains("Better name").doesNotContain("Copy");
    }

    @Test
    void searchFiltersByName() {
        String name = session.scenarios().get(1).name();
        model.searchProperty().set(name.substring(0, 4).toUpperCase());
        assertThat(model.scenarios()).extracting(s -> s.name()).contains(name);
        model.searchProperty().set("zzz-no-match");
        assertThat(model.scenarios()).isEmpty();
    }
}
