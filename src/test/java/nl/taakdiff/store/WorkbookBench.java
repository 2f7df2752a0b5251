package nl.taakdiff.store;

import nl.taakdiff.transfer.DatasetImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;

/**
 * Measures the store's performance targets (not a unit test; run by hand):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.taakdiff.store.WorkbookBench
 * </pre>
 * Targets: saving a scenario edit ≤ 20 ms; opening a workbook with 500 scenarios × 20 versions and
 * listing them ≤ 1 s; importing the CBS CSV ≤ 200 ms (see {@link #cbsImport}).
 */
public final class WorkbookBench {
    private WorkbookBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Files.createTempDirectory(Path.of(args[0]), "taakdiff-bench")
                : Files.createTempDirectory("taakdiff-bench");
        Dataset dataset;
        List<Task> tasks;
        try {
            dataset = DatasetImport.bundled();
            tasks = TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records();
        } catch (Exception e) {
            System.out.println("bundled data not available (" + e.getMessage() + "); using the test fixtures");
            dataset = Fixtures.dataset();
            tasks = Fixtures.tasks();
        }
        System.out.printf("data set: %d municipalities, %d tasks%n", dataset.municipalities().size(), tasks.size());
        Scenario base = Fixtures.uniform("x");
        List<Rule> rules = new ArrayList<>();
        for (Task t : tasks) {
            for (long b : base.tiering().lowerBounds()) {
                rules.add(new Rule(t.code(), b, Level.MUNICIPALITY));
            }
        }
        base = base.withRules(rules);

        Path file = dir.resolve("bench.taakdiff");
        long t0 = System.nanoTime();
        try (Workbook wb = Workbook.create(file, dataset, tasks)) {
            System.out.printf("create: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            wb.createScenario(base.withName("S"));
            // warm up, then time single edits (each one transaction with journal entry)
            int n = 300;
            double[] ms = new double[n];
            for (int i = 0; i < n + 50; i++) {
                Scenario s = wb.scenario("S");
                List<Rule> edited = new ArrayList<>(s.rules());
                Rule r = edited.get(i % edited.size());
                edited.set(i % edited.size(), new Rule(r.taskCode(), r.minPopulation(),
                        r.level() == Level.MUNICIPALITY ? Level.REGION : Level.MUNICIPALITY));
                Scenario next = s.withRules(edited);
                long start = System.nanoTime();
                wb.saveScenario("S", next);
                if (i >= 50) {
                    ms[i - 50] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("save scenario edit: median %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)%n",
                    ms[n / 2], ms[n * 95 / 100], ms[n - 1], n);

            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                wb.undo("S");
            }
            System.out.printf("undo: %.2f ms each%n", (System.nanoTime() - start) / 1e6 / 100);
        }

        Path big = dir.resolve("big.taakdiff");
        t0 = System.nanoTime();
        try (Workbook wb = Workbook.create(big, dataset, tasks)) {
            for (int s = 0; s < 500; s++) {
                String name = "Scenario " + s;
                wb.createScenario(base.withName(name).withDescription("bench scenario " + s));
                for (int v = 0; v < 20; v++) {
                    wb.describeScenario(name, "bench scenario " + s + " edit " + v);
                    wb.saveVersion(name, "v" + v);
                }
            }
        }
        System.out.printf("built 500 scenarios x 20 versions in %.1f s; file %d kB%n",
                (System.nanoTime() - t0) / 1e9, Files.size(big) / 1024);
        for (int round = 0; round < 3; round++) {
            t0 = System.nanoTime();
            int count;
            try (Workbook wb = Workbook.open(big)) {
                count = wb.scenarios().size();
                wb.versions("Scenario 250");
            }
            System.out.printf("open + list %d scenarios (run %d): %.1f ms%n", count, round + 1,
                    (System.nanoTime() - t0) / 1e6);
        }
        // cold: a fresh JVM that loads the SQLite driver, opens the workbook and lists it
        for (int round = 0; round < 3; round++) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long start = System.nanoTime();
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    OpenOnce.class.getName(), big.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            p.waitFor();
            System.out.printf("cold open + list in a new JVM (run %d): %s; whole process %.0f ms%n", round + 1, out,
                    (System.nanoTime() - start) / 1e6);
        }
        cbsImport(dir, tasks);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /**
     * Import of the CBS export (shared/data, or the path in system property taakdiff.shared.data):
     * reading and checking the CSV, adding region memberships, and creating a workbook with it.
     */
    static void cbsImport(Path dir, List<Task> tasks) throws Exception {
        Path cbs = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"))
                .resolve("cbs-gebieden-in-nederland-2020.csv");
        if (!Files.exists(cbs)) {
            System.out.println("cbs import: " + cbs + " not found; not measured");
            return;
        }
        int n = 30;
        double[] read = new double[n];
        double[] withRegions = new double[n];
        double[] create = new double[n];
        for (int i = 0; i < n + 10; i++) {
            long t0 = System.nanoTime();
            var rows = nl.taakdiff.io.CbsGebiedenReader.read(CsvSource.of(cbs));
            long t1 = System.nanoTime();
            Dataset d = DatasetImport.withRegions("CBS", rows, null);
            long t2 = System.nanoTime();
            Path file = dir.resolve("cbs-" + i + ".taakdiff");
            Workbook.create(file, d, tasks).close();
            long t3 = System.nanoTime();
            if (i >= 10) {
                read[i - 10] = (t1 - t0) / 1e6;
                withRegions[i - 10] = (t2 - t0) / 1e6;
                create[i - 10] = (t3 - t0) / 1e6;
            }
        }
        Arrays.sort(read);
        Arrays.sort(withRegions);
        Arrays.sort(create);
        System.out.printf("cbs import: read+check %.1f ms, + region memberships %.1f ms, + new workbook file %.1f ms"
                + " (medians of %d; max %.1f / %.1f / %.1f)%n", read[n / 2], withRegions[n / 2], create[n / 2], n,
                read[n - 1], withRegions[n - 1], create[n - 1]);
    }

    /** Opens a workbook and lists its scenarios, timing from the first line of main. */
    public static final class OpenOnce {
        private OpenOnce() {
        }

        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            try (Workbook wb = Workbook.open(Path.of(args[0]))) {
                int n = wb.scenarios().size();
                System.out.printf("%d scenarios in %.1f ms%n", n, (System.nanoTime() - start) / 1e6);
            }
        }
    }
}
