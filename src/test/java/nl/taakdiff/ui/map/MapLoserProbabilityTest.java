package nl.taakdiff.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.MapColouring.Mode;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.MunicipalitySpread;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.ScriptedDialogs;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.DeferredJobs;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.map.LoserProbabilities.State;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's loser-probability mode: a Monte Carlo run in the background, with progress and cancel. */
class MapLoserProbabilityTest {
    private Session session;
    private Messages messages;
    private CompareViewModel compare;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        compare = new CompareViewModel(session, new InlineJobs(), messages);
    }

    private MapViewModel map(Jobs jobs) {
        return new MapViewModel(session, compare, jobs, messages, new ScriptedDialogs());
    }

    /** The same run as the map's, computed here from the engine. */
    private static UncertaintyResult expected(Comparison c) {
        var baseline = c.baseline();
        ParameterSpace space = ParameterSpace.of(baseline.study().tasks(), baseline.scenario().overheads(),
                ParameterSpace.DEFAULT_RELATIVE_RANGE);
        LinearComparison linear = LinearComparison.compile(new Evaluator(baseline.study()), baseline.scenario(),
                c.alternative().scenario(), space, c.threshold());
        MonteCarloSettings d = MonteCarloSettings.defaults();
        return MonteCarlo.run(linear, new MonteCarloSettings(d.draws(), d.seed(), d.distribution(), c.threshold()),
                MonteCarlo.Monitor.NONE);
    }

    @Test
    void coloursEachMunicipalityByItsShareOfLosingDrawsWithDrawsAndSeedShown() {
        MapViewModel model = map(new InlineJobs());
        model.modeProperty().set(Mode.LOSER_PROBABILITY);

        assertThat(model.loserProbabilities().stateProperty().get()).isEqualTo(State.DONE);
        Comparison shown = compare.result().comparisons().get(0);
        UncertaintyResult expected = expected(shown);
        Choropleth choropleth = model.map().choropleth();
        for (MunicipalitySpread m : expected.municipalities()) {
            assertThat(choropleth.values().get(m.code())).as(m.code()).isEqualTo(m.probabilityLoser());
        }
        assertThat(choropleth.legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("below 5%", "5% to 35%", "35% to 65%", "65% to 95%", "95% or more");
        assertThat(choropleth.legend()).extracting(Choropleth.LegendEntry::colour).containsExactlyElementsOf(Palettes.RISK);
        assertThat(model.map().title()).isEqualTo("Probability of being a loser");
        assertThat(model.map().unit()).isEqualTo("share of the draws");
        assertThat(model.map().subtitle()).isEqualTo(shown.alternative().scenario().name() + " compared with "
                + shown.baseline().scenario().name() + "; 10,000 draws, seed 1; a loser pays more than €1.00 per"
                + " inhabitant extra");
        assertThat(model.problemProperty().get()).isEmpty();

        String code = expected.municipalities().get(0).code();
        MunicipalitySpread first = expected.municipalities().get(0);
        assertThat(model.details(code)).contains(
                new MapViewModel.Detail("Probability of being a loser", messages.formats().percent(first.probabilityLoser())),
                new MapViewModel.Detail("Draws", "10,000 (seed 1)"));

        messages.setLocale(Messages.DUTCH);
        assertThat(model.map().choropleth().legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("minder dan 5 %", "5 % tot 35 %", "35 % tot 65 %", "65 % tot 95 %", "95 % of meer");
        assertThat(model.map().subtitle()).contains("10.000 trekkingen, startgetal 1");
        assertThat(model.details(code)).extracting(MapViewModel.Detail::label)
                .contains("Kans om verliezer te zijn", "Verandering per inwoner, p5 tot p95", "Trekkingen");
    }

    @Test
    void anEditStartsANewRunInsteadOfShowingOldFigures() {
        MapViewModel model = map(new InlineJobs());
        model.modeProperty().set(Mode.LOSER_PROBABILITY);
        UncertaintyResult before = model.map().uncertainty();

        String task = TestData.study().tasks().get(0).code();
        session.setLevels(Map.of(new Scenarios.Cell(task, 100_000), Level.STATE));

        Comparison now = compare.result().comparisons().get(0);
        assertThat(model.map().comparison()).isSameAs(now);
        assertThat(model.map().uncertainty()).isNotSameAs(before);
        assertThat(model.map().uncertainty().municipalities()).isEqualTo(expected(now).municipalities());
    }

    @Test
    void theRunShowsProgressCanBeCancelledAndStartedAgain() {
        DeferredJobs jobs = new DeferredJobs();
        MapViewModel model = map(jobs);
        jobs.runAll();
        LoserProbabilities run = model.loserProbabilities();

        model.modeProperty().set(Mode.LOSER_PROBABILITY);
        assertThat(run.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(model.map()).as("no colours before the run is done").isNull();
        assertThat(model.problemProperty().get()).isEqualTo(
                "Computing the probability of being a loser over 10,000 draws…");

        run.cancel();
        jobs.runAll();
        assertThat(run.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(run.progressProperty().get()).isZero();
        assertThat(model.map()).isNull();
        assertThat(model.problemProperty().get()).startsWith("Cancelled");

        run.restart();
        assertThat(run.stateProperty().get()).isEqualTo(State.RUNNING);
        jobs.runAll();
        assertThat(run.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(run.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.map().choropleth().values()).hasSize(TestData.study().dataset().municipalities().size());
    }

    @Test
    void leavingTheModeStopsAnUnfinishedRun() {
        DeferredJobs jobs = new DeferredJobs();
        MapViewModel model = map(jobs);
        jobs.runAll();
        model.modeProperty().set(Mode.LOSER_PROBABILITY);
        model.modeProperty().set(Mode.SIZE_CLASS);
        assertThat(model.loserProbabilities().stateProperty().get()).isEqualTo(State.IDLE);
        jobs.runAll();
        assertThat(model.loserProbabilities().stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(model.map().choropleth().mode()).isEqualTo(Mode.SIZE_CLASS);
    }
}
