package nl.taakdiff.ui.librarypanel;

import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_EN;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.ScriptedDialogs;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.EditLabel;
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
        model = new LibraryViewModel(session, new Messages(Messages.ENGLISH), dialogs, new InlineJobs());
    }

    @Test
    void createAddsTheScenarioOfTheFormAndSelectsIt() {
        List<NewScenarioForm> asked = new ArrayList<>();
        Scenario copied = session.scenarios().get(session.scenarios().size() - 1);
        model.setNewScenarioPrompt(form -> {
            asked.add(form);
            form.nameProperty().set("Mine");
            form.descriptionProperty().set("  Pooling youth care  ");
            form.templateProperty().set(form.templates().stream()
                    .filter(t -> t.kind() == NewScenarioForm.Kind.COPY && t.source().name().equals(copied.name()))
                    .findFirst().orElseThrow());
            return form.scenario();
        });
        model.create();
        assertThat(asked).hasSize(1);
        Scenario created = session.scenario("Mine").orElseThrow();
        assertThat(model.selectedNameProperty().get()).isEqualTo("Mine");
        assertThat(created.description()).isEqualTo("Pooling youth care");
        assertThat(created.rules()).isEqualTo(copied.rules());
        assertThat(session.history().nextUndoProperty().get()).isEqualTo(EditLabel.of("command.create", "Mine"));
        session.history().undo();
        assertThat(session.names()).doesNotContain("Mine");
    }

    @Test
    void aCancelledFormCreatesNothing() {
        int count = session.scenarios().size();
        model.setNewScenarioPrompt(form -> Optional.empty());
        model.create();
        assertThat(session.scenarios()).hasSize(count);
    }

    @Test
    void aTakenNameIsExplainedAndAskedAgainWhenDuplicating() {
        String taken = session.scenarios().get(0).name();
        dialogs.answer(taken).answer("Other");
        model.duplicate();
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
    void theDescriptionIsEditedAsOneUndoableStep() {
        String name = model.selectedNameProperty().get();
        String before = session.scenario(name).orElseThrow().description();
        dialogs.answer("  Small towns work together  ");
        model.describe();
        assertThat(session.scenario(name).orElseThrow().description()).isEqualTo("Small towns work together");
        assertThat(session.history().nextUndoProperty().get()).isEqualTo(EditLabel.of("command.describe", name));
        session.history().undo();
        assertThat(session.scenario(name).orElseThrow().description()).isEqualTo(before);
    }

    @Test
    void aShippedDescriptionReadsInTheUisLanguageAndStaysStoredWhenLeftUnchanged() {
        String name = model.selectedNameProperty().get();
        Scenario scenario = session.scenario(name).orElseThrow();
        session.replace(scenario, scenario.withDescription(DIFFERENTIATED_NL), EditLabel.of("command.describe", name));
        Scenario stored = session.scenario(name).orElseThrow();

        assertThat(model.description(stored)).isEqualTo(DIFFERENTIATED_EN);
        model.searchProperty().set("scale-sensitive");
        assertThat(model.scenarios()).extracting(Scenario::name).containsExactly(name);
        model.searchProperty().set("");

        dialogs.answer(DIFFERENTIATED_EN);
        model.describe();
        assertThat(session.scenario(name).orElseThrow().description()).isEqualTo(DIFFERENTIATED_NL);
        dialogs.answer("Small municipalities pass scale-sensitive tasks to the region.");
        model.describe();
        assertThat(session.scenario(name).orElseThrow().description())
                .isEqualTo("Small municipalities pass scale-sensitive tasks to the region.");
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
