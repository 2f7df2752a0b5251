package nl.taakdiff.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.LayoutPulses;
import org.testfx.api.FxRobot;

/**
 * What the latency harnesses share: the real app on the shipped data, and the timing of one change
 * from its start on the FX thread until the end of the layout pulse after the view took it in.
 * Harnesses are not part of the normal test run (their names do not end in Test); run one with
 * {@code mvn test -Dtest=NameOfTheHarness}.
 */
abstract class LatencyHarness extends WithMainWindow {
    /** One timed change, in milliseconds. */
    record Sample(double millis, double appliedMillis, double fxCpuMillis) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Shows a tab and waits until the window is idle; returns the window's scene. */
    Scene open(FxRobot robot, String tab) {
        app.settle();
        robot.interact(() -> app.window.view().selectTab(tab));
        app.settle();
        return app.window.stage().getScene();
    }

    /**
     * Times a change that the view applies at once: {@code edit} prepares it on the FX thread
     * (untimed) and returns the change itself.
     */
    static Sample time(Scene scene, Supplier<Runnable> edit, String what) throws InterruptedException {
        return time(scene, edit, null, null, what);
    }

    /**
     * Times a change whose result a view model applies later: until {@code applied} reaches the
     * request number {@code requested} gives right after the change, then to the end of the next
     * layout pulse.
     */
    static Sample time(Scene scene, Supplier<Runnable> edit, ReadOnlyLongProperty applied, LongSupplier requested,
                       String what) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] elapsed = new long[3];
        Platform.runLater(() -> {
            Runnable change = edit.get();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            change.run();
            Runnable laidOut = () -> LayoutPulses.afterNext(scene, () -> {
                elapsed[0] = System.nanoTime() - start;
                elapsed[2] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                done.countDown();
            });
            if (applied == null) {
                elapsed[1] = System.nanoTime() - start;
                laidOut.run();
                return;
            }
            long wanted = requested.getAsLong();
            applied.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.longValue() >= wanted) {
                        elapsed[1] = System.nanoTime() - start;
                        applied.removeListener(this);
                        laidOut.run();
                    }
                }
            });
        });
        if (!done.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("nothing on screen after " + what);
        }
        return new Sample(elapsed[0] / 1e6, elapsed[1] / 1e6, elapsed[2] / 1e6);
    }

    /** The p-th percentile (0 < p ≤ 100) of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** How busy the machine was, to judge the figures by. */
    static void printLoad() {
        System.out.printf("  load average during the run: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
