package nl.taakdiff.ui.present;

import nl.taakdiff.engine.KeyFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.Outcome;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.appraisal.AppraisalViewModel;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.engine.KeyFigures.Judgement;
import nl.taakdiff.engine.KeyFigures.Kpi;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.ui.map.MapViewModel;
import nl.taakdiff.ui.session.Session;

/**
 * Presentation mode: five slides built from the Compare tab's result (options side by side, cost
 * per inhabitant per size class, the map as set up on the Map tab, the biggest winners and losers,
 * the assumptions), the slide shown, and whether the presentation is open. All texts are localised
 * here, so the view only lays them out; tested without a toolkit.
 */
public final class PresentationViewModel {
    /** The slides, in order. */
    public enum Slide { OPTIONS, CLASS_COST, MAP, OUTCOMES, APPRAISAL, EXPLORE, ASSUMPTIONS }

    /** How many winners and losers the outcome slide lists. */
    public static final int TOP = 8;

    /** A KPI row of the first slide: the value in the baseline and, per alternative, value and delta. */
    public record KpiRow(String key, String name, String baseline, List<KpiCell> alternatives) {
    }

    public record KpiCell(String value, String delta, Judgement judgement) {
    }

    /** A municipality on the outcome slide. */
    public record OutcomeRow(String name, String population, String delta) {
    }

    /** The assumptions of one scenario. */
    public record ScenarioAssumptions(String name, String tiering, String overheads, List<String> overrides) {
    }

    /** A task with its cost figures and source. */
    public record TaskRow(String task, String unitCost, String fixedCost, String minScale, String source) {
    }

    private final Session session;
    private final CompareViewModel compare;
    private final MapViewModel map;
    private final ExploreViewModel explore;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing", false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final AppraisalViewModel appraisal;
    private final javafx.beans.property.IntegerProperty appraisalFocus =
            new javafx.beans.property.SimpleIntegerProperty(this, "appraisalFocus", 0);

    public PresentationViewModel(Session session, CompareViewModel compare, MapViewModel map,
                                 AppraisalViewModel appraisal, ExploreViewModel explore, Messages messages) {
        this.appraisal = Objects.requireNonNull(appraisal, "appraisal");
        this.explore = Objects.requireNonNull(explore, "explore");
        this.session = Objects.requireNonNull(session, "session");
        this.compare = Objects.requireNonNull(compare, "compare");
        this.map = Objects.requireNonNull(map, "map");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    public MapViewModel map() {
        return map;
    }

    public AppraisalViewModel appraisal() {
        return appraisal;
    }

    /** The criterion of the appraisal slide that the keyboard moves. */
    public javafx.beans.property.IntegerProperty appraisalFocusProperty() {
        return appraisalFocus;
    }

    /** Moves the keyboard focus on the appraisal slide by {@code delta} criteria. */
    public void focusCriterion(int delta) {
        int n = appraisal.criteria().size();
        appraisalFocus.set(n == 0 ? 0 : Math.max(0, Math.min(n - 1, appraisalFocus.get() + delta)));
    }

    /** Changes the focused criterion's weight by {@code delta} (never below 0); the ranking follows. */
    public void nudgeWeight(double delta) {
        int i = appraisalFocus.get();
        if (i < appraisal.criteria().size()) {
            var weight = appraisal.criteria().get(i).weightProperty();
            weight.set(Math.max(0, Math.round((weight.get() + delta) * 10) / 10.0));
        }
    }

    public CompareViewModel compare() {
        return compare;
    }

    // ---- navigation --------------------------------------------------------------------------

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** Starts the presentation at the first slide. */
    public void open() {
        index.set(0);
        showing.set(true);
        explore.setPresenting(true);
    }

    public void close() {
        showing.set(false);
        explore.setPresenting(false);
    }

    /** The Explore view's model: its proposal, frontier and price of uniformity make the EXPLORE slide. */
    public ExploreViewModel explore() {
        return explore;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public Slide slide() {
        return Slide.values()[index.get()];
    }

    public int count() {
        return Slide.values().length;
    }

    public boolean next() {
        return go(index.get() + 1);
    }

    public boolean previous() {
        return go(index.get() - 1);
    }

    public boolean first() {
        return go(0);
    }

    public boolean last() {
        return go(count() - 1);
    }

    private boolean go(int wanted) {
        int target = Math.max(0, Math.min(count() - 1, wanted));
        if (target == index.get()) {
            return false;
        }
        index.set(target);
        return true;
    }

    /** "2 / 5". */
    public String counter() {
        return messages.get("present.slide", index.get() + 1, count());
    }

    // ---- content -----------------------------------------------------------------------------

    /** The comparison on screen, or null when there is nothing to present. */
    public CompareViewModel.Result result() {
        return compare.result();
    }

    public String title(Slide slide) {
        return switch (slide) {
            case OPTIONS -> messages.get("present.options.title");
            case CLASS_COST -> messages.get("present.classes.title");
            case MAP -> messages.get("present.map.title",
                    map.map() == null ? messages.get("map.title.cost_change") : map.map().title());
            case OUTCOMES -> messages.get("present.outcomes.title");
            case APPRAISAL -> messages.get("present.appraisal.title");
            case EXPLORE -> messages.get("present.explore.title");
            case ASSUMPTIONS -> messages.get("present.assumptions.title");
        };
    }

    public String subtitle(Slide slide) {
        CompareViewModel.Result r = result();
        if (r == null) {
            return messages.get("present.empty");
        }
        String baseline = r.baseline().scenario().name();
        return switch (slide) {
            case OPTIONS -> messages.get("present.options.subtitle", baseline, String.join(", ", r.alternativeNames()));
            case CLASS_COST -> messages.get("present.classes.subtitle", baseline);
            case MAP -> map.map() == null ? "" : map.map().subtitle() + (map.map().unit().isEmpty() ? ""
                    : " · " + map.map().unit());
            case OUTCOMES -> {
                Comparison c = focus();
                yield messages.get("present.outcomes.subtitle", c.alternative().scenario().name(), baseline,
                        c.winners().size(), c.losers().size());
            }
            case APPRAISAL -> messages.get("present.appraisal.subtitle",
                    appraisal.activeSetProperty().get() == null ? messages.get("appraisal.set.none")
                            : appraisal.activeSetProperty().get(),
                    messages.get("appraisal.method." + appraisal.methodProperty().get().key()));
            case EXPLORE -> exploreSubtitle();
            case ASSUMPTIONS -> String.join(" · ", scenarioNames());
        };
    }

    private String exploreSubtitle() {
        var r = explore.result();
        if (r == null) {
            return explore.problemProperty().get().isEmpty() ? messages.get("explore.status")
                    : explore.problemProperty().get();
        }
        var formats = messages.formats();
        return messages.get("present.explore.subtitle", formats.moneyWhole(r.proposal().prices().risk()),
                formats.money(r.proposal().prices().control()), r.base().scenario().name());
    }

    /** The baseline's name, then the alternatives'. */
    public List<String> scenarioNames() {
        CompareViewModel.Result r = result();
        List<String> names = new ArrayList<>();
        if (r != null) {
            names.add(r.baseline().scenario().name());
            names.addAll(r.alternativeNames());
        }
        return names;
    }

    /** The comparison the Compare tab focuses on (its municipality table). */
    public Comparison focus() {
        CompareViewModel.Result r = result();
        if (r == null) {
            return null;
        }
        return r.comparisons().get(Math.max(0, Math.min(compare.focusProperty().get(), r.comparisons().size() - 1)));
    }

    public List<KpiRow> kpis() {
        CompareViewModel.Result r = result();
        List<KpiRow> rows = new ArrayList<>();
        if (r == null) {
            return rows;
        }
        Formats f = messages.formats();
        for (Kpi kpi : KeyFigures.KPIS) {
            Unit unit = kpi.metric().unit();
            List<KpiCell> cells = new ArrayList<>();
            for (Comparison c : r.comparisons()) {
                MetricDelta d = c.metric(kpi.metric());
                cells.add(new KpiCell(f.value(unit, d.alternative(), true), f.delta(unit, d.delta(), true),
                        kpi.judge(d)));
            }
            rows.add(new KpiRow(kpi.metric().key(), messages.get("metric." + kpi.metric().key()),
                    f.value(unit, r.baseline().summary().value(kpi.metric()), true), cells));
        }
        return rows;
    }

    /** The size class chart with localised labels, or empty without a comparison. */
    public Optional<ClassCostChart> classChart() {
        return map.classChart();
    }

    public List<OutcomeRow> winners() {
        return outcomes(Outcome.WINNER, Comparator.comparingDouble(MunicipalityDelta::deltaPerInhabitant));
    }

    public List<OutcomeRow> losers() {
        return outcomes(Outcome.LOSER,
                Comparator.comparingDouble(MunicipalityDelta::deltaPerInhabitant).reversed());
    }

    private List<OutcomeRow> outcomes(Outcome outcome, Comparator<MunicipalityDelta> order) {
        Comparison c = focus();
        if (c == null) {
            return List.of();
        }
        Formats f = messages.formats();
        return c.municipalities().stream().filter(m -> m.outcome() == outcome).sorted(order).limit(TOP)
                .map(m -> new OutcomeRow(m.name(), f.population(m.population()),
                        f.delta(Unit.MONEY, m.deltaPerInhabitant(), false)))
                .toList();
    }

    public List<ScenarioAssumptions> assumptions() {
        CompareViewModel.Result r = result();
        List<ScenarioAssumptions> list = new ArrayList<>();
        if (r == null) {
            return list;
        }
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(r.baseline().scenario());
        r.comparisons().forEach(c -> scenarios.add(c.alternative().scenario()));
        Formats f = messages.formats();
        for (Scenario s : scenarios) {
            List<String> classes = new ArrayList<>();
            for (SizeClass c : s.tiering().classes()) {
                classes.add(map.sizeLabel(c));
            }
            List<String> overheads = new ArrayList<>();
            for (Level level : Level.values()) {
                overheads.add(messages.level(level) + " " + f.percent(s.overheads().rate(level)));
            }
            List<String> overrides = new ArrayList<>();
            for (LevelOverride o : s.overrides()) {
                String reason = o.reason().isBlank() ? messages.get("present.assumptions.noReason") : o.reason();
                overrides.add(municipalityName(o.municipalityCode()) + " – " + o.taskCode() + " → "
                        + messages.level(o.level()) + ": " + reason);
            }
            list.add(new ScenarioAssumptions(s.name(),
                    messages.get("present.assumptions.tiering", String.join(" · ", classes)),
                    messages.get("present.assumptions.overheads", String.join(" · ", overheads)), overrides));
        }
        return list;
    }

    private String municipalityName(String code) {
        for (Municipality m : session.study().dataset().municipalities()) {
            if (m.code().equals(code)) {
                return m.name() + " (" + code + ")";
            }
        }
        return code;
    }

    public List<TaskRow> tasks() {
        Formats f = messages.formats();
        List<TaskRow> rows = new ArrayList<>();
        for (Task t : session.study().tasks()) {
            rows.add(new TaskRow(t.code() + " " + t.name(), f.money(t.unitCost()), f.moneyWhole(t.fixedCost()),
                    f.population(t.minScale()), nl.taakdiff.ui.common.TaskSources.bundled().shown(t, messages)));
        }
        return rows;
    }

    /** A CSS class for a judgement, as the Compare tab uses it. */
    public static String styleOf(Judgement judgement) {
        return "judgement-" + judgement.name().toLowerCase(Locale.ROOT);
    }
}
