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
