package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts task packages: distinct vectors of levels over all tasks (calculation.md §2.6). Municipalities
 * are sorted by a hash of their vector; only those with equal hashes are compared, so the count is
 * exact. A vector is its size class's rules changed by the municipality's effective overrides, so
 * two municipalities of one class are compared by those overrides alone, without touching the
 * level matrix.
 */
final class TaskPackages {
    /** Low 31 bits of a sort key: the municipality index; the high 33 bits: its vector's hash. */
    private static final long INDEX_MASK = 0x7FFFFFFFL;

    private final byte[][] levels;
    private final int[] classOf;
    private final int[] effectiveStart;
    private final int[] effective;

    /**
     * @param levels         level ordinal per task and municipality
     * @param effectiveStart per municipality, where its effective overrides start in {@code effective}
     * @param effective      effective overrides ({@code task << 3 | level}), ascending per municipality
     */
    TaskPackages(byte[][] levels, int[] classOf, int[] effectiveStart, int[] effective) {
        this.levels = levels;
        this.classOf = classOf;
        this.effectiveStart = effectiveStart;
        this.effective = effective;
    }

    int count() {
        int n = classOf.length;
        long[] hash = new long[n];
        for (byte[] task : levels) {
            for (int m = 0; m < n; m++) {
                hash[m] = (hash[m] + task[m] + 1) * 0x9E3779B97F4A7C15L;
            }
        }
        long[] keyed = new long[n];
        for (int m = 0; m < n; m++) {
            keyed[m] = (hash[m] & ~INDEX_MASK) | m;
        }
        Arrays.sort(keyed);
        int packages = 0;
        List<Integer> distinct = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && (keyed[end] & ~INDEX_MASK) == (keyed[start] & ~INDEX_MASK)) {
                end++;
            }
            distinct.clear();
            for (int k = start; k < end; k++) {
                int m = (int) (keyed[k] & INDEX_MASK);
                if (distinct.stream().noneMatch(rep -> same(rep, m))) {
                    distinct.add(m);
                }
            }
            packages += distinct.size();
            start = end;
        }
        return packages;
    }

    private boolean same(int a, int b) {
        if (classOf[a] == classOf[b]) {
            return Arrays.equals(effective, effectiveStart[a], effectiveStart[a + 1],
                    effective, effectiveStart[b], effectiveStart[b + 1]);
        }
        for (byte[] task : levels) {
            if (task[a] != task[b]) {
                return false;
            }
        }
        return true;
    }
}
