package nl.taakdiff.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Measures what a weight move costs the FX thread in the Appraisal view on the shipped data: from
 * the slider's new value through re-ranking, stability intervals and the redrawn bars, bands and
 * labels, to the end of the next layout pulse (CSS and layout included). Reports the FX thread's
 * CPU time and the synchronous handler time. Run it with
 * {@code mvn test -Dtest=AppraisalLatencyHarness}.
 */
class AppraisalLatencyHarness extends LatencyHarness {
    private static final int WARM_UP = 100;
    private static final int SAMPLES = Integer.getInteger("samples", 500);

    @Test
    void weightMovePercentiles(FxRobot robot) throws Exception {
        Scene scene = open(robot, "appraisal");
        Slider slider = robot.lookup("#appraisal-cost_per_inhabitant-slider").queryAs(Slider.class);
        List<Double> cpu = new ArrayList<>();
        List<Double> handler = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            double value = 0.5 + (i * 0.37) % 9;
            Sample sample = time(scene, () -> () -> slider.setValue(value), "weight move " + i);
            if (i >= WARM_UP) {
                cpu.add(sample.fxCpuMillis());
                handler.add(sample.appliedMillis());
            }
        }
        Collections.sort(cpu);
        Collections.sort(handler);
        System.out.printf(Locale.ROOT, "Appraisal weight move, %d samples: FX-thread CPU to end of layout pulse"
                        + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; re-rank and redraw handler p50 %.2f ms, p95 %.2f ms%n",
                SAMPLES, percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99), percentile(handler, 50),
                percentile(handler, 95));
    }
}
