package nl.taakdiff.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.DeferredJobs;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.sensitivity.SensitivityViewModel.RunState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SensitivityViewModelTest {
    private Session session;
    private CompareViewModel compare;
    private SensitivityViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        Messages messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        compare = new CompareViewModel(session, new InlineJobs(), messages);
        compare.request();
        model = new SensitivityViewModel(session, compare, new InlineJobs(), messages);
    }

    @Test
    void tornadoFollowsTheComparisonAndTheMetric() {
        Tornado tornado = model.tornado();
        assertThat(tornado).isNotNull();
        assertThat(tornado.delta()).isTrue();
        assertThat(tornado.metric()).isEqualTo(Metric.TOTAL_COST);
        double delta = compare.result().comparisons().get(0).metric(Metric.TOTAL_COST).delta();
        assertThat(tornado.baseValue()).isCloseTo(delta, org.assertj.core.api.Assertions.within(Math.abs(delta) * 1e-9));
        assertThat(model.titleProperty().get()).contains(compare.result().baseline().scenario().name());

        model.metricProperty().set(Metric.CAPACITY_RISK_PAIRS);
        assertThat(model.tornado().metric()).isEqualTo(Metric.CAPACITY_RISK_PAIRS);
        model.rangeProperty().set(0.5);
        assertThat(model.tornado().rows().get(0).parameter().low()).isNotNull();
    }

    @Test
    void monteCarloRunsIsReadOutAndIsMarkedOutdatedByAnEdit() {
        model.drawsProperty().set(1_000);
        model.run();
        assertThat(model.runStateProperty().get()).isEqualTo(RunState.DONE);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.uncertainty().draws()).isEqualTo(1_000);
        assertThat(model.readOut()).get().asString().matches("In \\d{1,3}\\.\\d% of the draws the alternative is cheaper\\.");
        assertThat(model.convergence()).get().asString().startsWith("1,000 draws; standard error");
        assertThat(model.outdatedProperty().get()).isFalse();

        String task = session.study().tasks().get(0).code();
        session.setLevels(Map.of(new Scenarios.Cell(task, 100_000), Level.STATE));
        compare.request();
        assertThat(model.outdatedProperty().get()).isTrue();
        assertThat(model.uncertainty()).as("old figures stay, marked").isNotNull();

        model.run();
        assertThat(model.outdatedProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheRunAndKeepsNoFigures() {
        DeferredJobs jobs = new DeferredJobs();
        SensitivityViewModel deferred = new SensitivityViewModel(session, compare, jobs,
                new Messages(Messages.ENGLISH));
        jobs.runAll();
        assertThat(deferred.tornado()).isNotNull();
        deferred.run();
        assertThat(deferred.runStateProperty().get()).isEqualTo(RunState.RUNNING);
        deferred.cancel();
        jobs.runAll();
        assertThat(deferred.runStateProperty().get()).isEqualTo(RunState.CANCELLED);
        assertThat(deferred.uncertainty()).isNull();
        assertThat(deferred.progressProperty().get()).isZero();
    }

    @Test
    void theReadOutSaysTheShareAsTheTablesDo() {
        model.drawsProperty().set(1_000);
        model.run();
        double cheaper = model.uncertainty().metric(Metric.TOTAL_COST).probabilityNegative();
        String share = new nl.taakdiff.ui.common.Formats(Messages.ENGLISH).percent(cheaper);
        assertThat(model.readOut()).get().asString()
                .isEqualTo("In " + share + " of the draws the alternative is cheaper.");
    }

    @Test
    void theTitleFollowsTheLanguage() {
        Messages messages = model.messages();
        messages.setLocale(Messages.DUTCH);
        assertThat(model.titleProperty().get()).startsWith("Verschil ");
        messages.setLocale(Messages.ENGLISH);
        assertThat(model.titleProperty().get()).startsWith("Difference of ");
    }

    @Test
    void aTaskRowSelectsTheTask() {
        model.showTask("JZ-SPEC");
        assertThat(session.selectedTaskProperty().get()).isEqualTo("JZ-SPEC");
    }
}
