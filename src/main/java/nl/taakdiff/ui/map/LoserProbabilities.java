package nl.taakdiff.ui.map;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.MunicipalitySpread;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.RunMonitor;

/**
 * The Monte Carlo run behind the map's loser-probability mode: the comparison on the map under the
 * default draws (every parameter within its catalogue range, else the default relative range),
 * computed on the compute thread with progress and cancel. A result belongs to one comparison
 * object; a new comparison (after any edit) starts a new run, so the map never colours by
 * figures of other assumptions.
 */
public final class LoserProbabilities {
    /** Where the run for the comparison on the map stands. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private static final MonteCarloSettings DRAWS = MonteCarloSettings.defaults();

    private final Jobs jobs;
    private final Messages messages;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private Comparison comparison;
    private UncertaintyResult result;
    private String failure = "";
    private RunMonitor monitor = new RunMonitor(share -> {
    });
    private long requests;
    private boolean starting;

    /** {@code changed} is called on the FX thread when a run ends, so that the map is rebuilt. */
    LoserProbabilities(Jobs jobs, Messages messages, Runnable changed) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Share of the draws done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * While the map {@code shows} this mode: the result for this comparison if it is there, else
     * null and the run for it is started, unless the run for this very comparison was cancelled or
     * failed (then {@link #restart()} starts it again). In another mode: null, and an unfinished
     * run is stopped.
     */
    UncertaintyResult follow(boolean shows, Comparison wanted) {
        if (!shows) {
            leave();
            return null;
        }
        if (wanted != comparison) {
            start(wanted);
        }
        return state.get() == State.DONE ? result : null;
    }

    /** Computes the current comparison again, after a cancel or a failure. */
    public void restart() {
        if (comparison != null && state.get() != State.RUNNING) {
            start(comparison);
            changed.run();
        }
    }

    /** Stops a running run after its current block of draws. */
    public void cancel() {
        monitor.cancel();
    }

    /** Stops and forgets an unfinished run; a finished result is kept for a return to this mode. */
    private void leave() {
        if (state.get() != State.DONE && state.get() != State.IDLE) {
            monitor.cancel();
            requests++;
            comparison = null;
            progress.set(0);
            state.set(State.IDLE);
        }
    }

    private void start(Comparison wanted) {
        monitor.cancel();
        long request = ++requests;
        comparison = wanted;
        result = null;
        RunMonitor running = new RunMonitor(share -> {
            if (request == requests) {
                progress.set(share);
            }
        });
        monitor = running;
        progress.set(0);
        state.set(State.RUNNING);
        Evaluation baseline = wanted.baseline();
        Evaluation alternative = wanted.alternative();
        double threshold = wanted.threshold();
        starting = true;
        try {
            jobs.compute(messages.get("map.loser.running"), () -> {
                ParameterSpace space = ParameterSpace.of(baseline.study().tasks(), baseline.scenario().overheads(),
                        ParameterSpace.DEFAULT_RELATIVE_RANGE);
                LinearComparison linear = LinearComparison.compile(new Evaluator(baseline.study()),
                        baseline.scenario(), alternative.scenario(), space, threshold);
                return MonteCarlo.run(linear, new MonteCarloSettings(DRAWS.draws(), DRAWS.seed(),
                        DRAWS.distribution(), threshold), running);
            }, done -> finish(request, done, null), error -> finish(request, null, error));
        } finally {
            starting = false;
        }
    }

    private void finish(long request, UncertaintyResult done, Throwable error) {
        if (request != requests) {
            return;
        }
        result = done;
        if (done != null) {
            progress.set(1);
            state.set(State.DONE);
        } else {
            progress.set(0);
            failure = ErrorTexts.of(error, messages);
            state.set(error instanceof CancellationException ? State.CANCELLED : State.FAILED);
        }
        if (!starting) {
            changed.run();
        }
    }

    /** Why there is no map yet: running, cancelled or failed. */
    String status() {
        return switch (state.get()) {
            case RUNNING -> messages.get("map.loser.running.detail", messages.formats().count(DRAWS.draws()));
            case CANCELLED -> messages.get("map.loser.cancelled");
            case FAILED -> messages.get("map.loser.failed", failure);
            case IDLE, DONE -> "";
        };
    }

    /** Under the legend title: the comparison, draws, seed and loser threshold. */
    String subtitle(Comparison shown, UncertaintyResult r) {
        return messages.get("map.subtitle.loser", shown.alternative().scenario().name(),
                shown.baseline().scenario().name(), messages.formats().count(r.draws()),
                Long.toString(r.settings().seed()), messages.formats().money(r.settings().threshold()));
    }

    /**
     * The figures of municipality {@code m} (data set order) over the draws, for details and tooltip;
     * none without a run or for a municipality not in it ({@code m < 0}).
     */
    static List<MapViewModel.Detail> details(UncertaintyResult r, int m, Messages messages) {
        if (r == null || m < 0) {
            return List.of();
        }
        MunicipalitySpread s = r.municipalities().get(m);
        Formats f = messages.formats();
        return List.of(
                new MapViewModel.Detail(messages.get("map.info.loserProbability"), f.percent(s.probabilityLoser())),
                new MapViewModel.Detail(messages.get("map.info.changeRange"),
                        messages.get("map.info.changeRange.value", f.delta(Unit.MONEY, s.p5(), false),
                                f.delta(Unit.MONEY, s.p95(), false))),
                new MapViewModel.Detail(messages.get("map.info.draws"), messages.get("map.info.draws.value",
                        f.count(r.draws()), Long.toString(r.settings().seed()))));
    }
}
