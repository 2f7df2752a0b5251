package nl.taakdiff.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import nl.taakdiff.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Measures what a weight move costs the FX thread in the Appraisal view on the shipped data: from
 * the slider's new value through re-ranking, stability intervals and the redrawn bars, bands and
 * labels, to the end of the next layout pulse (CSS and layout included). Reports the FX thread's
 * CPU time and the synchronous handler time. Not part of the normal test run; run it with
 * {@code mvn test -Dtest=AppraisalLatencyHarness}.
 */
@ExtendWith(ApplicationExtension.class)
class AppraisalLatencyHarness {
    private static final int WARM_UP = 100;
    private static final int SAMPLES = Integer.getInteger("samples", 500);
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = new UiFixture();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void weightMovePercentiles(FxRobot robot) throws Exception {
        app.settle();
        robot.interact(() -> app.window.view().selectTab("appraisal"));
        app.settle();
        Scene scene = app.window.stage().getScene();
        Slider slider = robot.lookup("#appraisal-cost_per_inhabitant-slider").queryAs(Slider.class);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        List<Double> handler = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            double value = 0.5 + (i * 0.37) % 9;
            CountDownLatch done = new CountDownLatch(1);
            long[] elapsed = new long[2];
            Platform.runLater(() -> {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                slider.setValue(value);
                elapsed[1] = System.nanoTime() - start;
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        elapsed[0] = threads.getCurrentThreadCpuTime() - cpuStart;
                        done.countDown();
                    }
                });
                Platform.requestNextPulse();
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse after weight move " + i);
            }
            if (i >= WARM_UP) {
                cpu.add(elapsed[0] / 1e6);
                handler.add(elapsed[1] / 1e6);
            }
        }
        Collections.sort(cpu);
        Collections.sort(handler);
        System.out.printf(Locale.ROOT, "Appraisal weight move, %d samples: FX-thread CPU to end of layout pulse"
                        + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; re-rank and redraw handler p50 %.2f ms, p95 %.2f ms%n",
                SAMPLES, pct(cpu, 0.5), pct(cpu, 0.95), pct(cpu, 0.99), pct(handler, 0.5), pct(handler, 0.95));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
