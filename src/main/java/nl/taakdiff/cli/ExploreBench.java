package nl.taakdiff.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.FrontierPoint;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.Prices;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.StudyInput;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Tiering;

/**
 * {@code taakdiff bench --explore}: the optimum and a 50-point frontier on the shipped data, from
 * the current-situation demo scenario. A cold optimum includes building the explorer's tables (what
 * a changed base scenario costs); a warm optimum reuses them (what a moved price slider costs).
 */
final class ExploreBench {
    private ExploreBench() {
    }

    static void run(PrintWriter out, int runs, int warmup) throws Exception {
        StudyInput input = StudyInput.read(null, null, null);
        Study study = input.study();
        var rules = AllocationFile.read(CsvSource.bundled("scenarios/current-situation.csv")).records();
        Scenario base = new Scenario("current", "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
        PriceRange range = PriceRange.parse("0:1000000:50");
        long checksum = 0;
        for (int i = 0; i < Math.max(1, warmup) * 20; i++) {
            Explorer e = new Explorer(study, base);
            checksum += e.optimum(new Prices(i * 10_000.0, 0.1), Constraints.NONE).summary().organisations();
            checksum += e.frontier(0.1, range, Constraints.NONE).size();
        }
        int samples = Math.max(runs, 1) * 20;
        long[] cold = new long[samples];
        long[] warm = new long[samples];
        long[] frontier = new long[samples];
        Explorer explorer = new Explorer(study, base);
        int distinct = 0;
        for (int i = 0; i < samples; i++) {
            Prices prices = new Prices((i % 50) * 20_000.0, 0.05 * (i % 3));
            long start = System.nanoTime();
            Explorer fresh = new Explorer(study, base);
            checksum += fresh.optimum(prices, Constraints.NONE).summary().organisations();
            cold[i] = System.nanoTime() - start;
            start = System.nanoTime();
            checksum += explorer.optimum(prices, Constraints.NONE).summary().organisations();
            warm[i] = System.nanoTime() - start;
            start = System.nanoTime();
            List<FrontierPoint> points = explorer.frontier(prices.control(), range, Constraints.NONE);
            frontier[i] = System.nanoTime() - start;
            distinct = points.size();
        }
        Arrays.sort(cold);
        Arrays.sort(warm);
        Arrays.sort(frontier);
        out.printf(Locale.ROOT, "municipalities=%d%ntasks=%d%nsize_classes=%d%nsamples=%d%nchecksum=%d%n",
                study.dataset().municipalities().size(), study.tasks().size(), base.tiering().size(), samples,
                checksum);
        out.printf(Locale.ROOT, "optimum_cold_ms_median=%.3f%noptimum_cold_ms_p95=%.3f%n", ms(cold, 50), ms(cold, 95));
        out.printf(Locale.ROOT, "optimum_warm_ms_median=%.3f%noptimum_warm_ms_p95=%.3f%n", ms(warm, 50), ms(warm, 95));
        out.printf(Locale.ROOT, "frontier_points=50%nfrontier_distinct_optima=%d%n", distinct);
        out.printf(Locale.ROOT, "frontier_ms_median=%.3f%nfrontier_ms_p95=%.3f%n", ms(frontier, 50), ms(frontier, 95));
        out.flush();
    }

    private static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }
}
