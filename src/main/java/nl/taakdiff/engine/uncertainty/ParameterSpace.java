package nl.taakdiff.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;

/**
 * Every parameter of a study with its range (calculation.md §2.8), in a fixed order: per task its unit
 * cost, fixed cost and minimum scale, then the overhead rates of centre, region, province and state.
 * A value vector ({@code double[]}) holds one value per parameter in this order.
 *
 * <p>Overhead rates belong to scenarios, so a comparison may have two rates for one level. An
 * overhead parameter carries the rate of a reference scenario (the baseline); a draw moves every
 * scenario's rate of that level by the same factor, value / base.
 */
public final class ParameterSpace {
    public static final double DEFAULT_RELATIVE_RANGE = 0.2;
    private static final List<Level> OVERHEAD_LEVELS = List.of(Level.CENTRE, Level.REGION, Level.PROVINCE, Level.STATE);

    private final List<Parameter> parameters;
    private final int taskCount;
    private final double relativeRange;

    private ParameterSpace(List<Parameter> parameters, int taskCount, double relativeRange) {
        this.parameters = List.copyOf(parameters);
        this.taskCount = taskCount;
        this.relativeRange = relativeRange;
    }

    /**
     * The parameters of the tasks and of the reference scenario's overheads. Bounds the catalogue
     * leaves empty are {@code base × (1 ∓ r)}. Throws {@link ValidationException} naming the task
     * and column of every catalogue bound with {@code low > base} or {@code base > high}.
     */
    public static ParameterSpace of(List<Task> tasks, Overheads reference, double relativeRange) {
        if (!(relativeRange >= 0 && relativeRange <= 1)) {
            throw new IllegalArgumentException("the relative range must be between 0 and 1, not " + relativeRange);
        }
        List<Problem> problems = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>(3 * tasks.size() + OVERHEAD_LEVELS.size());
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            for (TaskRanges.Violation v : TaskRanges.violations(task)) {
                problems.add(new Problem(Problem.Subject.TASK, t, v.message()));
            }
            TaskRanges r = task.ranges();
            parameters.add(task(task, t, ParameterKind.UNIT_COST, task.unitCost(), r.unitCostLow(), r.unitCostHigh(),
                    relativeRange));
            parameters.add(task(task, t, ParameterKind.FIXED_COST, task.fixedCost(), r.fixedCostLow(),
                    r.fixedCostHigh(), relativeRange));
            parameters.add(task(task, t, ParameterKind.MIN_SCALE, task.minScale(), r.minScaleLow(), r.minScaleHigh(),
                    relativeRange));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        for (Level level : OVERHEAD_LEVELS) {
            double rate = reference.rate(level);
            parameters.add(new Parameter("overhead." + level.code(), ParameterKind.OVERHEAD, -1, level, rate,
                    rate * (1 - relativeRange), rate * (1 + relativeRange), false));
        }
        return new ParameterSpace(parameters, tasks.size(), relativeRange);
    }

    private static Parameter task(Task task, int t, ParameterKind kind, double base, Double low, Double high,
                                  double r) {
        return new Parameter(task.code() + "." + kind.key(), kind, t, null, base,
                low == null ? base * (1 - r) : low, high == null ? base * (1 + r) : high, low != null && high != null);
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public int size() {
        return parameters.size();
    }

    public int taskCount() {
        return taskCount;
    }

    public double relativeRange() {
        return relativeRange;
    }

    public int unitCost(int task) {
        return 3 * task;
    }

    public int fixedCost(int task) {
        return 3 * task + 1;
    }

    public int minScale(int task) {
        return 3 * task + 2;
    }

    /** Index of the overhead rate of a level other than MUNICIPALITY, whose rate is not uncertain. */
    public int overhead(Level level) {
        if (level == Level.MUNICIPALITY) {
            throw new IllegalArgumentException("the municipality's overhead rate is not a parameter");
        }
        return 3 * taskCount + level.ordinal() - 1;
    }

    /** Every parameter at its base value. */
    public double[] baseValues() {
        double[] values = new double[parameters.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = parameters.get(p).base();
        }
        return values;
    }

    /** The parameter with this name, or -1. */
    public int indexOf(String name) {
        for (int p = 0; p < parameters.size(); p++) {
            if (parameters.get(p).name().equals(name)) {
                return p;
            }
        }
        return -1;
    }
}
