package nl.taakdiff.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.SyntheticWorkload;
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

    @Override
    public Integer call() {
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
        Evaluation last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = evaluator.evaluate(workload.scenario());
            nanos[i] = System.nanoTime() - start;
            checksum += last.summary().organisations();
        }
        Arrays.sort(nanos);
        long median = nanos[runs / 2];
        long pairs = (long) municipalities * tasks;
        out.printf(Locale.ROOT, "municipalities=%d%ntasks=%d%noverrides=%d%n", municipalities, tasks,
                workload.scenario().overrides().size());
        out.printf(Locale.ROOT, "total_cost=%.2f%norganisations=%d%nchecksum=%d%n", last.summary().totalCost(),
                last.summary().organisations(), checksum);
        out.printf(Locale.ROOT, "peak_heap_mb=%d%nlive_heap_mb=%d%n", peakHeapBytes() / (1024 * 1024),
                liveHeapBytes() / (1024 * 1024));
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
