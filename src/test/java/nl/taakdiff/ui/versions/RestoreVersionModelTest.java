package nl.taakdiff.ui.versions;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.CURRENT_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.library.ScenarioVersion;
import nl.taakdiff.ui.session.EditLabel;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestoreVersionModelTest {
    private final Messages dutch = new Messages(Messages.DUTCH);
    private InMemoryScenarioLibrary library;
    private Session session;

    @BeforeEach
    void setUp() throws Exception {
        library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        session = new Session(TestData.study(), new InlineJobs(), dutch);
        session.attach(library, library.scenarios(), false);
    }

    private RestoreVersionModel model() throws Exception {
        Scenario current = session.current();
        return new RestoreVersionModel(library, current, library.versions(current.name()), session.evaluator(),
                new InlineJobs(), dutch);
    }

    /** Sets the first class of the first task to another level; answers the level it had. */
    private Level changeFirstCell() {
        Task task = session.study().tasks().get(0);
        long firstClass = session.current().tiering().lowerBounds().get(0);
        Level before = Scenarios.level(session.current(), task.code(), firstClass);
        assertThat(session.setLevels(Map.of(new Scenarios.Cell(task.code(), firstClass),
                before == Level.STATE ? Level.REGION : Level.STATE))).isTrue();
        return before;
    }

    @Test
    void aVersionEqualToTheScenarioSaysSo() throws Exception {
        library.saveVersion(session.current().name(), "Vandaag");
        RestoreVersionModel model = model();
        assertThat(model.versions()).extracting(ScenarioVersion::label).containsExactly("Vandaag");
        RestoreVersionModel.Preview preview = model.previewProperty().get();
        assertThat(preview.isEmpty()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(
                "Deze versie is gelijk aan het scenario zoals het nu is; terugzetten verandert niets.");
        assertThat(preview.cost()).startsWith("Totale kosten: nu € ").endsWith("(±0)");
    }

    @Test
    void changesSinceTheVersionAreListedInDutchWithTheCostDifference() throws Exception {
        String name = session.current().name();
        library.saveVersion(name, "Voor de wijziging");
        Task task = session.study().tasks().get(0);
        long firstClass = session.current().tiering().lowerBounds().get(0);
        Level before = changeFirstCell();
        Level after = Scenarios.level(session.current(), task.code(), firstClass);
        Municipality town = session.study().dataset().municipalities().get(0);
        Scenario edited = session.current().withOverrides(List.of(new LevelOverride(town.code(), task.code(),
                Level.CENTRE, "samenwerking")));
        assertThat(session.replace(session.current(), edited, EditLabel.of("command.importOverrides", "x"))).isTrue();

        RestoreVersionModel model = model();
        RestoreVersionModel.Preview preview = model.previewProperty().get();
        assertThat(preview.rows()).containsExactly(
                new RestoreRows.Row(task.name() + ", " + dutch.formats().sizeClass(
                        session.current().tiering().classes().get(0)) + " inwoners",
                        dutch.level(after), dutch.level(before)),
                new RestoreRows.Row("Uitzondering vervalt: " + town.name() + ", " + task.name(),
                        dutch.level(Level.CENTRE) + " (samenwerking)", "—"));
        assertThat(model.statusProperty().get()).isEqualTo("2 verschillen met het scenario zoals het nu is:");
        assertThat(preview.cost()).startsWith("Totale kosten: nu € ").doesNotEndWith("(±0)");
        assertThat(model.chosen()).contains(preview);
        assertThat(preview.scenario().name()).isEqualTo(name);
        assertThat(preview.scenario().overrides()).isEmpty();
        assertThat(Scenarios.level(preview.scenario(), task.code(), firstClass)).isEqualTo(before);
    }

    @Test
    void eachSelectionShowsItsOwnVersion() throws Exception {
        String name = session.current().name();
        library.saveVersion(name, "Eerste");
        changeFirstCell();
        library.saveVersion(name, "Tweede");
        RestoreVersionModel model = model();
        assertThat(model.selectedProperty().get().label()).isEqualTo("Tweede");
        assertThat(model.previewProperty().get().isEmpty()).isTrue();
        model.selectedProperty().set(model.versions().get(1));
        assertThat(model.previewProperty().get().version().label()).isEqualTo("Eerste");
        assertThat(model.previewProperty().get().rows()).hasSize(1);
        assertThat(model.chosen()).isPresent();
    }

    private void describe(String text) {
        assertThat(session.replace(session.current(), session.current().withDescription(text),
                EditLabel.of("command.describe", session.current().name()))).isTrue();
    }

    @Test
    void aShippedDescriptionIsShownInDutchInTheDutchUi() throws Exception {
        describe(CURRENT_EN); // as a workbook of an older release stores it
        library.saveVersion(session.current().name(), "Oud");
        describe("Eigen tekst van de analist");
        RestoreVersionModel.Preview preview = model().previewProperty().get();
        assertThat(preview.rows()).containsExactly(
                new RestoreRows.Row("Beschrijving", "Eigen tekst van de analist", CURRENT_NL));
    }

    @Test
    void oneShippedDescriptionInTheOtherLanguageIsNoChange() throws Exception {
        describe(CURRENT_EN);
        library.saveVersion(session.current().name(), "Oud");
        describe(CURRENT_NL);
        RestoreVersionModel model = model();
        assertThat(model.previewProperty().get().rows()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo(
                "Deze versie is gelijk aan het scenario zoals het nu is; terugzetten verandert niets.");
    }
}
