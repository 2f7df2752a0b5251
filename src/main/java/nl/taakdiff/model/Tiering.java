package nl.taakdiff.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An ordered list of size classes given by their lower bounds. A valid tiering starts at 0 and
 * is strictly increasing; the validator reports violations, so this record accepts any list.
 */
public record Tiering(List<Long> lowerBounds) {
    public static final Tiering DEFAULT = of(0, 20_000, 50_000, 100_000);

    public Tiering {
        lowerBounds = List.copyOf(lowerBounds);
    }

    public static Tiering of(long... bounds) {
        List<Long> list = new ArrayList<>(bounds.length);
        for (long b : bounds) {
            list.add(b);
        }
        return new Tiering(list);
    }

    public int size() {
        return lowerBounds.size();
    }

    public List<SizeClass> classes() {
        List<SizeClass> classes = new ArrayList<>(lowerBounds.size());
        for (int i = 0; i < lowerBounds.size(); i++) {
            long upper = i + 1 < lowerBounds.size() ? lowerBounds.get(i + 1) : Long.MAX_VALUE;
            classes.add(new SizeClass(i, lowerBounds.get(i), upper));
        }
        return classes;
    }

    /** Index of the class that holds the population; assumes a valid tiering. */
    public int classIndexOf(long population) {
        long[] bounds = toArray();
        return classIndexOf(bounds, population);
    }

    /** Index of the class for a population in a sorted bounds array (binary search). */
    public static int classIndexOf(long[] bounds, long population) {
        int pos = Arrays.binarySearch(bounds, population);
        return pos >= 0 ? pos : Math.max(0, -pos - 2);
    }

    public long[] toArray() {
        long[] bounds = new long[lowerBounds.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = lowerBounds.get(i);
        }
        return bounds;
    }

    /** The index of the class with this lower bound, or -1. */
    public int indexOfLowerBound(long lower) {
        return lowerBounds.indexOf(lower);
    }

    /** Comma-separated bounds, as in the CLI option {@code --tiering}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Long b : lowerBounds) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(b);
        }
        return sb.toString();
    }
}
