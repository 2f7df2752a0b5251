package nl.taakdiff.engine.explore;

import java.util.Arrays;
import nl.taakdiff.model.Level;

/**
 * Everything one task contributes to the score, for every way of putting a set of size classes at
 * one level. A task's organisations at level L depend only on which classes are at L (plus the
 * overrides, which are fixed), so for each level and each subset of classes (a bit mask) the task's
 * cost, capacity-risk pairs and direct cost at that level are computed once. A combination of levels
 * over the classes is then a partition of the classes into five masks, and its score is a sum of
 * five table entries.
 */
final class TaskTable {
    static final int LEVELS = Level.values().length;
    private static final int MUNICIPALITY = Level.MUNICIPALITY.ordinal();
    private static final int CENTRE = Level.CENTRE.ordinal();
    private static final int REGION = Level.REGION.ordinal();

    final int classCount;
    /** cost[level][mask]: cost of the task's organisations at that level. */
    final double[][] cost = new double[LEVELS][];
    final long[][] risk = new long[LEVELS][];
    /** Part of cost carried by own municipalities or centre hosts. */
    final double[][] direct = new double[LEVELS][];
    /** Pairs kept at MUNICIPALITY level when {@code mask} is at MUNICIPALITY (overrides included). */
    final long[] ownPairs;
    /** Classes (as a mask) that cannot be pooled by region: a member lacks the task's region type. */
    final int unpoolable;
    /** Classes with at least one member whose level is not fixed by an override. */
    final int occupied;

    /**
     * @param classOf    size class of each municipality
     * @param fixedLevel per municipality the override's level for this task, or -1
     * @param region     per municipality its region of the task's region type, -1 when it has none
     * @param province   per municipality its province index
     * @param hostKey    orders municipalities as centre hosts (largest population, then lowest code)
     */
    TaskTable(int classCount, long[] population, int[] classOf, int[] fixedLevel, int[] region, int regionCount,
              int[] province, int provinceCount, long[] hostKey, double unitCost, double fixedCost, long minScale,
              double[] overhead) {
        this.classCount = classCount;
        int masks = 1 << classCount;
        int n = population.length;
        int noRegion = 0;
        int used = 0;
        for (int m = 0; m < n; m++) {
            if (fixedLevel[m] < 0) {
                used |= 1 << classOf[m];
                if (region[m] < 0) {
                    noRegion |= 1 << classOf[m];
                }
            }
        }
        unpoolable = noRegion;
        occupied = used;

        // MUNICIPALITY: every member is an organisation of its own; separable per class.
        double ownRate = unitCost * (1 + overhead[MUNICIPALITY]);
        double[] classCost = new double[classCount + 1];
        long[] classRisk = new long[classCount + 1];
        long[] classCount1 = new long[classCount + 1];
        for (int m = 0; m < n; m++) {
            int slot = fixedLevel[m] < 0 ? classOf[m] : fixedLevel[m] == MUNICIPALITY ? classCount : -1;
            if (slot >= 0) {
                classCost[slot] += fixedCost + ownRate * population[m];
                classRisk[slot] += population[m] < minScale ? 1 : 0;
                classCount1[slot]++;
            }
        }
        cost[MUNICIPALITY] = new double[masks];
        risk[MUNICIPALITY] = new long[masks];
        ownPairs = new long[masks];
        for (int mask = 0; mask < masks; mask++) {
            double c = classCost[classCount];
            long r = classRisk[classCount];
            long own = classCount1[classCount];
            for (int k = 0; k < classCount; k++) {
                if ((mask & 1 << k) != 0) {
                    c += classCost[k];
                    r += classRisk[k];
                    own += classCount1[k];
                }
            }
            cost[MUNICIPALITY][mask] = c;
            risk[MUNICIPALITY][mask] = r;
            ownPairs[mask] = own;
        }
        direct[MUNICIPALITY] = cost[MUNICIPALITY];

        for (int level = CENTRE; level < LEVELS; level++) {
            int[] key = level == CENTRE || level == REGION ? region : level == Level.PROVINCE.ordinal() ? province
                    : new int[n];
            int keys = level == CENTRE || level == REGION ? regionCount
                    : level == Level.PROVINCE.ordinal() ? provinceCount : 1;
            pooled(level, keys, key, population, classOf, fixedLevel, hostKey,
                    unitCost * (1 + overhead[level]), fixedCost, minScale);
        }
    }

    /**
     * One pooled level: per class and pool the population, members and host candidate, the fixed
     * (override) members in an extra row; then every mask's pools are the sums of its classes' rows.
     */
    private void pooled(int level, int keys, int[] key, long[] population, int[] classOf, int[] fixedLevel,
                        long[] hostKey, double rate, double fixedCost, long minScale) {
        int rows = classCount + 1;
        long[][] pop = new long[rows][keys];
        long[][] members = new long[rows][keys];
        long[][] host = new long[rows][keys];
        long[][] hostPop = new long[rows][keys];
        for (long[] h : host) {
            Arrays.fill(h, Long.MIN_VALUE);
        }
        for (int m = 0; m < population.length; m++) {
            int row = fixedLevel[m] < 0 ? classOf[m] : fixedLevel[m] == level ? classCount : -1;
            if (row < 0 || key[m] < 0) {
                continue; // a member without region is never pooled here: its classes are unpoolable
            }
            int k = key[m];
            pop[row][k] += population[m];
            members[row][k]++;
            if (hostKey[m] > host[row][k]) {
                host[row][k] = hostKey[m];
                hostPop[row][k] = population[m];
            }
        }
        int masks = 1 << classCount;
        double[] c = new double[masks];
        long[] r = new long[masks];
        double[] d = new double[masks];
        boolean centre = level == CENTRE;
        for (int mask = 0; mask < masks; mask++) {
            double costSum = 0;
            long riskSum = 0;
            double directSum = 0;
            for (int k = 0; k < keys; k++) {
                long p = pop[classCount][k];
                long count = members[classCount][k];
                long bestHost = host[classCount][k];
                long bestHostPop = hostPop[classCount][k];
                for (int cl = 0; cl < classCount; cl++) {
                    if ((mask & 1 << cl) != 0 && members[cl][k] > 0) {
                        p += pop[cl][k];
                        count += members[cl][k];
                        if (host[cl][k] > bestHost) {
                            bestHost = host[cl][k];
                            bestHostPop = hostPop[cl][k];
                        }
                    }
                }
                if (count > 0) {
                    double organisation = fixedCost + rate * p;
                    costSum += organisation;
                    riskSum += p < minScale ? count : 0;
                    directSum += centre ? organisation * bestHostPop / p : 0;
                }
            }
            c[mask] = costSum;
            r[mask] = riskSum;
            d[mask] = directSum;
        }
        cost[level] = c;
        risk[level] = r;
        direct[level] = d;
    }

    /** Whether the classes of {@code mask} may all be at {@code level} for this task. */
    boolean feasible(int level, int mask, boolean allowed) {
        if (mask == 0) {
            return true;
        }
        if (!allowed) {
            return false;
        }
        return (level != CENTRE && level != REGION) || (mask & unpoolable) == 0;
    }
}
