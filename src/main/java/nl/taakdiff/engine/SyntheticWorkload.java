package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * A seeded, synthetic study and scenario for benchmarks and property tests: municipalities with
 * skewed populations, random regions of four types in twelve provinces, tasks with random
 * parameters, random levels per (task, size class) and overrides on a share of the pairs.
 */
public final class SyntheticWorkload {
    public static final Tiering TIERING = Tiering.of(0, 10_000, 20_000, 50_000, 100_000);
    private static final String[] REGION_TYPES = {"veiligheidsregio", "jeugdregio", "arbeidsmarktregio", "ggdregio"};
    private static final int PROVINCES = 12;

    private final Study study;
    private final Scenario scenario;

    private SyntheticWorkload(Study study, Scenario scenario) {
        this.study = study;
        this.scenario = scenario;
    }

    public Study study() {
        return study;
    }

    public Scenario scenario() {
        return scenario;
    }

    /**
     * @param overrideShare the share of (municipality, task) pairs that get an override, e.g. 0.01
     */
    public static SyntheticWorkload generate(int municipalityCount, int taskCount, double overrideShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int regionsPerType = Math.max(1, municipalityCount / 12);
        List<Municipality> municipalities = new ArrayList<>(municipalityCount);
        for (int m = 0; m < municipalityCount; m++) {
            Map<String, Region> regions = new HashMap<>();
            for (String type : REGION_TYPES) {
                String code = type.substring(0, 2).toUpperCase(java.util.Locale.ROOT) + random.nextInt(regionsPerType);
                regions.put(type, new Region(type, code, code));
            }
            // Log-uniform between 1,000 and 1,000,000 inhabitants: many small, few large, as in reality.
            long population = Math.round(Math.pow(10, 3 + 3 * random.nextDouble()));
            municipalities.add(new Municipality(String.format("GM%06d", m), "Municipality " + m,
                    "PV" + random.nextInt(PROVINCES), population, regions));
        }
        List<Task> tasks = new ArrayList<>(taskCount);
        List<Rule> rules = new ArrayList<>();
        Level[] levels = Level.values();
        for (int t = 0; t < taskCount; t++) {
            String code = "T" + t;
            tasks.add(new Task(code, "Task " + t, "synthetic", 1 + random.nextInt(500), random.nextInt(1_000_000),
                    random.nextInt(300_000), REGION_TYPES[random.nextInt(REGION_TYPES.length)], "synthetic"));
            for (long bound : TIERING.lowerBounds()) {
                rules.add(new Rule(code, bound, levels[random.nextInt(levels.length)]));
            }
        }
        long pairs = (long) municipalityCount * taskCount;
        int overrideCount = (int) Math.min(pairs, Math.round(pairs * overrideShare));
        java.util.Set<Long> chosen = new java.util.HashSet<>();
        List<LevelOverride> overrides = new ArrayList<>(overrideCount);
        while (overrides.size() < overrideCount) {
            long pair = random.nextLong(pairs);
            if (chosen.add(pair)) {
                int m = (int) (pair / taskCount);
                int t = (int) (pair % taskCount);
                overrides.add(new LevelOverride(municipalities.get(m).code(), tasks.get(t).code(),
                        levels[random.nextInt(levels.length)]));
            }
        }
        Study study = new Study(new Dataset("synthetic", municipalities), tasks);
        Scenario scenario = new Scenario("synthetic", "seed " + seed, TIERING, rules, overrides, Overheads.DEFAULT);
        return new SyntheticWorkload(study, scenario);
    }
}
