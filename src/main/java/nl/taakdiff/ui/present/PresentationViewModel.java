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
import nl.taakdiff.ui.sensitivity.SensitivityViewModel;
import nl.taakdiff.ui.session.Session;

/**
 * Presentation mode: the slides built from the Compare tab's result (a title, options side by
 * side, the change in cost per inhabitant per size class, the map as set up on the Map tab, the
 * biggest winners and losers, the appraisal, the exploration, the tornado and the uncertainty of
 * the difference, the assumptions over as many screens as they need), the screen shown, and
 * whether the presentation is open. All texts are localised here, so the views only lay them out;
 * tested without a toolkit.
 */
public final class PresentationViewModel {
    /** The slides, in order. */
    public enum Slide { TITLE, OPTIONS, CLASS_COST, MAP, OUTCOMES, APPRAISAL, EXPLORE, TORNADO, UNCERTAINTY, ASSUMPTIONS }

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

    private final SensitivityViewModel sensitivity;
    private final SlideNotes notes = new SlideNotes(this);
    private final java.util.Map<Page, String> editedNotes = new java.util.HashMap<>();
    private final javafx.beans.property.ReadOnlyLongWrapper openedAt =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "openedAt", 0);

    public PresentationViewModel(Session session, CompareViewModel compare, MapViewModel map,
                                 AppraisalViewModel appraisal, ExploreViewModel explore,
                                 SensitivityViewModel sensitivity, Messages messages) {
        this.sensitivity = Objects.requireNonNull(sensitivity, "sensitivity");
        this.appraisal = Objects.requireNonNull(appraisal, "appraisal");
        this.explore = Objects.requireNonNull(explore, "explore");
        this.session = Objects.requireNonNull(session, "session");
        this.compare = Objects.requireNonNull(compare, "compare");
        this.map = Objects.requireNonNull(map, "map");
        this.messages = Objects.requireNonNull(messages, "messages");
        // the uncertainty slide needs draws of the comparison on screen; start them once it is compiled
        sensitivity.tornadoProperty().addListener((obs, old, now) -> {
            if (isShowing()) {
                ensureUncertainty();
            }
        });
    }

    /** The sensitivity and uncertainty of the comparison on screen (the TORNADO and UNCERTAINTY slides). */
    public SensitivityViewModel sensitivity() {
        return sensitivity;
    }

    /** Starts a Monte Carlo run (off the FX thread) when there is no result or only an outdated one. */
    void ensureUncertainty() {
        boolean stale = sensitivity.uncertainty() == null || sensitivity.outdatedProperty().get();
        if (stale && sensitivity.runStateProperty().get() != SensitivityViewModel.RunState.RUNNING
                && sensitivity.tornado() != null) {
            sensitivity.run();
        }
    }

    public Messages messages() {
        return messages;
    }

    public Session session() {
        return session;
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
        openedAt.set(System.currentTimeMillis());
        showing.set(true);
        explore.setPresenting(true);
        ensureUncertainty();
    }

    /** When the presentation was opened, in epoch milliseconds (the presenter view's elapsed time). */
    public javafx.beans.property.ReadOnlyLongProperty openedAtProperty() {
        return openedAt.getReadOnlyProperty();
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
        return page().slide();
    }

    /** The screen shown. */
    public Page page() {
        return page(index.get());
    }

    /** The screen at {@code i} (clamped to the deck), e.g. the next one for the presenter view. */
    public Page page(int i) {
        List<Page> pages = pages();
        return pages.get(Math.max(0, Math.min(pages.size() - 1, i)));
    }

    /** Every screen in order: one per slide, the assumptions on as many as they need. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        int assumptionParts = assumptionParts().size();
        for (Slide s : Slide.values()) {
            int parts = s == Slide.ASSUMPTIONS ? assumptionParts : 1;
            for (int p = 0; p < parts; p++) {
                pages.add(new Page(s, p, parts));
            }
        }
        return pages;
    }

    /** The assumptions split over screens; one empty part without a comparison. */
    List<AssumptionPages.Part> assumptionParts() {
        return AssumptionPages.split(assumptions(), result() == null ? List.of() : tasks(), AssumptionPages.LINES);
    }

    public int index() {
        return index.get();
    }

    public int count() {
        return pages().size();
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
        return counter(index.get());
    }

    /** The counter of the screen at {@code i}. */
    public String counter(int i) {
        return messages.get("present.slide", Math.min(i, count() - 1) + 1, count());
    }

    /** The speaker notes of a screen: the presenter's own text if edited, else generated from what it shows. */
    public String notes(Page page) {
        String edited = editedNotes.get(page);
        return edited != null ? edited : notes.of(page);
    }

    /** Keeps the presenter's notes of a screen for as long as the app runs; blank brings back the generated ones. */
    public void editNotes(Page page, String text) {
        if (text == null || text.isBlank() || text.equals(notes.of(page))) {
            editedNotes.remove(page);
        } else {
            editedNotes.put(page, text);
        }
    }

    // ---- content -----------------------------------------------------------------------------

    /** The comparison on screen, or null when there is nothing to present. */
    public CompareViewModel.Result result() {
        return compare.result();
    }

    public String title(Slide slide) {
        return switch (slide) {
            case TITLE -> studyName();
            case TORNADO -> messages.get("present.tornado.title",
                    messages.get("metric." + sensitivity.metricProperty().get().key()));
            case UNCERTAINTY -> messages.get("present.uncertainty.title");
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
            case TITLE -> messages.get("present.title.subtitle");
            case TORNADO, UNCERTAINTY -> messages.get("present.sensitivity.subtitle", r.alternativeNames().get(0), baseline);
            case OPTIONS -> messages.get("present.options.subtitle", baseline, String.join(", ", r.alternativeNames()));
            case CLASS_COST -> messages.get("present.classes.subtitle", baseline, String.join(", ", r.alternativeNames()));
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

    /** The title of a screen; a slide spread over several screens says which part it is. */
    public String title(Page page) {
        String t = title(page.slide());
        return page.parts() > 1 ? messages.get("present.part", t, page.part() + 1, page.parts()) : t;
    }

    /** The study: the workbook's name without its extension, or the data set's name without a workbook. */
    public String studyName() {
        return TitleFact.studyName(session);
    }

    /** The facts of the title slide: study's scenarios, data set and the date, in order. */
    public List<TitleFact> titleFacts(java.time.LocalDate today) {
        return TitleFact.of(session, result(), messages, today);
    }

    /**
     * The change in cost per inhabitant of every size class (of the baseline's tiering), per
     * alternative: the differences themselves, because next to costs of hundreds of euros a change
     * of a few euros is invisible on a common axis.
     */
    public ClassDeltas classDeltas() {
        return ClassDeltas.of(result(), map::sizeLabel, messages.formats());
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
                    f.population(t.minScale()), nl.taakdiff.io.TaskSources.bundled().shown(t, messages.isDutch())));
        }
        return rows;
    }

    /** A CSS class for a judgement, as the Compare tab uses it. */
    public static String styleOf(Judgement judgement) {
        return "judgement-" + judgement.name().toLowerCase(Locale.ROOT);
    }
}
