package nl.taakdiff.engine.uncertainty;

import java.util.Arrays;

/**
 * Quantiles by linear interpolation between order statistics (numpy's default, "linear"): for
 * {@code h = (n − 1) q}, {@code x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])} of the sorted sample.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The q-quantile of a sorted sample. */
    public static double sorted(double[] sorted, int n, double q) {
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /**
     * The q-quantile of the first n values without sorting them (expected linear time); reorders
     * the values. Deterministic: the pivot is the median of three, not random.
     */
    public static double select(double[] values, int n, double q) {
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return max(values, 0, n);
        }
        double a = kth(values, n, lo);
        // After selection everything right of lo is at least a: the next order statistic is their minimum.
        double b = min(values, lo + 1, n);
        return a + (h - lo) * (b - a);
    }

    /** Below this many values one selection per quantile is as quick as the bins. */
    private static final int BINNED_FROM = 2_048;
    private static final int BINS = 1_024;

    /**
     * Several quantiles of the first n values at once, each exactly as {@link #select} gives it; may
     * reorder the values. For a large sample the values are counted into equal-width bins between
     * their minimum and maximum, and only the few bins holding the order statistics needed are
     * sorted: three passes over the values instead of a selection per quantile. The bin of a value
     * never decreases with the value, so the order statistics found are exact.
     */
    public static double[] selectAll(double[] values, int n, double... qs) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            min = v < min ? v : min;
            max = v > max ? v : max;
            nan |= v != v;
        }
        return selectAll(values, n, min, max, nan, qs);
    }

    /**
     * The same for values whose minimum and maximum (ignoring NaN) are known, and whether one is NaN:
     * a caller that went over the values already saves a pass.
     */
    static double[] selectAll(double[] values, int n, double min, double max, boolean nan, double... qs) {
        double[] out = new double[qs.length];
        double scale = BINS / (max - min);
        if (n < BINNED_FROM || nan || !(max > min) || !Double.isFinite(scale) || !(scale > 0)) {
            for (int j = 0; j < qs.length; j++) {
                out[j] = !nan && min == max ? min : select(values, n, qs[j]);
            }
            return out;
        }
        int[] below = new int[BINS + 1];
        for (int i = 0; i < n; i++) {
            below[bin(values[i], min, scale) + 1]++;
        }
        for (int b = 0; b < BINS; b++) {
            below[b + 1] += below[b];
        }
        // The order statistics each quantile needs (h's floor and the one after it), and their bins.
        int[] slot = new int[BINS];
        java.util.Arrays.fill(slot, -1);
        int[] binOfSlot = new int[2 * qs.length];
        int slots = 0;
        for (double q : qs) {
            int lo = (int) Math.floor((n - 1) * q);
            for (int k = Math.min(lo, n - 1); k <= Math.min(lo + 1, n - 1); k++) {
                int b = binOfRank(below, k);
                if (slot[b] < 0) {
                    binOfSlot[slots] = b;
                    slot[b] = slots++;
                }
            }
        }
        double[][] held = new double[slots][];
        int[] filled = new int[slots];
        for (int s = 0; s < slots; s++) {
            held[s] = new double[below[binOfSlot[s] + 1] - below[binOfSlot[s]]];
        }
        for (int i = 0; i < n; i++) {
            int s = slot[bin(values[i], min, scale)];
            if (s >= 0) {
                held[s][filled[s]++] = values[i];
            }
        }
        for (double[] h : held) {
            java.util.Arrays.sort(h);
        }
        for (int j = 0; j < qs.length; j++) {
            double h = (n - 1) * qs[j];
            int lo = (int) Math.floor(h);
            if (lo >= n - 1) {
                out[j] = max;
                continue;
            }
            double a = rank(below, slot, held, lo);
            double b = rank(below, slot, held, lo + 1);
            out[j] = a + (h - lo) * (b - a);
        }
        return out;
    }

    private static int bin(double x, double min, double scale) {
        return Math.min(BINS - 1, (int) ((x - min) * scale));
    }

    /** The bin holding the k-th smallest value (from 0). */
    private static int binOfRank(int[] below, int k) {
        int lo = 0;
        int hi = BINS - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (below[mid + 1] <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double rank(int[] below, int[] slot, double[][] held, int k) {
        int b = binOfRank(below, k);
        return held[slot[b]][k - below[b]];
    }

    private static double kth(double[] x, int n, int k) {
        int left = 0;
        int right = n - 1;
        while (right > left) {
            if (right - left < 16) {
                Arrays.sort(x, left, right + 1);
                return x[k];
            }
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(x[left], x[mid], x[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (x[i] < pivot) {
                    i++;
                }
                while (x[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double tmp = x[i];
                    x[i] = x[j];
                    x[j] = tmp;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return x[k];
            }
        }
        return x[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static double min(double[] x, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.min(m, x[i]);
        }
        return m;
    }

    private static double max(double[] x, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.max(m, x[i]);
        }
        return m;
    }
}
