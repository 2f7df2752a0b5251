package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.Outcome;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.LatestRequest;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.Session;

/**
 * A baseline against one to three alternatives. Re-evaluates on the compute thread whenever a
 * scenario, the baseline or a chosen alternative changes; requests that arrive while one runs are
 * folded into one follow-up run, and only the newest result is shown.
 */
public final class CompareViewModel {
    public static final int MAX_ALTERNATIVES = 3;

    /** Which municipalities the table lists. */
    public enum OutcomeFilter { ALL, WINNERS, LOSERS }

    /** One evaluation run: the baseline and a comparison per alternative. */
    public record Result(long request, Evaluation baseline, List<Comparison> comparisons) {
        public Result {
            comparisons = List.copyOf(comparisons);
        }

        public List<String> alternativeNames() {
            return comparisons.stream().map(c -> c.alternative().scenario().name()).toList();
        }
    }

    private final Session session;
    private final Messages messages;
    private final List<StringProperty> alternatives = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyLongWrapper applied = new ReadOnlyLongWrapper(this, "applied", 0);
    private final IntegerProperty focus = new SimpleIntegerProperty(this, "focus", 0);
    private final ObjectProperty<OutcomeFilter> filter = new SimpleObjectProperty<>(this, "filter", OutcomeFilter.ALL);
    private final ObservableList<MunicipalityDelta> municipalities = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper winners = new ReadOnlyIntegerWrapper(this, "winners", 0);
    private final ReadOnlyIntegerWrapper losers = new ReadOnlyIntegerWrapper(this, "losers", 0);
    private final LatestRequest<Result> latest;

    public CompareViewModel(Session session, Jobs jobs, Messages messages) {
        this.session = session;
        this.messages = messages;
        this.latest = new LatestRequest<>(jobs, () -> messages.get("status.evaluating"), new LatestRequest.Work<>() {
            @Override
            public Callable<Result> prepare(long request) {
                return computation(request);
            }

            @Override
            public void show(long request, Result r, Throwable error) {
                apply(request, r, error != null ? describe(error) : r != null ? "" : missing());
            }
        });
        for (int i = 0; i < MAX_ALTERNATIVES; i++) {
            StringProperty alternative = new SimpleStringProperty(this, "alternative" + i);
            alternative.addListener((obs, old, now) -> request());
            alternatives.add(alternative);
        }
        session.baselineNameProperty().addListener((obs, old, now) -> request());
        session.scenarioRevisionProperty().addListener((obs, old, now) -> request());
        session.currentNameProperty().addListener((obs, old, now) -> followCurrent());
        session.addRenameListener((old, now) -> alternatives.forEach(a -> {
            if (old.equals(a.get())) {
                a.set(now);
            }
        }));
        focus.addListener((obs, old, now) -> updateMunicipalities());
        filter.addListener((obs, old, now) -> updateMunicipalities());
        followCurrent();
        request();
    }

    /** The first alternative follows the scenario selected in the library (unless that is the baseline). */
    private void followCurrent() {
        String current = session.currentNameProperty().get();
        if (current != null && !current.equals(session.baselineNameProperty().get())) {
            alternatives.get(0).set(current);
        } else if (alternatives.get(0).get() == null || session.scenario(alternatives.get(0).get()).isEmpty()) {
            alternatives.get(0).set(session.names().stream()
                    .filter(n -> !n.equals(session.baselineNameProperty().get())).findFirst().orElse(current));
        }
    }

    public StringProperty baselineNameProperty() {
        return session.baselineNameProperty();
    }

    /** The i-th alternative's name; null or an unknown name means none. */
    public StringProperty alternativeProperty(int index) {
        return alternatives.get(index);
    }

    public ObservableList<Scenario> scenarios() {
        return session.scenarios();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    /** Why nothing can be shown (e.g. a scenario that cannot be evaluated); empty when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return latest.computingProperty();
    }

    /** The request number of the result shown; for tests and the latency harness. */
    public ReadOnlyLongProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public long requested() {
        return latest.requested();
    }

    /** Which alternative the municipality table shows (0-based index into the result's comparisons). */
    public IntegerProperty focusProperty() {
        return focus;
    }

    public ObjectProperty<OutcomeFilter> filterProperty() {
        return filter;
    }

    public ObservableList<MunicipalityDelta> municipalities() {
        return municipalities;
    }

    public ReadOnlyIntegerProperty winnersProperty() {
        return winners.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty losersProperty() {
        return losers.getReadOnlyProperty();
    }

    /** Asks for a new evaluation. */
    public void request() {
        latest.request();
    }

    private record Input(Evaluator evaluator, Scenario baseline, List<Scenario> alternatives) {
    }

    /** The evaluation of the chosen scenarios, or null when a baseline or an alternative is missing. */
    private Callable<Result> computation(long id) {
        Scenario baseline = session.baseline();
        List<Scenario> chosen = new ArrayList<>();
        for (StringProperty name : alternatives) {
            session.scenario(name.get()).filter(s -> chosen.stream().noneMatch(c -> c.name().equals(s.name())))
                    .ifPresent(chosen::add);
        }
        if (baseline == null || chosen.isEmpty() || session.study().dataset().municipalities().isEmpty()) {
            return null;
        }
        Input input = new Input(session.evaluator(), baseline, List.copyOf(chosen));
        return () -> compute(id, input);
    }

    private String missing() {
        return session.baseline() == null ? messages.get("compare.noBaseline") : messages.get("compare.noAlternative");
    }

    private static Result compute(long id, Input input) {
        Evaluation base = input.evaluator().evaluate(input.baseline());
        List<Comparison> comparisons = new ArrayList<>();
        for (Scenario alternative : input.alternatives()) {
            Evaluation alt = input.evaluator().evaluate(alternative);
            comparisons.add(Comparison.of(base, alt));
        }
        return new Result(id, base, comparisons);
    }

    private String describe(Throwable error) {
        if (error instanceof ValidationException v) {
            List<String> lines = v.problems().stream().limit(5).map(Object::toString).toList();
            return messages.get("compare.invalid", String.join("; ", lines),
                    v.problems().size() > 5 ? v.problems().size() - 5 : 0);
        }
        return messages.get("compare.failed", ErrorTexts.of(error, messages));
    }

    private void apply(long id, Result r, String problemText) {
        result.set(r);
        problem.set(problemText);
        if (focus.get() >= (r == null ? 1 : r.comparisons().size())) {
            focus.set(0);
        }
        updateMunicipalities();
        applied.set(id);
    }

    private void updateMunicipalities() {
        Result r = result.get();
        if (r == null || r.comparisons().isEmpty()) {
            municipalities.clear();
            winners.set(0);
            losers.set(0);
            return;
        }
        Comparison comparison = r.comparisons().get(Math.max(0, Math.min(focus.get(), r.comparisons().size() - 1)));
        List<MunicipalityDelta> rows = new ArrayList<>();
        int w = 0;
        int l = 0;
        for (MunicipalityDelta m : comparison.municipalities()) {
            if (m.outcome() == Outcome.WINNER) {
                w++;
            } else if (m.outcome() == Outcome.LOSER) {
                l++;
            }
            boolean wanted = switch (filter.get()) {
                case ALL -> true;
                case WINNERS -> m.outcome() == Outcome.WINNER;
                case LOSERS -> m.outcome() == Outcome.LOSER;
            };
            if (wanted) {
                rows.add(m);
            }
        }
        rows.sort((a, b) -> Double.compare(a.deltaPerInhabitant(), b.deltaPerInhabitant()));
        municipalities.setAll(rows);
        winners.set(w);
        losers.set(l);
    }
}
