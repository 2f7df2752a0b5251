package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;

/**
 * A study turned into flat arrays indexed by municipality and task, so that evaluating a scenario
 * is a few tight loops with no map look-ups or boxing. Built once per study and reused for every
 * scenario evaluated against it.
 */
final class CompiledStudy {
    final Study study;
    final int municipalityCount;
    final int taskCount;
    final long[] population;
    final long totalPopulation;
    /** Position of each municipality when sorted by code: the host tie-breaker (lowest code wins). */
    final int[] codeRank;
    /**
     * Orders municipalities as candidates to host a centre organisation: the largest population
     * wins, ties go to the lowest code. Unique per municipality, so the maximum names the host.
     */
    final long[] hostKey;
    final int[] province;
    final int provinceCount;
    /** regionOf[task][m]: index of m's region of the task's region type, -1 when it has none. */
    final int[][] regionOf;
    final int[] regionCount;
    final double[] unitCost;
    final double[] fixedCost;
    final long[] minScale;
    final Map<String, Integer> municipalityIndex;
    final Map<String, Integer> taskIndex;

    CompiledStudy(Study study) {
        this.study = study;
        List<Municipality> municipalities = study.dataset().municipalities();
        List<Task> tasks = study.tasks();
        municipalityCount = municipalities.size();
        taskCount = tasks.size();
        population = new long[municipalityCount];
        province = new int[municipalityCount];
        municipalityIndex = new HashMap<>(municipalityCount * 2);
        Map<String, Integer> provinces = new HashMap<>();
        long total = 0;
        for (int m = 0; m < municipalityCount; m++) {
            Municipality municipality = municipalities.get(m);
            population[m] = municipality.population();
            total += population[m];
            province[m] = provinces.computeIfAbsent(municipality.province(), k -> provinces.size());
            municipalityIndex.putIfAbsent(municipality.code(), m);
        }
        totalPopulation = total;
        provinceCount = provinces.size();
        codeRank = rankByCode(municipalities);
        hostKey = new long[municipalityCount];
        for (int m = 0; m < municipalityCount; m++) {
            hostKey[m] = population[m] * municipalityCount + (municipalityCount - 1 - codeRank[m]);
        }

        unitCost = new double[taskCount];
        fixedCost = new double[taskCount];
        minScale = new long[taskCount];
        regionOf = new int[taskCount][];
        regionCount = new int[taskCount];
        taskIndex = new HashMap<>(taskCount * 2);
        Map<String, int[]> regionsByType = new HashMap<>();
        Map<String, Integer> regionCountByType = new HashMap<>();
        for (int t = 0; t < taskCount; t++) {
            Task task = tasks.get(t);
            unitCost[t] = task.unitCost();
            fixedCost[t] = task.fixedCost();
            minScale[t] = task.minScale();
            taskIndex.putIfAbsent(task.code(), t);
            String type = task.regionType();
            // Tasks that share a region type share one membership array.
            regionOf[t] = regionsByType.computeIfAbsent(type, k -> {
                int[] regions = indexRegions(municipalities, k);
                regionCountByType.put(k, Arrays.stream(regions).max().orElse(-1) + 1);
                return regions;
            });
            regionCount[t] = regionCountByType.get(type);
        }
    }

    private static int[] indexRegions(List<Municipality> municipalities, String type) {
        Map<String, Integer> codes = new HashMap<>();
        int[] regions = new int[municipalities.size()];
        for (int m = 0; m < regions.length; m++) {
            Region region = municipalities.get(m).regions().get(type);
            regions[m] = region == null ? -1 : codes.computeIfAbsent(region.code(), k -> codes.size());
        }
        return regions;
    }

    private static int[] rankByCode(List<Municipality> municipalities) {
        List<Integer> order = new ArrayList<>(municipalities.size());
        for (int m = 0; m < municipalities.size(); m++) {
            order.add(m);
        }
        order.sort(Comparator.comparing(m -> municipalities.get(m).code()));
        int[] rank = new int[municipalities.size()];
        for (int r = 0; r < rank.length; r++) {
            rank[order.get(r)] = r;
        }
        return rank;
    }
}
