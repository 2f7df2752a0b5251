package nl.taakdiff.ui.present;

import nl.taakdiff.engine.KeyFigures;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.ui.ScriptedDialogs;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.appraisal.AppraisalViewModel;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.engine.KeyFigures.Judgement;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.ui.map.MapViewModel;
import nl.taakdiff.ui.present.PresentationViewModel.Slide;
import nl.taakdiff.ui.sensitivity.SensitivityViewModel;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The slides of presentation mode without a toolkit: navigation, contents, both languages. */
class PresentationViewModelTest {
    private Session session;
    private Messages messages;
    private CompareViewModel compare;
    private PresentationViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        compare = new CompareViewModel(session, new InlineJobs(), messages);
        MapViewModel map = new MapViewModel(session, compare, new InlineJobs(), messages, new ScriptedDialogs());
        model = new PresentationViewModel(session, compare, map,
                new AppraisalViewModel(session, new InlineJobs(), messages, compare),
                new ExploreViewModel(session, new InlineJobs(), messages),
                new SensitivityViewModel(session, compare, new InlineJobs(), messages), messages);
    }

    @Test
    void stepsThroughEveryScreenFromTheTitleToTheLastPartOfTheAssumptionsAndStopsAtTheEnds() {
        assertThat(model.isShowing()).isFalse();
        model.open();
        assertThat(model.isShowing()).isTrue();
        assertThat(model.slide()).isEqualTo(Slide.TITLE);
        assertThat(model.previous()).isFalse();
        int parts = model.assumptionParts().size();
        assertThat(parts).as("the bundled catalogue does not fit on one screen").isGreaterThan(1);
        assertThat(model.count()).isEqualTo(Slide.values().length - 1 + parts);
        assertThat(model.counter()).isEqualTo("1 / " + model.count());
        assertThat(model.explore().result()).as("an open presentation keeps the exploration up to date").isNotNull();
        assertThat(model.subtitle(Slide.EXPLORE)).contains("per pair").contains(model.explore().baseline().name());
        for (Slide expected : List.of(Slide.OPTIONS, Slide.CLASS_COST, Slide.MAP, Slide.OUTCOMES, Slide.APPRAISAL,
                Slide.EXPLORE, Slide.TORNADO, Slide.UNCERTAINTY)) {
            assertThat(model.next()).isTrue();
            assertThat(model.slide()).isEqualTo(expected);
        }
        for (int part = 0; part < parts; part++) {
            assertThat(model.next()).isTrue();
            assertThat(model.page()).isEqualTo(new Page(Slide.ASSUMPTIONS, part, parts));
            assertThat(model.title(model.page())).isEqualTo("Assumptions (" + (part + 1) + "/" + parts + ")");
        }
        assertThat(model.next()).isFalse();
        assertThat(model.counter()).isEqualTo(model.count() + " / " + model.count());
        model.first();
        assertThat(model.slide()).isEqualTo(Slide.TITLE);
        model.last();
        assertThat(model.slide()).isEqualTo(Slide.ASSUMPTIONS);
        model.close();
        assertThat(model.isShowing()).isFalse();
        model.open();
        assertThat(model.slide()).as("a new presentation starts at the first slide").isEqualTo(Slide.TITLE);
    }

    @Test
    void theAssumptionScreensHoldEveryTaskOnceInCatalogueOrder() {
        var shown = model.assumptionParts().stream().flatMap(p -> p.tasks().stream()).toList();
        assertThat(shown).isEqualTo(model.tasks());
        assertThat(model.assumptionParts().get(0).scenarios()).extracting(PresentationViewModel.ScenarioAssumptions::name)
                .containsExactly(session.baseline().name(), session.current().name());
    }

    @Test
    void theTitleSlideNamesTheStudyScenariosDataSetAndDateInTheUiLanguage() {
        var date = java.time.LocalDate.of(2026, 3, 9);
        var facts = model.titleFacts(date);
        assertThat(facts).extracting(TitleFact::key).containsExactly("baseline", "alternatives", "dataset", "date");
        assertThat(facts.get(0).value()).isEqualTo(session.baseline().name());
        assertThat(facts.get(1).value()).isEqualTo(session.current().name());
        var dataset = session.study().dataset();
        assertThat(facts.get(2).value()).isEqualTo(dataset.name() + ": "
                + messages.formats().count(dataset.municipalities().size()) + " municipalities, "
                + messages.formats().count(session.study().tasks().size()) + " tasks");
        assertThat(facts.get(3).value()).isEqualTo("9 March 2026");
        assertThat(model.title(Slide.TITLE)).isEqualTo("test");
        messages.setLocale(Messages.DUTCH);
        assertThat(model.titleFacts(date).get(3)).isEqualTo(new TitleFact("date", "Datum", "9 maart 2026"));
        assertThat(model.titleFacts(date).get(2).value()).contains(" gemeenten, ");
    }

    @Test
    void theSizeClassSlideShowsTheDifferencesThemselvesWithDutchLabels() {
        messages.setLocale(Messages.DUTCH);
        var comparison = compare.result().comparisons().get(0);
        ClassDeltas deltas = model.classDeltas();
        assertThat(deltas.classes()).first().isEqualTo("minder dan 20.000");
        assertThat(deltas.series()).hasSize(1);
        var series = deltas.series().get(0);
        assertThat(series.name()).isEqualTo(session.current().name());
        for (int c = 0; c < comparison.classes().size(); c++) {
            var expected = comparison.classes().get(c);
            assertThat(series.values().get(c)).isEqualTo(
                    expected.alternativeCostPerInhabitant() - expected.baselineCostPerInhabitant());
            assertThat(series.labels().get(c)).matches("[+\u2212]€ \\d+,\\d\\d|±0");
        }
        assertThat(deltas.maxAbs()).isEqualTo(series.values().stream().mapToDouble(Math::abs).max().orElseThrow());
    }

    @Test
    void notesAreGeneratedFromEachScreenAndThePresentersEditsAreKept() {
        model.open();
        for (Page page : model.pages()) {
            assertThat(model.notes(page)).as(page.toString()).isNotBlank().doesNotContain("!present.");
        }
        Page options = model.page(1);
        var total = model.kpis().get(0);
        assertThat(model.notes(options)).startsWith("Total cost: " + total.baseline() + " → "
                + total.alternatives().get(0).value() + " (" + total.alternatives().get(0).delta() + ")");
        assertThat(model.notes(model.page(0))).contains(session.baseline().name()).contains(session.current().name());
        String winner = model.winners().get(0).name();
        assertThat(model.notes(new Page(Slide.OUTCOMES, 0, 1))).contains("Biggest winner: " + winner);
        model.editNotes(options, "Pause for questions.");
        assertThat(model.notes(options)).isEqualTo("Pause for questions.");
        model.editNotes(options, " ");
        assertThat(model.notes(options)).as("blank brings the generated notes back").startsWith("Total cost: ");
    }

    @Test
    void openingThePresentationRunsTheDrawsOfTheUncertaintySlideWithTheirSeed() {
        assertThat(model.sensitivity().uncertainty()).isNull();
        model.open();
        var result = model.sensitivity().uncertainty();
        assertThat(result).as("computed by the jobs, here inline").isNotNull();
        assertThat(result.settings().seed()).isEqualTo(1);
        String notes = model.notes(new Page(Slide.UNCERTAINTY, 0, 1));
        assertThat(notes).contains("of the draws the alternative is cheaper").contains("10,000 draws")
                .contains("seed 1").contains("Difference in total cost: between ");
        assertThat(model.notes(new Page(Slide.TORNADO, 0, 1))).startsWith("Difference with every assumption at its base value: ");
        assertThat(model.title(Slide.TORNADO)).isEqualTo("Which assumption decides? Total cost");
    }

    @Test
    void theOptionsSlideHasEveryKpiWithDeltas() {
        var rows = model.kpis();
        assertThat(rows).hasSize(KeyFigures.KPIS.size());
        var total = rows.get(0);
        assertThat(total.name()).isEqualTo("Total cost");
        assertThat(total.baseline()).startsWith("€").endsWith(" bn");
        assertThat(total.alternatives()).hasSize(1);
        assertThat(total.alternatives().get(0).delta()).matches("[+−±].*");
        var packages = rows.stream().filter(r -> r.key().equals("task_packages")).findFirst().orElseThrow();
        assertThat(packages.baseline()).isEqualTo("1");
        assertThat(packages.alternatives().get(0).judgement()).isEqualTo(Judgement.WORSE);
        assertThat(model.subtitle(Slide.OPTIONS))
                .isEqualTo("Baseline " + session.baseline().name() + " compared with " + session.current().name());
    }

    @Test
    void winnersAndLosersAreTheBiggestMoversOfTheFocusedAlternative() {
        var winners = model.winners();
        assertThat(winners).isNotEmpty().hasSizeLessThanOrEqualTo(PresentationViewModel.TOP);
        assertThat(winners.get(0).name()).isEqualTo("Schiermonnikoog");
        assertThat(winners.get(0).delta()).startsWith("−€");
        assertThat(model.losers()).allSatisfy(l -> assertThat(l.delta()).startsWith("+€"));
        assertThat(model.subtitle(Slide.OUTCOMES))
                .startsWith(session.current().name() + " compared with " + session.baseline().name() + ": ")
                .contains(" winners and ");
    }

    @Test
    void theAssumptionsNameTieringOverheadsTasksWithSourcesAndOverridesWithReasons() {
        String alternative = session.current().name();
        session.replaceOverrides(List.of(new LevelOverride("GM0088", "BZ", Level.MUNICIPALITY,
                "island: a ferry ride from the centre municipality")), "test");
        var assumptions = model.assumptions();
        assertThat(assumptions).extracting(PresentationViewModel.ScenarioAssumptions::name)
                .containsExactly(session.baseline().name(), alternative);
        assertThat(assumptions.get(0).tiering())
                .isEqualTo("Size classes: below 20,000 · 20,000 to 50,000 · 50,000 to 100,000 · 100,000 or more");
        assertThat(assumptions.get(0).overheads()).contains("Region 8.0%").contains("Centre municipality 3.0%");
        assertThat(assumptions.get(0).overrides()).isEmpty();
        assertThat(assumptions.get(1).overrides()).containsExactly(
                "Schiermonnikoog (GM0088) – BZ → Municipality: island: a ferry ride from the centre municipality");
        var tasks = model.tasks();
        assertThat(tasks).hasSize(TestData.study().tasks().size());
        assertThat(tasks).allSatisfy(t -> assertThat(t.source()).isNotBlank());
    }

    @Test
    void dutchTextsAndNumberFormats() {
        messages.setLocale(Messages.DUTCH);
        assertThat(model.title(Slide.OPTIONS)).isEqualTo("De opties naast elkaar");
        assertThat(model.title(Slide.OUTCOMES)).isEqualTo("Grootste winnaars en verliezers");
        assertThat(model.kpis().get(0).baseline()).matches("€ \\d+,\\d\\d mld");
        assertThat(model.kpis().get(0).name()).isEqualTo(messages.get("metric.total_cost"));
        assertThat(model.assumptions().get(0).tiering()).startsWith("Grootteklassen: minder dan 20.000 · 20.000 tot 50.000");
        assertThat(model.winners().get(0).delta()).startsWith("−€ ").contains(",");
        assertThat(model.classChart().orElseThrow().classes()).first().isEqualTo("minder dan 20.000");
    }

    @Test
    void withoutAComparisonEverySlideSaysWhatToDo() {
        compare.alternativeProperty(0).set(null);
        assertThat(model.result()).isNull();
        assertThat(model.subtitle(Slide.OPTIONS)).isEqualTo("There is nothing to present yet.");
        assertThat(model.kpis()).isEmpty();
        assertThat(model.winners()).isEmpty();
    }

    @Test
    void presentsOnASecondScreenWhenThereIsOne() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1280, 800);
        Rectangle2D beamer = new Rectangle2D(1280, 0, 1920, 1080);
        assertThat(PresentationWindow.chooseScreen(List.of(laptop), 640, 400, 0)).isEqualTo(0);
        assertThat(PresentationWindow.chooseScreen(List.of(laptop, beamer), 640, 400, 0)).isEqualTo(1);
        assertThat(PresentationWindow.chooseScreen(List.of(laptop, beamer), 2000, 500, 0)).isEqualTo(0);
        assertThat(PresentationWindow.chooseScreen(List.of(laptop, beamer), -5000, 0, 0)).as("window off screen")
                .isEqualTo(0);
    }

    @Test
    void onTheAppraisalSlideTheKeyboardMovesTheFocusedWeight() {
        model.open();
        while (model.slide() != Slide.APPRAISAL) {
            model.next();
        }
        var criteria = model.appraisal().criteria();
        double before = criteria.get(1).weightProperty().get();
        model.focusCriterion(1);
        model.nudgeWeight(0.5);
        assertThat(criteria.get(1).weightProperty().get()).isEqualTo(before + 0.5);
        model.focusCriterion(-5);
        assertThat(model.appraisalFocusProperty().get()).isZero();
        for (int i = 0; i < 10; i++) {
            model.nudgeWeight(-0.5);
        }
        assertThat(criteria.get(0).weightProperty().get()).isZero();
        assertThat(model.title(Slide.APPRAISAL)).isEqualTo("Weighing the options");
    }
}
