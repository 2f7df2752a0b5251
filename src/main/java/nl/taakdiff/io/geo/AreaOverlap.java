package nl.taakdiff.io.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.io.MapGeometry.Area;
import nl.taakdiff.io.MapGeometry.Ring;

/**
 * The areas in which the polygons of two boundary sets overlap, e.g. the municipalities of 2020
 * against those of 2025, by scanline integration: on horizontal lines {@code step} metres apart
 * the inside stretches of every area are found exactly (even-odd rule, so holes are outside), and
 * the length that a stretch of one set shares with a stretch of the other counts for a band of
 * {@code step} metres. Along x this is exact; along y it is the midpoint rule, with an error of the
 * order of {@code step} times the length of the boundary, far below the mismatch between two
 * separately generalised boundary sets. Unlike clipping polygon against polygon it needs no
 * special cases for the nearly coinciding edges that two generalisations of one border give.
 */
public final class AreaOverlap {
    /** Area (in square metres) that {@code from} shares with {@code to}. */
    public record Shared(String from, String to, double area) {
    }

    /** The outcome: shared areas above zero, and each area's own size, all in square metres. */
    public record Result(List<Shared> shared, Map<String, Double> fromAreas, Map<String, Double> toAreas) {
        public Result {
            shared = List.copyOf(shared);
            fromAreas = Map.copyOf(fromAreas);
            toAreas = Map.copyOf(toAreas);
        }
    }

    private AreaOverlap() {
    }

    /** Overlaps every area of {@code from} with every area of {@code to}, on lines {@code step} metres apart. */
    public static Result compute(List<Area> from, List<Area> to, double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be above 0");
        }
        Edges a = new Edges(from);
        Edges b = new Edges(to);
        double minY = Math.min(a.minY, b.minY);
        double maxY = Math.max(a.maxY, b.maxY);
        double[][] shared = new double[from.size()][to.size()];
        double[] areaA = new double[from.size()];
        double[] areaB = new double[to.size()];
        for (double y = minY + step / 2; y < maxY; y += step) {
            Stretches sa = a.stretchesAt(y);
            Stretches sb = b.stretchesAt(y);
            for (int i = 0; i < sa.count; i++) {
                areaA[sa.owner[i]] += (sa.end[i] - sa.start[i]) * step;
            }
            for (int j = 0; j < sb.count; j++) {
                areaB[sb.owner[j]] += (sb.end[j] - sb.start[j]) * step;
            }
            // Both lists are sorted by start; stretches of one set hardly overlap each other.
            int first = 0;
            for (int i = 0; i < sa.count; i++) {
                while (first < sb.count && sb.end[first] <= sa.start[i]) {
                    first++;
                }
                for (int j = first; j < sb.count && sb.start[j] < sa.end[i]; j++) {
                    double overlap = Math.min(sa.end[i], sb.end[j]) - Math.max(sa.start[i], sb.start[j]);
                    if (overlap > 0) {
                        shared[sa.owner[i]][sb.owner[j]] += overlap * step;
                    }
                }
            }
        }
        List<Shared> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < to.size(); j++) {
                if (shared[i][j] > 0) {
                    out.add(new Shared(from.get(i).code(), to.get(j).code(), shared[i][j]));
                }
            }
        }
        Map<String, Double> sizesA = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            sizesA.put(from.get(i).code(), areaA[i]);
        }
        Map<String, Double> sizesB = new HashMap<>();
        for (int j = 0; j < to.size(); j++) {
            sizesB.put(to.get(j).code(), areaB[j]);
        }
        return new Result(out, sizesA, sizesB);
    }

    /** Inside stretches on one line: [start, end) of area {@code owner}, sorted by start. */
    private static final class Stretches {
        int count;
        double[] start = new double[64];
        double[] end = new double[64];
        int[] owner = new int[64];

        void add(double s, double e, int o) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                owner = Arrays.copyOf(owner, count * 2);
            }
            start[count] = s;
            end[count] = e;
            owner[count] = o;
            count++;
        }
    }

    /** All non-horizontal edges of one boundary set, sorted by their lower y, swept upwards. */
    private static final class Edges {
        final double[] y0;
        final double[] y1;
        final double[] x0;
        final double[] slope;
        final int[] owner;
        final double minY;
        final double maxY;
        private final int[] order;
        private int next;
        private int[] active = new int[256];
        private int activeCount;

        Edges(List<Area> areas) {
            List<double[]> edges = new ArrayList<>();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < areas.size(); k++) {
                for (Ring ring : areas.get(k).rings()) {
                    double[] xy = ring.xy();
                    int n = xy.length / 2;
                    for (int i = 0, j = n - 1; i < n; j = i++) {
                        double ya = xy[2 * j + 1];
                        double yb = xy[2 * i + 1];
                        lo = Math.min(lo, yb);
                        hi = Math.max(hi, yb);
                        if (ya == yb) {
                            continue;
                        }
                        double xa = xy[2 * j];
                        double xb = xy[2 * i];
                        if (ya > yb) {
                            edges.add(new double[] {yb, ya, xb, (xa - xb) / (ya - yb), k});
                        } else {
                            edges.add(new double[] {ya, yb, xa, (xb - xa) / (yb - ya), k});
                        }
                    }
                }
            }
            int m = edges.size();
            y0 = new double[m];
            y1 = new double[m];
            x0 = new double[m];
            slope = new double[m];
            owner = new int[m];
            for (int i = 0; i < m; i++) {
                double[] e = edges.get(i);
                y0[i] = e[0];
                y1[i] = e[1];
                x0[i] = e[2];
                slope[i] = e[3];
                owner[i] = (int) e[4];
            }
            Integer[] sorted = new Integer[m];
            for (int i = 0; i < m; i++) {
                sorted[i] = i;
            }
            Arrays.sort(sorted, (p, q) -> Double.compare(y0[p], y0[q]));
            order = new int[m];
            for (int i = 0; i < m; i++) {
                order[i] = sorted[i];
            }
            minY = lo;
            maxY = hi;
        }

        /** Stretches at {@code y}; calls must come with increasing y. */
        Stretches stretchesAt(double y) {
            while (next < order.length && y0[order[next]] <= y) {
                if (activeCount == active.length) {
                    active = Arrays.copyOf(active, activeCount * 2);
                }
                active[activeCount++] = order[next++];
            }
            int kept = 0;
            for (int i = 0; i < activeCount; i++) {
                if (y1[active[i]] > y) {
                    active[kept++] = active[i];
                }
            }
            activeCount = kept;
            // Crossings sorted by owner, then x: each owner's crossings pair up into its stretches.
            double[] xs = new double[activeCount];
            for (int i = 0; i < activeCount; i++) {
                int e = active[i];
                xs[i] = x0[e] + (y - y0[e]) * slope[e];
            }
            Integer[] idx = new Integer[activeCount];
            for (int i = 0; i < activeCount; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (p, q) -> {
                int c = Integer.compare(owner[active[p]], owner[active[q]]);
                return c != 0 ? c : Double.compare(xs[p], xs[q]);
            });
            Stretches s = new Stretches();
            for (int i = 0; i + 1 < idx.length; ) {
                int p = idx[i];
                int q = idx[i + 1];
                int o = owner[active[p]];
                if (owner[active[q]] != o) {
                    i++; // an odd crossing count cannot happen for closed rings; skip defensively
                    continue;
                }
                if (xs[q] > xs[p]) {
                    s.add(xs[p], xs[q], o);
                }
                i += 2;
            }
            sortByStart(s);
            return s;
        }

        private static void sortByStart(Stretches s) {
            Integer[] idx = new Integer[s.count];
            for (int i = 0; i < s.count; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (p, q) -> Double.compare(s.start[p], s.start[q]));
            double[] st = new double[s.count];
            double[] en = new double[s.count];
            int[] ow = new int[s.count];
            for (int i = 0; i < s.count; i++) {
                st[i] = s.start[idx[i]];
                en[i] = s.end[idx[i]];
                ow[i] = s.owner[idx[i]];
            }
            s.start = st;
            s.end = en;
            s.owner = ow;
        }
    }
}
