package nl.taakdiff.ui.sensitivity;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.RunMonitor;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Session;

/**
 * Sensitivity and uncertainty of the comparison on screen (the baseline against the first
 * alternative of the Compare view). The tornado is cheap, so it follows every edit; a Monte Carlo
 * run is started by the analyst, reports progress, can be cancelled, and is marked outdated as
 * soon as an edit or a new range makes its figures stale, rather than silently showing them.
 */
public final class SensitivityViewModel {
    /** Draws the analyst can choose, up to the limit the command line has too. */
    public static final List<Integer> DRAW_CHOICES = List.of(1_000, 10_000, 50_000, MonteCarloSettings.MAX_DRAWS);
    public static final List<Double> RANGE_CHOICES = List.of(0.1, 0.2, 0.3, 0.5);

    /** Where a Monte Carlo run stands. */
    public enum RunState { NONE, RUNNING, DONE, CANCELLED, FAILED }

    private final Session session;
    private final Jobs jobs;
    private final Messages messages;
    private final CompareViewModel compare;
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.TOTAL_COST);
    private final DoubleProperty range = new SimpleDoubleProperty(this, "range", ParameterSpace.DEFAULT_RELATIVE_RANGE);
    private final ReadOnlyObjectWrapper<Tornado> tornado = new ReadOnlyObjectWrapper<>(this, "tornado");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final IntegerProperty draws = new SimpleIntegerProperty(this, "draws", MonteCarloSettings.DEFAULT_DRAWS);
    private final ObjectProperty<Distribution> distribution =
            new SimpleObjectProperty<>(this, "distribution", Distribution.TRIANGULAR);
    private final ReadOnlyObjectWrapper<RunState> runState = new ReadOnlyObjectWrapper<>(this, "runState", RunState.NONE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<UncertaintyResult> uncertainty = new ReadOnlyObjectWrapper<>(this, "uncertainty");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated", false);
    private LinearComparison compiled;
    private long requests;
    private RunMonitor monitor = new RunMonitor(share -> {
    });

    public SensitivityViewModel(Session session, CompareViewModel compare, Jobs jobs, Messages messages) {
        this.session = session;
        this.compare = compare;
        this.jobs = jobs;
        this.messages = messages;
        compare.resultProperty().addListener((obs, old, now) -> refresh(true));
        range.addListener((obs, old, now) -> refresh(true));
        metric.addListener((obs, old, now) -> refresh(false));
        // The title names the pair in the window's language.
        messages.localeProperty().addListener((obs, old, now) -> refresh(false));
        refresh(false);
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** The relative range of parameters without catalogue bounds, and of overhead rates. */
    public DoubleProperty rangeProperty() {
        return range;
    }

    public ReadOnlyObjectProperty<Tornado> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    public Tornado tornado() {
        return tornado.get();
    }

    /** "Baseline → alternative", or empty without a comparison. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public IntegerProperty drawsProperty() {
        return draws;
    }

    public ObjectProperty<Distribution> distributionProperty() {
        return distribution;
    }

    public ReadOnlyObjectProperty<RunState> runStateProperty() {
        return runState.getReadOnlyProperty();
    }

    /** Share of the draws done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UncertaintyResult> uncertaintyProperty() {
        return uncertainty.getReadOnlyProperty();
    }

    public UncertaintyResult uncertainty() {
        return uncertainty.get();
    }

    /** True when the shown Monte Carlo figures no longer match the scenarios or the range. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    public Session session() {
        return session;
    }

    public Messages messages() {
        return messages;
    }

    /** Recompiles the comparison on screen and its tornado, off the FX thread. */
    private void refresh(boolean inputsChanged) {
        if (inputsChanged && uncertainty.get() != null) {
            outdated.set(true);
        }
        CompareViewModel.Result result = compare.result();
        if (result == null || result.comparisons().isEmpty()) {
            compiled = null;
            tornado.set(null);
            title.set("");
            problem.set(messages.get("sensitivity.noComparison"));
            return;
        }
        Comparison comparison = result.comparisons().get(0);
        Metric chosen = metric.get();
        double relative = range.get();
        long request = ++requests;
        jobs.compute(messages.get("sensitivity.computing"), () -> {
            var baseline = comparison.baseline();
            ParameterSpace space = ParameterSpace.of(baseline.study().tasks(), baseline.scenario().overheads(), relative);
            LinearComparison linear = LinearComparison.compile(new Evaluator(baseline.study()), baseline.scenario(),
                    comparison.alternative().scenario(), space, comparison.threshold());
            return new Compiled(linear, Tornado.ofDelta(linear, chosen));
        }, done -> {
            if (request != requests) {
                return;
            }
            compiled = done.comparison();
            tornado.set(done.tornado());
            title.set(messages.get("sensitivity.title.pair", comparison.baseline().scenario().name(),
                    comparison.alternative().scenario().name()));
            problem.set("");
        }, failure -> {
            if (request == requests) {
                compiled = null;
                tornado.set(null);
                problem.set(messages.get("sensitivity.failed", ErrorTexts.of(failure, messages)));
            }
        });
    }

    private record Compiled(LinearComparison comparison, Tornado tornado) {
    }

    /** Starts a Monte Carlo run of the comparison on screen; ignored while one runs. */
    public void run() {
        LinearComparison linear = compiled;
        if (linear == null || runState.get() == RunState.RUNNING) {
            return;
        }
        MonteCarloSettings settings = new MonteCarloSettings(draws.get(), 1, distribution.get(), linear.threshold());
        RunMonitor monitor = new RunMonitor(share -> {
            if (runState.get() == RunState.RUNNING) {
                progress.set(share);
            }
        });
        this.monitor = monitor;
        runState.set(RunState.RUNNING);
        progress.set(0);
        jobs.compute(messages.get("uncertainty.running"), () -> MonteCarlo.run(linear, settings, monitor), result -> {
            uncertainty.set(result);
            outdated.set(linear != compiled);
            progress.set(1);
            runState.set(RunState.DONE);
        }, failure -> {
            progress.set(0);
            if (failure instanceof CancellationException) {
                runState.set(RunState.CANCELLED);
            } else {
                runState.set(RunState.FAILED);
                problem.set(messages.get("sensitivity.failed", ErrorTexts.of(failure, messages)));
            }
        });
    }

    /** Asks a running Monte Carlo run to stop after its current block of draws. */
    public void cancel() {
        monitor.cancel();
    }

    /** The sentence to read out: in what share of the draws the alternative costs less in total. */
    public Optional<String> readOut() {
        UncertaintyResult r = uncertainty.get();
        if (r == null) {
            return Optional.empty();
        }
        double cheaper = r.metric(Metric.TOTAL_COST).probabilityNegative();
        return Optional.of(messages.get("uncertainty.readout", messages.formats().percent(cheaper)));
    }

    /** The standard error of the mean delta of the chosen metric, as a sentence. */
    public Optional<String> convergence() {
        UncertaintyResult r = uncertainty.get();
        if (r == null) {
            return Optional.empty();
        }
        Metric m = metric.get();
        return Optional.of(messages.get("uncertainty.convergence", messages.formats().count(r.draws()),
                messages.formats().value(m.unit(), r.standardError(m), false),
                messages.formats().percent(r.probabilityNegativeError(Metric.TOTAL_COST))));
    }

    /** Selects a task, so that the Tasks view shows it. */
    public void showTask(String code) {
        session.selectedTaskProperty().set(code);
    }
}
