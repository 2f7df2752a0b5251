package nl.taakdiff.ui.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.tiering.TieringViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalitiesViewModelTest {
    private InMemoryScenarioLibrary library;
    private Session session;
    private MunicipalitiesViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        Messages messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        model = new MunicipalitiesViewModel(session, new InlineJobs(), messages);
    }

    private Municipality municipality(String name) {
        return TestData.study().dataset().municipalities().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyMunicipalityHasAClassAndACost() {
        assertThat(model.filtered()).hasSize(342);
        assertThat(model.rows()).allSatisfy(r -> {
            assertThat(r.sizeClassProperty().get()).isNotNull();
            assertThat(r.costProperty().get()).isPositive();
            assertThat(r.costPerInhabitant()).isEqualTo(r.costProperty().get() / r.municipality().population());
        });
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.provinces()).hasSize(12);
        assertThat(model.regionTypes()).contains("jeugdregio", "veiligheidsregio");
    }

    @Test
    void filtersByTextSizeClassAndProvince() {
        model.textProperty().set("amsterdam");
        assertThat(model.filtered()).extracting(r -> r.municipality().name()).contains("Amsterdam");
        model.textProperty().set("GM0363");
        assertThat(model.filtered()).extracting(r -> r.municipality().name()).containsExactly("Amsterdam");
        model.textProperty().set("");
        model.sizeClassFilterProperty().set(3);
        assertThat(model.filtered()).isNotEmpty().allMatch(r -> r.municipality().population() >= 100_000);
        int large = model.filtered().size();
        model.provinceFilterProperty().set("Utrecht");
        assertThat(model.filtered()).hasSizeLessThan(large).allMatch(r -> r.municipality().province().equals("Utrecht"));
        model.provinceFilterProperty().set("");
        model.sizeClassFilterProperty().set(-1);
        assertThat(model.filtered()).hasSize(342);
    }

    @Test
    void followsTheTieringOfTheCurrentScenario() {
        TieringViewModel tiering = new TieringViewModel(session, new Messages(Messages.ENGLISH));
        tiering.usePreset(TieringViewModel.Preset.CBS_8);
        model.sizeClassFilterProperty().set(3);
        assertThat(tiering.apply()).isTrue();
        assertThat(model.classesProperty().get()).hasSize(8);
        model.sizeClassFilterProperty().set(7);
        assertThat(model.filtered()).hasSize(4);
        session.history().undo();
        assertThat(model.classesProperty().get()).hasSize(4);
        assertThat(model.sizeClassFilterProperty().get()).isEqualTo(-1);
    }

    @Test
    void overridesAreAddedChangedAndRemovedAsUndoableEditsAndSaved() throws Exception {
        Scenario before = session.current();
        Municipality m = municipality("Vlieland");
        Task task = TestData.study().tasks().get(0);
        assertThat(model.overrideProblem(m.code(), task.code(), Level.STATE, " ", -1)).contains(
                "Give the reason for the override.");
        assertThat(model.addOverride(m.code(), task.code(), Level.STATE, "")).isFalse();
        double cost = model.rows().stream().filter(r -> r.municipality() == m).findFirst().orElseThrow()
                .costProperty().get();

        assertThat(model.addOverride(m.code(), task.code(), Level.STATE, " Island ")).isTrue();
        LevelOverride added = new LevelOverride(m.code(), task.code(), Level.STATE, "Island");
        assertThat(session.current().overrides()).containsExactly(added);
        assertThat(library.scenarios().stream().filter(s -> s.name().equals(before.name())).findFirst().orElseThrow()
                .overrides()).containsExactly(added);
        assertThat(model.overrides()).singleElement().satisfies(o -> {
            assertThat(o.municipalityName()).isEqualTo("Vlieland");
            assertThat(o.taskName()).isEqualTo(task.name());
        });
        var row = model.rows().stream().filter(r -> r.municipality() == m).findFirst().orElseThrow();
        assertThat(row.overridesProperty().get()).isEqualTo(1);
        assertThat(row.costProperty().get()).isNotEqualTo(cost);
        assertThat(model.overrideProblem(m.code(), task.code(), Level.PROVINCE, "x", -1)).get().asString()
                .contains("already has an override");

        assertThat(model.updateOverride(0, m.code(), task.code(), Level.PROVINCE, "Island, by the province")).isTrue();
        assertThat(session.current().overrides()).containsExactly(
                new LevelOverride(m.code(), task.code(), Level.PROVINCE, "Island, by the province"));
        assertThat(model.removeOverrides(List.of(0))).isTrue();
        assertThat(session.current().overrides()).isEmpty();

        session.history().undo();
        session.history().undo();
        assertThat(session.current().overrides()).containsExactly(added);
        session.history().undo();
        assertThat(session.current()).isEqualTo(before);
        assertThat(row.costProperty().get()).isEqualTo(cost);
    }

    @Test
    void theChoicesFollowTheDataAndTheCatalogue() {
        assertThat(model.municipalityChoices()).hasSize(342);
        assertThat(model.municipalityChoices().get(0).name()).isLessThanOrEqualTo(model.municipalityChoices().get(1).name());
        Task first = TestData.study().tasks().get(0);
        List<Task> changed = new java.util.ArrayList<>(TestData.study().tasks());
        changed.set(0, new Task(first.code(), "Renamed", first.domain(), first.unitCost(), first.fixedCost(),
                first.minScale(), first.regionType(), first.source()));
        assertThat(session.setTasks(changed, nl.taakdiff.ui.session.EditLabel.of("x"))).isTrue();
        assertThat(model.taskChoices().get(0).name()).isEqualTo("Renamed");
    }

    @Test
    void theRuleLevelIsShownForTheChosenPair() {
        Municipality m = municipality("Amsterdam");
        Task task = TestData.study().tasks().get(0);
        assertThat(model.ruleLevel(m.code(), task.code())).isNotNull();
        assertThat(model.ruleLevel(null, task.code())).isNull();
    }
}
