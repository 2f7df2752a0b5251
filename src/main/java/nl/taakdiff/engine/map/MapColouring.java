package nl.taakdiff.engine.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.MunicipalityResult;
import nl.taakdiff.engine.uncertainty.MunicipalitySpread;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;

/**
 * Colours municipalities for the map modes (size class, task level, cost change, capacity risk,
 * probability of being a loser). Pure: no toolkit types, so the same {@link Choropleth} feeds the PNG/PDF renderer and the
 * desktop map. Labels are English with plain
 * numbers; a localised view can rebuild them from the numeric bounds of each legend entry.
 */
public final class MapColouring {
    /** What the map shows. */
    public enum Mode {
        /** The size class of each municipality in the evaluation's tiering. */
        SIZE_CLASS,
        /** The level executing one chosen task for each municipality. */
        TASK_LEVEL,
        /** Alternative minus baseline cost per inhabitant, on a diverging scale centred on zero. */
        COST_CHANGE,
        /** Number of tasks whose executing organisation is below the task's minimum scale. */
        CAPACITY_RISK,
        /** Share of the Monte Carlo draws in which a municipality is a loser of the comparison. */
        LOSER_PROBABILITY
    }

    public static final String UNIT_COST_CHANGE = "EUR per inhabitant per year";
    public static final String UNIT_TASKS = "tasks";
    public static final String UNIT_INHABITANTS = "inhabitants";

    /** Upper bounds (inclusive) of the capacity-risk classes; the last class is open. */
    private static final int[] RISK_UPPER = {0, 1, 2, 4};
    /**
     * Lower bounds (inclusive) of the loser-probability classes above the first: almost never, less
     * likely than not, a toss-up, more likely than not, almost always.
     */
    static final double[] LOSER_LOWER = {0.05, 0.35, 0.65, 0.95};

    private MapColouring() {
    }

    /** Colours by size class: light = smallest, dark = largest (ColorBrewer YlGnBu). */
    public static Choropleth sizeClasses(Evaluation evaluation) {
        return sizeClasses(evaluation, MapLabels.ENGLISH);
    }

    public static Choropleth sizeClasses(Evaluation evaluation, MapLabels labels) {
        List<SizeClass> classes = evaluation.scenario().tiering().classes();
        List<Rgb> colours = Palettes.sequential(classes.size());
        int[] counts = new int[classes.size()];
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Double> values = new HashMap<>();
        for (MunicipalityResult m : evaluation.municipalities()) {
            int index = m.sizeClass().index();
            counts[index]++;
            entries.put(m.code(), index);
            values.put(m.code(), (double) m.population());
        }
        List<Choropleth.LegendEntry> legend = new ArrayList<>();
        for (SizeClass c : classes) {
            legend.add(new Choropleth.LegendEntry(colours.get(c.index()), labels.sizeClass(c), c.lower(),
                    c.isOpenEnded() ? Double.NaN : c.upper(), counts[c.index()]));
        }
        return new Choropleth(Mode.SIZE_CLASS, labels.sizeClassTitle(), labels.inhabitants(), legend, entries, values);
    }

    /** Colours by the level executing {@code taskCode} (Okabe–Ito); every level has a legend entry. */
    public static Choropleth taskLevel(Evaluation evaluation, String taskCode) {
        return taskLevel(evaluation, taskCode, MapLabels.ENGLISH);
    }

    public static Choropleth taskLevel(Evaluation evaluation, String taskCode, MapLabels labels) {
        List<Task> tasks = evaluation.study().tasks();
        int taskIndex = -1;
        for (int t = 0; t < tasks.size(); t++) {
            if (tasks.get(t).code().equals(taskCode)) {
                taskIndex = t;
            }
        }
        if (taskIndex < 0) {
            throw new IllegalArgumentException("unknown task " + taskCode);
        }
        Level[] levels = Level.values();
        int[] counts = new int[levels.length];
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Double> values = new HashMap<>();
        List<MunicipalityResult> municipalities = evaluation.municipalities();
        for (int m = 0; m < municipalities.size(); m++) {
            Level level = evaluation.levels().level(m, taskIndex);
            counts[level.ordinal()]++;
            entries.put(municipalities.get(m).code(), level.ordinal());
            values.put(municipalities.get(m).code(), (double) level.ordinal());
        }
        List<Choropleth.LegendEntry> legend = new ArrayList<>();
        for (Level level : levels) {
            legend.add(new Choropleth.LegendEntry(Palettes.LEVELS.get(level), labels.level(level), Double.NaN,
                    Double.NaN, counts[level.ordinal()]));
        }
        Task task = tasks.get(taskIndex);
        return new Choropleth(Mode.TASK_LEVEL, labels.levelTitle(task.code(), task.name()), "", legend, entries,
                values);
    }

    /**
     * Colours by alternative minus baseline cost per inhabitant on seven classes centred on zero
     * with symmetric limits: a neutral middle class from −s/2 to s/2, two classes of width {@code s}
     * on either side, and open end classes below −2.5 s and above 2.5 s. The step {@code s} is the
     * smallest 1, 2 or 5 × 10^k with 3.5 s at least the 95th percentile of the absolute changes, so
     * that one island with an extreme change does not wash out the rest of the country. Blue is a
     * fall in cost, red a rise (ColorBrewer RdBu).
     */
    public static Choropleth costChange(Comparison comparison) {
        return costChange(comparison, MapLabels.ENGLISH);
    }

    public static Choropleth costChange(Comparison comparison, MapLabels labels) {
        double[] magnitudes = comparison.municipalities().stream()
                .mapToDouble(m -> Math.abs(m.deltaPerInhabitant())).sorted().toArray();
        double typical = magnitudes.length == 0 ? 0
                : magnitudes[(int) Math.ceil(0.95 * magnitudes.length) - 1];
        double step = niceStep(typical / 3.5);
        int n = Palettes.DIVERGING.size();
        int[] counts = new int[n];
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Double> values = new HashMap<>();
        for (MunicipalityDelta m : comparison.municipalities()) {
            double v = m.deltaPerInhabitant();
            int index = (int) Math.floor((v + 3.5 * step) / step);
            index = Math.max(0, Math.min(n - 1, index));
            counts[index]++;
            entries.put(m.code(), index);
            values.put(m.code(), v);
        }
        List<Choropleth.LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double lower = i == 0 ? Double.NEGATIVE_INFINITY : (i - 3.5) * step;
            double upper = i == n - 1 ? Double.POSITIVE_INFINITY : (i - 2.5) * step;
            String label = i == 0 ? labels.below(labels.decimal(upper))
                    : i == n - 1 ? labels.above(labels.decimal(lower))
                    : labels.range(labels.decimal(lower), labels.decimal(upper));
            legend.add(new Choropleth.LegendEntry(Palettes.DIVERGING.get(i), label, lower, upper, counts[i]));
        }
        return new Choropleth(Mode.COST_CHANGE, labels.costChangeTitle(), labels.costChangeUnit(), legend, entries,
                values);
    }

    /** Colours by the number of capacity-risk tasks: 0, 1, 2, 3–4, 5 or more (ColorBrewer OrRd). */
    public static Choropleth capacityRisk(Evaluation evaluation) {
        return capacityRisk(evaluation, MapLabels.ENGLISH);
    }

    public static Choropleth capacityRisk(Evaluation evaluation, MapLabels labels) {
        int n = RISK_UPPER.length + 1;
        int[] counts = new int[n];
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Double> values = new HashMap<>();
        for (MunicipalityResult m : evaluation.municipalities()) {
            int index = riskClass(m.capacityRiskTasks());
            counts[index]++;
            entries.put(m.code(), index);
            values.put(m.code(), (double) m.capacityRiskTasks());
        }
        List<Choropleth.LegendEntry> legend = new ArrayList<>();
        int lower = 0;
        for (int i = 0; i < n; i++) {
            String label;
            double upper;
            if (i < RISK_UPPER.length) {
                upper = RISK_UPPER[i];
                label = lower == RISK_UPPER[i] ? Integer.toString(lower) : lower + "-" + RISK_UPPER[i];
            } else {
                upper = Double.NaN;
                label = labels.orMore(Integer.toString(lower));
            }
            legend.add(new Choropleth.LegendEntry(Palettes.RISK.get(i), label, lower, upper, counts[i]));
            lower = i < RISK_UPPER.length ? RISK_UPPER[i] + 1 : lower;
        }
        return new Choropleth(Mode.CAPACITY_RISK, labels.capacityRiskTitle(), labels.tasks(), legend, entries, values);
    }

    /**
     * Colours by the probability of being a loser (calculation.md §2.10) in five classes: below 5 %,
     * 5–35 %, 35–65 %, 65–95 % and 95 % or more, pale to dark (ColorBrewer OrRd, as capacity risk).
     */
    public static Choropleth loserProbability(List<MunicipalitySpread> municipalities) {
        return loserProbability(municipalities, MapLabels.ENGLISH);
    }

    public static Choropleth loserProbability(List<MunicipalitySpread> municipalities, MapLabels labels) {
        int n = LOSER_LOWER.length + 1;
        int[] counts = new int[n];
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Double> values = new HashMap<>();
        for (MunicipalitySpread m : municipalities) {
            int index = loserClass(m.probabilityLoser());
            counts[index]++;
            entries.put(m.code(), index);
            values.put(m.code(), m.probabilityLoser());
        }
        List<Choropleth.LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double lower = i == 0 ? 0 : LOSER_LOWER[i - 1];
            double upper = i == n - 1 ? 1 : LOSER_LOWER[i];
            String label = i == 0 ? labels.below(labels.percent(upper))
                    : i == n - 1 ? labels.orMore(labels.percent(lower))
                    : labels.range(labels.percent(lower), labels.percent(upper));
            legend.add(new Choropleth.LegendEntry(Palettes.RISK.get(i), label, lower, upper, counts[i]));
        }
        return new Choropleth(Mode.LOSER_PROBABILITY, labels.loserProbabilityTitle(), labels.loserProbabilityUnit(),
                legend, entries, values);
    }

    static int loserClass(double probability) {
        int index = 0;
        while (index < LOSER_LOWER.length && probability >= LOSER_LOWER[index]) {
            index++;
        }
        return index;
    }

    static int riskClass(int tasks) {
        for (int i = 0; i < RISK_UPPER.length; i++) {
            if (tasks <= RISK_UPPER[i]) {
                return i;
            }
        }
        return RISK_UPPER.length;
    }

    /** E.g. "below 20,000", "20,000 to 50,000", "100,000 or more". */
    public static String sizeLabel(SizeClass c) {
        return MapLabels.ENGLISH.sizeClass(c);
    }

    public static String levelLabel(Level level) {
        return MapLabels.ENGLISH.level(level);
    }

    /** The smallest 1, 2 or 5 × 10^k that is at least {@code x}; 1 for zero or less. */
    static double niceStep(double x) {
        if (!(x > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(x)));
        double f = x / magnitude;
        double nice = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }
}
