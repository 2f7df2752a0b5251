package nl.taakdiff.ui.librarypanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewScenarioFormTest {
    private Session session;
    private Messages dutch;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        dutch = new Messages(Messages.DUTCH);
        session = new Session(TestData.study(), new InlineJobs(), dutch);
        session.attach(library, library.scenarios(), false);
    }

    private NewScenarioForm form(Optional<Scenario> currentSituation) {
        return new NewScenarioForm(session, dutch, currentSituation);
    }

    @Test
    void offersACleanStartTheCurrentSituationAndACopyOfEveryScenario() {
        String task = session.study().tasks().get(0).code();
        Scenario situation = new Scenario("", "", Tiering.of(0), List.of(new Rule(task, 0, Level.REGION)), List.of(),
                Overheads.DEFAULT);
        NewScenarioForm form = form(Optional.of(situation));
        List<NewScenarioForm.Template> templates = form.templates();
        assertThat(templates).extracting(NewScenarioForm.Template::kind).startsWith(
                NewScenarioForm.Kind.MUNICIPALITY, NewScenarioForm.Kind.CURRENT_SITUATION, NewScenarioForm.Kind.COPY);
        assertThat(templates).hasSize(2 + session.scenarios().size());
        assertThat(templates.get(2).label()).isEqualTo("Kopie van het huidige scenario: " + session.current().name());
        assertThat(templates.subList(2, templates.size())).extracting(t -> t.source().name())
                .containsExactlyInAnyOrderElementsOf(session.names());
        assertThat(form.templateProperty().get().kind()).isEqualTo(NewScenarioForm.Kind.MUNICIPALITY);

        form.templateProperty().set(templates.get(1));
        Scenario made = form.scenario().orElseThrow();
        assertThat(made.rules()).isEqualTo(situation.rules());
        assertThat(made.name()).isEqualTo("Nieuw scenario");
    }

    @Test
    void withoutACurrentSituationItIsNotOffered() {
        assertThat(form(Optional.empty()).templates()).extracting(NewScenarioForm.Template::kind)
                .doesNotContain(NewScenarioForm.Kind.CURRENT_SITUATION);
    }

    @Test
    void theCleanStartPutsEveryTaskAtTheMunicipalityOnTheBaselinesClasses() {
        Scenario made = form(Optional.empty()).scenario().orElseThrow();
        Tiering tiering = session.baseline().tiering();
        assertThat(made.tiering()).isEqualTo(tiering);
        assertThat(made.rules()).hasSize(session.study().tasks().size() * tiering.size())
                .allMatch(r -> r.level() == Level.MUNICIPALITY);
        assertThat(made.overrides()).isEmpty();
    }

    @Test
    void theNameIsCheckedWhileTypingInDutch() {
        NewScenarioForm form = form(Optional.empty());
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.problemProperty().get()).isEmpty();

        form.nameProperty().set("   ");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo("Een scenario heeft een naam nodig.");
        assertThat(form.scenario()).isEmpty();

        String taken = session.names().get(0);
        form.nameProperty().set(taken.toUpperCase(java.util.Locale.ROOT));
        assertThat(form.problemProperty().get()).startsWith("Er is al een scenario met de naam");
        assertThat(form.validProperty().get()).isFalse();

        form.nameProperty().set("Twee\tdelen");
        assertThat(form.problemProperty().get()).contains("besturingstekens");

        form.nameProperty().set("  Regio Noord  ");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.scenario().orElseThrow().name()).isEqualTo("Regio Noord");
    }

    @Test
    void theProposedNameIsFree() {
        session.addScenario(session.current().withName("Nieuw scenario"), "command.create");
        assertThat(form(Optional.empty()).nameProperty().get()).isEqualTo("Nieuw scenario (2)");
    }

    @Test
    void aCopyKeepsTheSourceAllocationAndTakesTheNewDescription() {
        NewScenarioForm form = form(Optional.empty());
        NewScenarioForm.Template copy = form.templates().get(form.templates().size() - 1);
        form.templateProperty().set(copy);
        form.descriptionProperty().set(" Kleine gemeenten samen ");
        Scenario made = form.scenario().orElseThrow();
        assertThat(made.rules()).isEqualTo(copy.source().rules());
        assertThat(made.overrides()).isEqualTo(copy.source().overrides());
        assertThat(made.tiering()).isEqualTo(copy.source().tiering());
        assertThat(made.description()).isEqualTo("Kleine gemeenten samen");
    }
}
