package nl.taakdiff.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;

/**
 * The ranges the bundled catalogue gives its figures (calculation.md §2.8), decided from how sure each
 * figure is, as its {@code source} says: a unit cost that is a CBS realisation (national spending
 * per inhabitant on a taakveld) is known to within about 10 %; a CBS total split between tasks by
 * assumption to within about 25 %; an indicative assumption only to within about 40 %. Fixed costs
 * per organisation have no source at all (50 %); a minimum scale from the IPSE Studies research on
 * cost-optimal scale 25 %, any other 50 %. Tasks that already have ranges keep them.
 */
public final class TaskRangePolicy {
    public static final double CBS_REALISATION = 0.10;
    public static final double CBS_SPLIT = 0.25;
    public static final double INDICATIVE = 0.40;
    public static final double FIXED_COST = 0.50;
    public static final double RESEARCHED_SCALE = 0.25;
    public static final double ASSUMED_SCALE = 0.50;

    private TaskRangePolicy() {
    }

    public static List<Task> apply(List<Task> tasks) {
        List<Task> out = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            out.add(t.ranges().isEmpty() ? t.withRanges(ranges(t)) : t);
        }
        return out;
    }

    static TaskRanges ranges(Task t) {
        double unit = unitCostRange(t.source());
        double scale = t.source().contains("IPSE") ? RESEARCHED_SCALE : ASSUMED_SCALE;
        return new TaskRanges(cents(t.unitCost() * (1 - unit)), cents(t.unitCost() * (1 + unit)),
                whole(t.fixedCost() * (1 - FIXED_COST)), whole(t.fixedCost() * (1 + FIXED_COST)),
                whole(t.minScale() * (1 - scale)), whole(t.minScale() * (1 + scale)));
    }

    /** How sure a unit cost is, from its source text. */
    static double unitCostRange(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (!s.startsWith("cbs")) {
            return INDICATIVE;
        }
        return s.contains("assum") ? CBS_SPLIT : CBS_REALISATION;
    }

    private static double cents(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double whole(double v) {
        return Math.round(v);
    }
}
