package nl.taakdiff.ui.explore;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.ExplorationException;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.Prices;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.LatestRequest;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.Session;

/**
 * The Explore view's state: the two prices, the allowed levels per task and the uniform-only
 * switch go in; the optimal rule set for the baseline (its size classes, overheads and overrides
 * kept), the frontier over risk prices and the workbook's scenarios as points come out. Work runs
 * on the compute thread; while one run is busy, newer requests fold into one follow-up run and only
 * the newest result is shown (latest wins).
 */
public final class ExploreViewModel {
    /** The right end of the risk-price slider and of the frontier, in euros per capacity-risk pair. */
    public static final double MAX_RISK_PRICE = 2_000_000;
    /** The right end of the control-price slider, in euros per euro not under direct control. */
    public static final double MAX_CONTROL_PRICE = 1.0;
    public static final int FRONTIER_POINTS = 50;

    private final Session session;
    private final Messages messages;
    private final ExploreComputation computation = new ExploreComputation();
    private final DoubleProperty riskPrice = new SimpleDoubleProperty(this, "riskPrice", 250_000);
    private final DoubleProperty controlPrice = new SimpleDoubleProperty(this, "controlPrice", 0.1);
    private final BooleanProperty uniformOnly = new SimpleBooleanProperty(this, "uniformOnly", false);
    private final Map<String, Map<Level, BooleanProperty>> allowed = new HashMap<>();
    private final ReadOnlyObjectWrapper<ExploreComputation.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyLongWrapper applied = new ReadOnlyLongWrapper(this, "applied", 0);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final LatestRequest<ExploreComputation.Result> latest;
    private boolean stale = true;

    public ExploreViewModel(Session session, Jobs jobs, Messages messages) {
        this.session = session;
        this.messages = messages;
        this.latest = new LatestRequest<>(jobs, () -> messages.get("explore.status"), new LatestRequest.Work<>() {
            @Override
            public Callable<ExploreComputation.Result> prepare(long request) {
                return exploration(request);
            }

            @Override
            public void show(long request, ExploreComputation.Result r, Throwable error) {
                apply(request, r, error != null ? describe(error) : r != null ? "" : messages.get("explore.noBaseline"));
            }
        });
        riskPrice.addListener((obs, old, now) -> request());
        controlPrice.addListener((obs, old, now) -> request());
        uniformOnly.addListener((obs, old, now) -> request());
        session.baselineNameProperty().addListener((obs, old, now) -> request());
        session.scenarioRevisionProperty().addListener((obs, old, now) -> request());
        active.addListener((obs, old, now) -> catchUp());
        presenting.addListener((obs, old, now) -> catchUp());
    }

    /**
     * Whether the view is on screen. Work is done only then, so edits elsewhere do not queue
     * explorations in front of the comparison on the compute thread; a change while hidden is
     * caught up when the view shows again.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Presentation mode shows the frontier too: while it is open the proposal is kept up to date. */
    public void setPresenting(boolean open) {
        presenting.set(open);
    }

    private boolean wanted() {
        return active.get() || presenting.get();
    }

    private void catchUp() {
        if (wanted() && stale) {
            request();
        }
    }

    public DoubleProperty riskPriceProperty() {
        return riskPrice;
    }

    public DoubleProperty controlPriceProperty() {
        return controlPrice;
    }

    public BooleanProperty uniformOnlyProperty() {
        return uniformOnly;
    }

    /** Whether the task may take the level; the last allowed level of a task cannot be switched off. */
    public BooleanProperty allowedProperty(String taskCode, Level level) {
        return allowed.computeIfAbsent(taskCode, code -> {
            Map<Level, BooleanProperty> levels = new EnumMap<>(Level.class);
            for (Level l : Level.values()) {
                BooleanProperty p = new SimpleBooleanProperty(this, "allowed-" + code + "-" + l.code(), true);
                p.addListener((obs, old, now) -> {
                    if (!now && levels.values().stream().noneMatch(BooleanProperty::get)) {
                        p.set(true);
                    } else {
                        request();
                    }
                });
                levels.put(l, p);
            }
            return levels;
        }).get(level);
    }

    public List<Task> tasks() {
        return session.study().tasks();
    }

    public Scenario baseline() {
        return session.baseline();
    }

    public ReadOnlyObjectProperty<ExploreComputation.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ExploreComputation.Result result() {
        return result.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return latest.computingProperty();
    }

    /** The request number of the result on screen; for tests and the latency harness. */
    public ReadOnlyLongProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public long requested() {
        return latest.requested();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    Prices prices() {
        return new Prices(Math.max(0, riskPrice.get()), Math.max(0, controlPrice.get()));
    }

    Constraints constraints() {
        Map<String, Set<Level>> levels = new LinkedHashMap<>();
        for (Task task : tasks()) {
            Map<Level, BooleanProperty> choices = allowed.get(task.code());
            if (choices != null) {
                Set<Level> set = EnumSet.noneOf(Level.class);
                choices.forEach((level, on) -> {
                    if (on.get()) {
                        set.add(level);
                    }
                });
                if (set.size() < Level.values().length) {
                    levels.put(task.code(), set);
                }
            }
        }
        return new Constraints(levels, uniformOnly.get());
    }

    /** Asks for a new proposal. */
    public void request() {
        if (!wanted()) {
            stale = true;
            return;
        }
        stale = false;
        latest.request();
    }

    /** The exploration from the current baseline, or null when there is none to explore from. */
    private Callable<ExploreComputation.Result> exploration(long id) {
        Scenario base = session.baseline();
        if (base == null || session.study().dataset().municipalities().isEmpty()) {
            return null;
        }
        ExploreComputation.Input input = new ExploreComputation.Input(id, session.study(), session.evaluator(), base,
                List.copyOf(session.scenarios()), prices(), constraints(),
                new PriceRange(0, MAX_RISK_PRICE, FRONTIER_POINTS));
        return () -> computation.run(input);
    }

    private String describe(Throwable error) {
        if (error instanceof ValidationException v) {
            return messages.get("explore.invalid", v.getMessage());
        }
        if (error instanceof ExplorationException e) {
            return messages.get("explore.impossible", e.getMessage());
        }
        return messages.get("explore.failed", ErrorTexts.of(error, messages));
    }

    private void apply(long id, ExploreComputation.Result r, String problemText) {
        result.set(r);
        problem.set(problemText);
        applied.set(id);
    }

    /** Whether the proposal's level of a cell differs from the baseline's. */
    public boolean differsFromBaseline(String taskCode, long minPopulation, Level level) {
        Scenario base = result.get() == null ? null : result.get().base().scenario();
        return base != null && base.rules().stream().anyMatch(r -> r.taskCode().equals(taskCode)
                && r.minPopulation() == minPopulation && r.level() != level);
    }

    /**
     * Adds the proposal on screen as a new scenario (one undoable edit) and selects it; empty when
     * there is no proposal or the workbook cannot be changed.
     */
    public Optional<Scenario> adopt() {
        ExploreComputation.Result r = result.get();
        if (r == null || !session.isEditable()) {
            return Optional.empty();
        }
        String stem = messages.get(r.proposal().uniform() ? "explore.adoptNameUniform" : "explore.adoptName");
        String name = stem;
        for (int i = 2; session.nameProblem(name, null).isPresent(); i++) {
            name = stem + " " + i;
        }
        var formats = messages.formats();
        String description = messages.get("explore.adoptDescription", formats.moneyWhole(r.proposal().prices().risk()),
                formats.money(r.proposal().prices().control()), r.base().scenario().name());
        return session.addScenario(r.proposal().scenario().withName(name).withDescription(description),
                "command.explore.adopt");
    }
}
