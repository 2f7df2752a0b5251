package nl.taakdiff.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.StudyInput;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taakdiff bench}: times the engine on a synthetic, seeded workload after a warm-up.
 * The study is compiled once (as the app does); each timed run validates and evaluates the scenario.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Benchmark the engine on a synthetic workload; the last line is ns_per_pair.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--municipalities", defaultValue = "100000", description = "Municipalities (default: ${DEFAULT-VALUE}).")
    int municipalities;

    @Option(names = "--tasks", defaultValue = "200", description = "Tasks (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--shipped", description = "Time the shipped data set (355 municipalities × 22 tasks) with the"
            + " differentiated demo scenario instead of a synthetic workload.")
    boolean shipped;

    @Option(names = "--monte-carlo", description = "Time the tornado and 10,000 Monte Carlo draws on the shipped data"
            + " (current situation vs differentiated by scale, every parameter uncertain); the last line is"
            + " ms_per_10000_draws.")
    boolean monteCarlo;

    @Option(names = "--explore", description = "Time the explorer on the shipped data: one optimum (with and"
            + " without building its tables) and a 50-point frontier.")
    boolean explore;

    @Override
    public Integer call() throws Exception {
        if (monteCarlo) {
            return UncertaintyBench.run(spec.commandLine().getOut(), runs, warmup);
        }
        if (shipped) {
            return benchShipped();
        }
        if (explore) {
            ExploreBench.run(spec.commandLine().getOut(), runs, warmup);
            return ExitCodes.OK;
        }
        if (municipalities < 1 || tasks < 1 || runs < 1 || warmup < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--municipalities, --tasks and --runs must be at least 1, --warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        SyntheticWorkload workload = SyntheticWorkload.generate(municipalities, tasks, 0.01, seed);
        Evaluator evaluator = new Evaluator(workload.study());
        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += evaluator.evaluate(workload.scenario()).summary().organisations();
        }
        resetPeaks();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Evaluation last = null;
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            last = evaluator.evaluate(workload.scenario());
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            checksum += last.summary().organisations();
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        long median = nanos[runs / 2];
        long pairs = (long) municipalities * tasks;
        out.printf(Locale.ROOT, "municipalities=%d%ntasks=%d%noverrides=%d%n", municipalities, tasks,
                workload.scenario().overrides().size());
        out.printf(Locale.ROOT, "total_cost=%.2f%norganisations=%d%nchecksum=%d%n", last.summary().totalCost(),
                last.summary().organisations(), checksum);
        out.printf(Locale.ROOT, "peak_heap_mb=%d%nlive_heap_mb=%d%n", peakHeapBytes() / (1024 * 1024),
                liveHeapBytes() / (1024 * 1024));
        // CPU time of the evaluating thread: a steadier figure than wall time on a busy machine.
        out.printf(Locale.ROOT, "cpu_seconds=%.4f%ncpu_ns_per_pair=%.2f%n", cpuNanos[runs / 2] / 1e9,
                (double) cpuNanos[runs / 2] / pairs);
        out.printf(Locale.ROOT, "pairs=%d%nseconds=%.4f%nns_per_pair=%.2f%n", pairs, median / 1e9,
                (double) median / pairs);
        out.flush();
        return ExitCodes.OK;
    }

    /** Heap in use after a full collection: the workload, the study and one evaluation. */
    private static long liveHeapBytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Many evaluations of the shipped data: the figure that matters for the desktop app. */
    private int benchShipped() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StudyInput input = StudyInput.read(null, null, null);
        var rules = AllocationFile.read(CsvSource.bundled("scenarios/differentiated-by-scale.csv")).records();
        Scenario scenario = new Scenario("differentiated", "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
        Evaluator evaluator = new Evaluator(input.study());
        int evaluations = 2000;
        long checksum = 0;
        for (int i = 0; i < evaluations * Math.max(1, warmup); i++) {
            checksum += evaluator.evaluate(scenario).summary().organisations();
        }
        long[] nanos = new long[evaluations];
        for (int i = 0; i < evaluations; i++) {
            long start = System.nanoTime();
            checksum += evaluator.evaluate(scenario).summary().organisations();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long pairs = (long) input.study().dataset().municipalities().size() * input.study().tasks().size();
        out.printf(Locale.ROOT, "evaluations=%d%nchecksum=%d%n", evaluations, checksum);
        out.printf(Locale.ROOT, "median_microseconds=%.1f%np95_microseconds=%.1f%n", nanos[evaluations / 2] / 1e3,
                nanos[evaluations * 95 / 100] / 1e3);
        out.printf(Locale.ROOT, "pairs=%d%nseconds=%.6f%nns_per_pair=%.2f%n", pairs, nanos[evaluations / 2] / 1e9,
                (double) nanos[evaluations / 2] / pairs);
        out.flush();
        return ExitCodes.OK;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on the live heap in use. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
