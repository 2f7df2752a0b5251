package nl.taakdiff.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.LinearComparison;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.StudyInput;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;

/**
 * {@code taakdiff bench --monte-carlo}: the shipped data, the two demo scenarios, every parameter
 * uncertain (the catalogue's ranges, else ± 20 %). Times compiling, the tornado of the delta of
 * total cost, and a run of 10,000 draws with its statistics; medians after warm-up runs.
 */
final class UncertaintyBench {
    private static final int DRAWS = 10_000;

    private UncertaintyBench() {
    }

    static int run(PrintWriter out, int runs, int warmup) throws Exception {
        StudyInput input = StudyInput.read(null, null, null);
        Scenario current = demo("scenarios/current-situation.csv", "current");
        Scenario differentiated = demo("scenarios/differentiated-by-scale.csv", "differentiated");
        Evaluator evaluator = new Evaluator(input.study());
        ParameterSpace space = ParameterSpace.of(input.study().tasks(), Overheads.DEFAULT,
                ParameterSpace.DEFAULT_RELATIVE_RANGE);
        MonteCarloSettings settings = new MonteCarloSettings(DRAWS, 1, Distribution.TRIANGULAR, 1.0);
        int timed = Math.max(1, runs);
        long[] compileNanos = new long[timed];
        long[] tornadoNanos = new long[timed];
        long[] drawNanos = new long[timed];
        long[] drawCpuNanos = new long[timed];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        UncertaintyResult result = null;
        Tornado tornado = null;
        for (int i = -Math.max(0, warmup); i < timed; i++) {
            long t0 = System.nanoTime();
            LinearComparison comparison = LinearComparison.compile(evaluator, current, differentiated, space, 1.0);
            long t1 = System.nanoTime();
            tornado = Tornado.ofDelta(comparison, Metric.TOTAL_COST);
            long t2 = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            result = MonteCarlo.run(comparison, settings, MonteCarlo.Monitor.NONE);
            long t3 = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            if (i >= 0) {
                compileNanos[i] = t1 - t0;
                tornadoNanos[i] = t2 - t1;
                drawNanos[i] = t3 - t2;
                drawCpuNanos[i] = cpu;
            }
        }
        out.printf(Locale.ROOT, "municipalities=%d%ntasks=%d%nparameters=%d%ndraws=%d%nruns=%d%n",
                input.study().dataset().municipalities().size(), input.study().tasks().size(), space.size(), DRAWS,
                timed);
        out.printf(Locale.ROOT, "delta_total_cost_mean=%.2f%nprobability_negative=%.6f%nstandard_error=%.2f%n",
                result.metric(Metric.TOTAL_COST).delta().mean(), result.metric(Metric.TOTAL_COST).probabilityNegative(),
                result.standardError(Metric.TOTAL_COST));
        out.printf(Locale.ROOT, "top_parameter=%s%n", tornado.rows().get(0).parameter().name());
        out.printf(Locale.ROOT, "compile_ms=%.3f%ntornado_ms=%.3f%n", median(compileNanos) / 1e6,
                median(tornadoNanos) / 1e6);
        // CPU time of the running thread: the steadier figure on a busy machine; wall time last.
        out.printf(Locale.ROOT, "cpu_ms_per_10000_draws=%.1f%n", median(drawCpuNanos) / 1e6);
        out.printf(Locale.ROOT, "ms_per_10000_draws=%.1f%n", median(drawNanos) / 1e6);
        out.flush();
        return ExitCodes.OK;
    }

    private static Scenario demo(String resource, String name) throws Exception {
        var rules = AllocationFile.read(CsvSource.bundled(resource)).records();
        return new Scenario(name, "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
