package nl.taakdiff.io.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.SyntheticWorkload;
import nl.taakdiff.model.Overheads;

/**
 * Exports a synthetic study of many municipalities in a JVM with a small heap (see
 * {@link ExportMemoryTest}); prints the peak heap in use. Arguments: format, municipalities, output file.
 */
public final class ExportMemoryChild {
    private ExportMemoryChild() {
    }

    public static void main(String[] args) throws Exception {
        Exports.Format format = Exports.Format.parse(args[0]).orElseThrow();
        int municipalities = Integer.parseInt(args[1]);
        SyntheticWorkload workload = SyntheticWorkload.generate(municipalities, 20, 0.01, 7);
        Evaluator evaluator = new Evaluator(workload.study());
        Evaluation baseline = evaluator.evaluate(workload.scenario());
        Evaluation alternative = evaluator.evaluate(workload.scenario().withName("cheaper overheads")
                .withOverheads(Overheads.DEFAULT.with(nl.taakdiff.model.Level.REGION, 0.01)));
        ExportInput input = ExportInput.of(List.of(Comparison.of(baseline, alternative, 1.0)),
                new ExportInput.About("test", Instant.now(), ""));
        System.gc();
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean();
        long before = heap.getHeapMemoryUsage().getUsed();
        long peakBefore = peakHeap();
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        Exports.write(format, input, Path.of(args[2]));
        // The export's own share is what the peak during the export adds to the evaluations in memory.
        System.out.printf("%s %d municipalities: %.1f s, peak heap %d MB (evaluations in memory %d MB, peak before"
                        + " the export %d MB)%n", format.code(), municipalities, (System.nanoTime() - start) / 1e9,
                peakHeap() >> 20, before >> 20, peakBefore >> 20);
    }

    private static long peakHeap() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
