package nl.taakdiff.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Measures how long an allocation edit takes to show in the Compare view: from the edit (on the
 * FX thread) through evaluation on the compute thread, the rebuilt cards, tables and charts, to
 * the end of the next layout pulse. Run it with {@code mvn test -Dtest=CompareLatencyHarness}.
 */
class CompareLatencyHarness extends LatencyHarness {
    private static final int WARM_UP = 50;
    private static final int SAMPLES = Integer.getInteger("samples", 300);

    @Test
    void editToComparePercentiles(FxRobot robot) throws Exception {
        Scene scene = open(robot, "compare");
        Session session = app.window.model().session();
        CompareViewModel compare = app.window.model().compare();
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
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            Task task = tasks.get(i % tasks.size());
            long bound = lower.get((i / tasks.size()) % lower.size());
            Sample sample = time(scene, () -> {
                Level now = Scenarios.level(session.current(), task.code(), bound);
                Level next = now == Level.REGION ? Level.CENTRE : Level.REGION;
                return () -> session.setLevels(Map.of(new Scenarios.Cell(task.code(), bound), next));
            }, compare.appliedProperty(), compare::requested, "edit " + i);
            if (i >= WARM_UP) {
                millis.add(sample.millis());
                appliedMillis.add(sample.appliedMillis());
                fxCpuMillis.add(sample.fxCpuMillis());
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
            idle.add(time(scene, () -> () -> { }, "an idle pulse").millis());
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
        printLoad();
        System.out.printf("edit -> Compare view refreshed (%d samples, %d municipalities, %d tasks):%n"
                        + "  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                millis.size(), session.study().dataset().municipalities().size(), tasks.size(),
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
    }
}
