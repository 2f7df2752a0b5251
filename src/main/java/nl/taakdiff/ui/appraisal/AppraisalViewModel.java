package nl.taakdiff.ui.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.engine.appraisal.Acceptability;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.Measure;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.Performance;
import nl.taakdiff.engine.appraisal.Performances;
import nl.taakdiff.engine.appraisal.RankAcceptability;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.engine.appraisal.StabilityInterval;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.store.HistoryStep;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.EditLabel;

/**
 * The appraisal of options on weighted criteria. The options are evaluated on the compute thread
 * into a performance table over every measure; criteria, directions, thresholds and the method are
 * applied on the FX thread (cheap), and a weight move only re-sums the partial scores, so ranking
 * and stability follow a slider at once. Rank acceptability (10,000 draws) runs on the compute
 * thread, newest request only. Weight sets are kept in the workbook; save, rename, delete and
 * switch are undoable commands.
 */
public final class AppraisalViewModel {
    /** Criteria shown when the workbook has no weight sets of its own. */
    static final List<Criterion> STARTING_CRITERIA = List.of(
            Criterion.of(Measure.COST_PER_INHABITANT, 1), Criterion.of(Measure.DIRECT_CONTROL_SHARE, 1),
            Criterion.of(Measure.CAPACITY_RISK_MUNICIPALITIES, 1), Criterion.of(Measure.JOINT_ARRANGEMENTS, 1),
            Criterion.of(Measure.TASK_PACKAGES, 1), Criterion.of(Measure.LOSERS, 1));
    /** The set shown first when the workbook has it. */
    static final String PREFERRED_SET = "Gelijk";
    public static final int DRAWS = RankAcceptability.DEFAULT_DRAWS;
    /** Weight set changes go into the workbook's journal, so their undo survives a restart. */
    private static final String STORE_ACTION = "store.weightSet";

    private final Session session;
    private final Jobs jobs;
    private final Messages messages;
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList();
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method", Method.WEIGHTED_SUM);
    private final ObservableList<WeightSet> weightSets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper activeSet = new ReadOnlyStringWrapper(this, "activeSet");
    private final ReadOnlyObjectWrapper<Appraisal> appraisal = new ReadOnlyObjectWrapper<>(this, "appraisal");
    private final ReadOnlyObjectWrapper<List<RankedOption>> ranking = new ReadOnlyObjectWrapper<>(this, "ranking", List.of());
    private final ReadOnlyObjectWrapper<List<StabilityInterval>> stability =
            new ReadOnlyObjectWrapper<>(this, "stability", List.of());
    private final ReadOnlyObjectWrapper<Acceptability> acceptability = new ReadOnlyObjectWrapper<>(this, "acceptability");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final InvalidationListener reweigh = obs -> reweigh();
    private final InvalidationListener reappraise = obs -> reappraise();
    private Performance performance;
    private boolean customOptions;
    private boolean applying;
    private long evaluationRequested;
    private boolean evaluating;
    private long acceptabilityRequested;
    private boolean accepting;

    public AppraisalViewModel(Session session, Jobs jobs, Messages messages, CompareViewModel compare) {
        this.session = session;
        this.jobs = jobs;
        this.messages = messages;
        apply(new AppraisalState(null, Method.WEIGHTED_SUM, STARTING_CRITERIA));
        method.addListener(reappraise);
        criteria.addListener((ListChangeListener<CriterionRow>) change -> reappraise());
        options.addListener((ListChangeListener<String>) change -> evaluate());
        compare.resultProperty().addListener((obs, old, now) -> followComparison(now));
        followComparison(compare.result());
        session.scenarioRevisionProperty().addListener((obs, old, now) -> evaluate());
        session.addRenameListener((old, now) -> options.replaceAll(n -> n.equals(old) ? now : n));
        session.libraryProperty().addListener((obs, old, now) -> loadWeightSets(now));
        session.history().onStep(this::followStep);
        loadWeightSets(session.library());
    }

    // ---------------------------------------------------------------------------------------
    // Options

    public ObservableList<String> options() {
        return options;
    }

    /** The scenarios that can be options. */
    public List<String> scenarioNames() {
        return session.names();
    }

    /** Chooses the options; from then on they no longer follow the comparison. */
    public void setOptions(List<String> names) {
        customOptions = true;
        options.setAll(names.stream().distinct().limit(Performance.MAX_OPTIONS).toList());
    }

    /** Until the analyst picks options: the comparison's baseline and alternatives. */
    private void followComparison(CompareViewModel.Result result) {
        if (customOptions || result == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(result.baseline().scenario().name());
        names.addAll(result.alternativeNames());
        List<String> distinct = names.stream().distinct().toList();
        if (!distinct.equals(options)) {
            options.setAll(distinct);
        }
    }

    private record Input(Evaluator evaluator, List<Scenario> scenarios) {
    }

    private void evaluate() {
        evaluationRequested++;
        if (!evaluating) {
            launchEvaluation();
        }
    }

    private void launchEvaluation() {
        long id = evaluationRequested;
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : options) {
            session.scenario(name).ifPresent(scenarios::add);
        }
        if (scenarios.size() < Performance.MIN_OPTIONS) {
            performance = null;
            reappraise();
            return;
        }
        Input input = new Input(session.evaluator(), scenarios);
        evaluating = true;
        jobs.compute(messages.get("status.evaluating"), () -> measure(input), p -> {
            evaluating = false;
            if (id == evaluationRequested) {
                performance = p;
                reappraise();
            } else {
                launchEvaluation();
            }
        }, error -> {
            evaluating = false;
            if (id == evaluationRequested) {
                performance = null;
                appraisal.set(null);
                ranking.set(List.of());
                stability.set(List.of());
                acceptability.set(null);
                problem.set(error instanceof ValidationException v
                        ? messages.get("appraisal.invalid", v.problems().get(0).toString())
                        : messages.get("appraisal.failed", ErrorTexts.of(error, messages)));
                revision.set(revision.get() + 1);
            } else {
                launchEvaluation();
            }
        });
    }

    /** Every measure of every option, so that changing the criteria needs no new evaluation. */
    private static Performance measure(Input input) {
        List<Evaluation> evaluations = input.scenarios().stream().map(input.evaluator()::evaluate).toList();
        return Performances.of(evaluations, List.of(Measure.values()), nl.taakdiff.engine.Comparison.DEFAULT_THRESHOLD);
    }

    // ---------------------------------------------------------------------------------------
    // Criteria and results

    public ObservableList<CriterionRow> criteria() {
        return criteria;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    /** Measures not yet used as a criterion, for the "add criterion" choice. */
    public List<Measure> unusedMeasures() {
        List<Measure> unused = new ArrayList<>(List.of(Measure.values()));
        criteria.forEach(r -> unused.remove(r.measure()));
        return unused;
    }

    public void addCriterion(Measure measure) {
        if (unusedMeasures().contains(measure)) {
            criteria.add(row(Criterion.of(measure, 1)));
        }
    }

    public void removeCriterion(CriterionRow row) {
        if (criteria.size() > 1) {
            criteria.remove(row);
        }
    }

    public ReadOnlyObjectProperty<Appraisal> appraisalProperty() {
        return appraisal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RankedOption>> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<StabilityInterval>> stabilityProperty() {
        return stability.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Acceptability> acceptabilityProperty() {
        return acceptability.getReadOnlyProperty();
    }

    /** Why no ranking can be shown; empty when fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Counts every new ranking; for tests and the latency harness. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private CriterionRow row(Criterion c) {
        CriterionRow row = new CriterionRow(c);
        row.weightProperty().addListener(reweigh);
        row.directionProperty().addListener(reappraise);
        row.indifferenceProperty().addListener(reappraise);
        row.preferenceProperty().addListener(reappraise);
        return row;
    }

    private List<Criterion> currentCriteria() {
        return criteria.stream().map(CriterionRow::criterion).toList();
    }

    /** Criteria, directions, thresholds or the method changed: a new appraisal of the same performance. */
    private void reappraise() {
        if (applying) {
            return;
        }
        Performance full = performance;
        if (full == null) {
            show(null, options.size() < Performance.MIN_OPTIONS ? messages.get("appraisal.fewOptions") : "");
            return;
        }
        List<Criterion> chosen = currentCriteria();
        if (chosen.stream().allMatch(c -> c.weight() == 0)) {
            show(null, messages.get("appraisal.noWeight"));
            return;
        }
        double[][] values = new double[full.optionCount()][chosen.size()];
        for (int c = 0; c < chosen.size(); c++) {
            int column = full.measures().indexOf(chosen.get(c).measure());
            for (int i = 0; i < full.optionCount(); i++) {
                values[i][c] = full.value(i, column);
            }
        }
        Performance projected = new Performance(full.options(), chosen.stream().map(Criterion::measure).toList(), values);
        show(Appraisal.of(projected, chosen, method.get()), "");
    }

    /** Only a weight moved: re-sum the partial scores of the appraisal shown. */
    private void reweigh() {
        Appraisal a = appraisal.get();
        if (applying) {
            return;
        }
        if (a == null || a.criteria().size() != criteria.size()) {
            reappraise();
            return;
        }
        double[] weights = new double[criteria.size()];
        double sum = 0;
        for (int c = 0; c < weights.length; c++) {
            weights[c] = Math.max(0, criteria.get(c).weightProperty().get());
            sum += weights[c];
        }
        if (sum == 0) {
            show(null, messages.get("appraisal.noWeight"));
            return;
        }
        show(a.withWeights(weights), "");
    }

    private void show(Appraisal a, String problemText) {
        appraisal.set(a);
        ranking.set(a == null ? List.of() : a.ranking());
        stability.set(a == null ? List.of() : a.stability());
        problem.set(problemText);
        if (a == null) {
            acceptability.set(null);
        } else {
            requestAcceptability();
        }
        revision.set(revision.get() + 1);
    }

    private void requestAcceptability() {
        acceptabilityRequested++;
        if (!accepting) {
            launchAcceptability();
        }
    }

    private void launchAcceptability() {
        long id = acceptabilityRequested;
        Appraisal a = appraisal.get();
        if (a == null) {
            return;
        }
        accepting = true;
        jobs.compute(messages.get("status.appraising"), () -> RankAcceptability.compute(a, DRAWS,
                RankAcceptability.DEFAULT_SEED), result -> {
                    accepting = false;
                    if (id == acceptabilityRequested) {
                        acceptability.set(result);
                    } else {
                        launchAcceptability();
                    }
                }, error -> {
                    accepting = false;
                    if (id != acceptabilityRequested) {
                        launchAcceptability();
                    }
                });
    }

    // ---------------------------------------------------------------------------------------
    // Weight sets

    public ObservableList<WeightSet> weightSets() {
        return weightSets;
    }

    /** The name of the weight set whose weights are shown; null after edits that are not saved as a set. */
    public ReadOnlyStringProperty activeSetProperty() {
        return activeSet.getReadOnlyProperty();
    }

    public boolean canEditSets() {
        return session.isEditable() && session.library() != null;
    }

    public Optional<WeightSet> weightSet(String name) {
        return weightSets.stream().filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    private void loadWeightSets(ScenarioLibrary library) {
        if (library == null) {
            weightSets.clear();
            return;
        }
        jobs.store(messages.get("status.loading"), library::weightSets, sets -> {
            if (session.library() != library) {
                return;
            }
            weightSets.setAll(sets);
            if (activeSet.get() == null || weightSet(activeSet.get()).isEmpty()) {
                weightSet(PREFERRED_SET).or(() -> sets.stream().findFirst())
                        .ifPresent(s -> apply(new AppraisalState(s.name(), s.method(), s.criteria())));
            }
        }, error -> problem.set(messages.get("appraisal.setsFailed", ErrorTexts.of(error, messages))));
    }

    AppraisalState state() {
        return new AppraisalState(activeSet.get(), method.get(), currentCriteria());
    }

    /** Shows a state: one re-appraisal, however many rows change. */
    void apply(AppraisalState state) {
        applying = true;
        try {
            activeSet.set(state.activeSet());
            method.set(state.method());
            List<CriterionRow> rows = state.criteria().stream().map(this::row).toList();
            criteria.setAll(rows);
        } finally {
            applying = false;
        }
        reappraise();
    }

    /** Shows the weights of a stored set (undoable). */
    public void switchTo(String name) {
        WeightSet set = weightSet(name).orElse(null);
        if (set == null || set.name().equals(activeSet.get()) && set.criteria().equals(currentCriteria())
                && set.method() == method.get()) {
            return;
        }
        AppraisalState before = state();
        AppraisalState after = new AppraisalState(set.name(), set.method(), set.criteria());
        session.history().local(new StateCommand(this, before, after, null, null,
                EditLabel.of("command.switchWeightSet", set.name())));
    }

    /** Saves the weights shown as a set of that name, new or replacing the one of that name (undoable). */
    public boolean saveAs(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || !canEditSets()) {
            return false;
        }
        WeightSet previous = weightSet(n).orElse(null);
        WeightSet saved = new WeightSet(previous != null ? previous.name() : n, method.get(), currentCriteria());
        AppraisalState before = state();
        AppraisalState after = new AppraisalState(saved.name(), saved.method(), saved.criteria());
        EditLabel label = EditLabel.of("command.saveWeightSet", saved.name());
        String previousName = previous == null ? null : previous.name();
        session.history().journaled(new StateCommand(this, before, after, previous, saved, label), STORE_ACTION,
                saved.name(), library -> library.saveWeightSet(previousName, saved, label.encode()));
        return true;
    }

    /** Renames a set (undoable); false when the new name is empty or taken. */
    public boolean rename(String name, String newName) {
        WeightSet set = weightSet(name).orElse(null);
        String n = newName == null ? "" : newName.strip();
        if (set == null || n.isEmpty() || !canEditSets()
                || weightSet(n).filter(other -> !other.name().equals(set.name())).isPresent()) {
            return false;
        }
        WeightSet renamed = set.withName(n);
        AppraisalState before = state();
        AppraisalState after = set.name().equals(activeSet.get())
                ? new AppraisalState(n, before.method(), before.criteria()) : before;
        EditLabel label = EditLabel.of("command.renameWeightSet", set.name(), n);
        session.history().journaled(new StateCommand(this, before, after, set, renamed, label), STORE_ACTION, n,
                library -> library.saveWeightSet(set.name(), renamed, label.encode()));
        return true;
    }

    /** Deletes a set (undoable); the weights shown stay. */
    public boolean delete(String name) {
        WeightSet set = weightSet(name).orElse(null);
        if (set == null || !canEditSets()) {
            return false;
        }
        AppraisalState before = state();
        AppraisalState after = new AppraisalState(set.name().equals(activeSet.get()) ? null : activeSet.get(),
                before.method(), before.criteria());
        EditLabel label = EditLabel.of("command.deleteWeightSet", set.name());
        session.history().journaled(new StateCommand(this, before, after, set, null, label), STORE_ACTION, set.name(),
                library -> library.deleteWeightSet(set.name(), label.encode()));
        return true;
    }

    /** After an undo or redo of a weight set change in the workbook (this window's or an earlier one's). */
    private void followStep(HistoryStep step) {
        ScenarioLibrary library = session.library();
        if (!step.changesWeightSets() || library == null) {
            return;
        }
        jobs.store(messages.get("status.loading"), library::weightSets, sets -> {
            if (session.library() == library) {
                weightSets.setAll(sets);
                weightSets.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            }
        }, error -> problem.set(messages.get("appraisal.setsFailed", ErrorTexts.of(error, messages))));
    }

    /** Replaces set {@code from} by {@code to} (either null: none) in the list shown; the journal writes the file. */
    void replaceSet(WeightSet from, WeightSet to) {
        if (from != null) {
            weightSets.removeIf(s -> s.name().equals(from.name()));
        }
        if (to != null) {
            weightSets.removeIf(s -> s.name().equalsIgnoreCase(to.name()));
            weightSets.add(to);
            weightSets.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        }
    }
}
