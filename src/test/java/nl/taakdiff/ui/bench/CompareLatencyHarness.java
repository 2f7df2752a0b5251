package nl.taakdiff.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Measures how long an allocation edit takes to show in the Compare view: from the edit (on the
 * FX thread) through evaluation on the compute thread, the rebuilt cards, tables and charts, to
 * the end of the next layout pulse. Not part of the normal test run (the class name does not end
 * in Test); run it with {@code mvn test -Dtest=CompareLatencyHarness}.
 */
@ExtendWith(ApplicationExtension.class)
class CompareLatencyHarness {
    private static final int WARM_UP = 50;
    private static final int SAMPLES = Integer.getInteger("samples", 300);
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
    void editToComparePercentiles(FxRobot robot) throws Exception {
        app.settle();
        robot.interact(() -> app.window.view().selectTab("compare"));
        app.settle();
        Session session = app.window.model().session();
        CompareViewModel compare = app.window.model().compare();
        Scene scene = app.window.stage().getScene();
        List<Task> tasks = session.study().tasks();
        List<Long> lower = session.current().tiering().lowerBounds();
        String jfr = System.getProperty("jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        List<Double> millis = new ArrayList<>();
        List<Double> appliedMillis = new ArrayList<>();
        List<Double> fxCpuMillis = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            Task task = tasks.get(i % tasks.size());
            long bound = lower.get((i / tasks.size()) % lower.size());
            CountDownLatch done = new CountDownLatch(1);
            long[] elapsed = new long[3];
            Platform.runLater(() -> {
                Level now = Scenarios.level(session.current(), task.code(), bound);
                Level next = now == Level.REGION ? Level.CENTRE : Level.REGION;
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                session.setLevels(Map.of(new Scenarios.Cell(task.code(), bound), next));
                long wanted = compare.requested();
                ChangeListener<Number> applied = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number n) {
                        if (n.longValue() >= wanted) {
                            elapsed[1] = System.nanoTime() - start;
                            compare.appliedProperty().removeListener(this);
                            scene.addPostLayoutPulseListener(new Runnable() {
                                @Override
                                public void run() {
                                    scene.removePostLayoutPulseListener(this);
                                    elapsed[0] = System.nanoTime() - start;
                                    elapsed[2] = threads.getCurrentThreadCpuTime() - cpuStart;
                                    done.countDown();
                                }
                            });
                            Platform.requestNextPulse();
                        }
                    }
                };
                compare.appliedProperty().addListener(applied);
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no refresh after edit " + i);
            }
            if (i >= WARM_UP) {
                millis.add(elapsed[0] / 1e6);
                appliedMillis.add(elapsed[1] / 1e6);
                fxCpuMillis.add(elapsed[2] / 1e6);
            }
            app.settle();
        }
        if (recording != null) {
            recording.dump(java.nio.file.Path.of(jfr));
            recording.close();
        }
        Collections.sort(millis);
        Collections.sort(appliedMillis);
        Collections.sort(fxCpuMillis);
        var evaluator = session.evaluator();
        var base = session.baseline();
        var alt = session.current();
        List<Double> engine = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long t0 = System.nanoTime();
            nl.taakdiff.engine.Comparison.of(evaluator.evaluate(base), evaluator.evaluate(alt));
            if (i >= 500) {
                engine.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(engine);
        List<Double> idle = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            long[] t = new long[1];
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        t[0] = System.nanoTime() - t0;
                        pulse.countDown();
                    }
                });
                Platform.requestNextPulse();
            });
            pulse.await(10, TimeUnit.SECONDS);
            idle.add(t[0] / 1e6);
        }
        Collections.sort(idle);
        System.out.printf("  waiting for the next pulse with nothing changed: p50 %.1f ms, p95 %.1f ms%n",
                percentile(idle, 50), percentile(idle, 95));
        System.out.printf("  result applied to the view (before layout and render): p50 %.1f ms, p95 %.1f ms%n",
                percentile(appliedMillis, 50), percentile(appliedMillis, 95));
        System.out.printf("  CPU time of the FX thread from edit to laid-out view: p50 %.1f ms, p95 %.1f ms%n",
                percentile(fxCpuMillis, 50), percentile(fxCpuMillis, 95));
        System.out.printf("  engine alone (evaluate baseline + alternative, compare): p50 %.2f ms, p95 %.2f ms%n",
                percentile(engine, 50), percentile(engine, 95));
        System.out.printf("  load average during the run: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("edit -> Compare view refreshed (%d samples, %d municipalities, %d tasks):%n"
                        + "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                millis.size(), session.study().dataset().municipalities().size(), tasks.size(),
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
