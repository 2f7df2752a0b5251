package nl.taakdiff.engine.appraisal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark of rank acceptability: 10,000 weight draws for 4 options × 6 criteria, both methods;
 * also the re-ranking after a weight move (ranking and stability intervals). Run it as a plain
 * {@code main} from the test classpath; prints median and p95 over the timed runs.
 */
public final class AcceptabilityBench {
    private AcceptabilityBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        for (Method method : Method.values()) {
            Appraisal appraisal = RankAcceptabilityTest.random(42, 4, 6, method);
            long[] smaa = time(runs, () -> RankAcceptability.compute(appraisal, RankAcceptability.DEFAULT_DRAWS, 1));
            double[] w = {1, 2, 3, 4, 5, 6};
            long[] rerank = time(runs * 20, () -> {
                w[0] = w[0] % 9 + 1;
                Appraisal moved = appraisal.withWeights(w);
                moved.ranking();
                moved.stability();
            });
            System.out.printf(Locale.ROOT, "%-12s acceptability 10,000 draws, 4 × 6: median %.2f ms, p95 %.2f ms;"
                            + " re-rank with stability: median %.1f µs, p95 %.1f µs%n", method.key(),
                    smaa[0] / 1e6, smaa[1] / 1e6, rerank[0] / 1e3, rerank[1] / 1e3);
        }
    }

    /** Median and p95 in nanoseconds after as many warm-up runs as timed runs. */
    private static long[] time(int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return new long[] {t[runs / 2], t[(int) Math.ceil(runs * 0.95) - 1]};
    }
}
