package nl.taakdiff.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.taakdiff.ui.TaakdiffApp;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.FxJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.InMemoryLibraryOpener;
import nl.taakdiff.ui.main.MainWindow;

/**
 * Draw-time harness for the map (not a unit test; timings depend on the machine). Opens the real
 * window on the demo data with the Map tab, then measures:
 * <ol>
 *   <li>a full {@link MapCanvas#redraw()} (all municipalities, on the FX thread), 300 times;</li>
 *   <li>rendering the drawn canvas into an image ({@code snapshot}), 50 times, which includes the
 *       rasterisation that the render thread otherwise does after the pulse;</li>
 *   <li>frame intervals while panning by 4 px per frame for 240 frames, zoomed in 3x.</li>
 * </ol>
 * Run with {@code xvfb-run -a java -cp target/classes:target/test-classes:CLASSPATH
 * nl.taakdiff.ui.map.MapDrawBench} (a plain main class is enough on the class path); add
 * {@code -Dprism.verbose=true} to see the graphics pipeline.
 */
public final class MapDrawBench {
    private MapDrawBench() {
    }

    public static void main(String[] args) {
        Application.launch(Bench.class, args);
    }

    /** The JavaFX application of the harness (a nested class, so the JavaFX jars may sit on the class path). */
    public static final class Bench extends Application {
        private Preferences node;

        @Override
        public void stop() throws Exception {
            if (node != null) {
                node.removeNode();
            }
        }

    @Override
    public void start(Stage stage) {
        node = Preferences.userRoot().node("nl/taakdiff/bench-" + System.nanoTime());
        Settings settings = new Settings(node);
        MainWindow window = TaakdiffApp.createWindow(stage, settings, new Messages(Messages.ENGLISH), new FxJobs(),
                TestData.study(), new InMemoryLibraryOpener(TestData::scenarios));
        window.show(Platform::exit);
        window.model().openStartup();
        window.view().selectTab("map");
        waitForMap(window, 0);
    }

    private void waitForMap(MainWindow window, int tries) {
        PauseTransition pause = new PauseTransition(Duration.millis(500));
        pause.setOnFinished(e -> {
            MapView view = (MapView) window.view().tabView("map");
            MapCanvas canvas = view.canvas();
            if (window.model().map().map() == null || canvas.draws() == 0 || canvas.getWidth() < 100) {
                if (tries > 120) {
                    System.out.println("the map did not appear");
                    Platform.exit();
                } else {
                    waitForMap(window, tries + 1);
                }
                return;
            }
            measure(canvas);
        });
        pause.play();
    }

    private void measure(MapCanvas canvas) {
        int points = 0;
        for (MapShapes.Shape s : canvas.shapesForBench().municipalities()) {
            points += s.points();
        }
        System.out.printf(Locale.ROOT, "map: %d municipalities, %d points, canvas %.0f x %.0f%n",
                canvas.shapesForBench().municipalities().size(), points, canvas.getWidth(), canvas.getHeight());
        for (int i = 0; i < 50; i++) {
            canvas.redraw();
        }
        double[] redraw = new double[300];
        for (int i = 0; i < redraw.length; i++) {
            canvas.redraw();
            redraw[i] = canvas.lastDrawNanos() / 1e6;
        }
        report("full redraw (FX thread)", redraw);
        double[] snapshot = new double[50];
        for (int i = 0; i < snapshot.length; i++) {
            canvas.redraw();
            long start = System.nanoTime();
            canvas.canvas().snapshot(null, null);
            snapshot[i] = (System.nanoTime() - start) / 1e6;
        }
        report("redraw rendered to an image (snapshot)", snapshot);
        javafx.scene.canvas.Canvas empty = new javafx.scene.canvas.Canvas(canvas.getWidth(), canvas.getHeight());
        double[] overhead = new double[50];
        for (int i = 0; i < overhead.length; i++) {
            empty.getGraphicsContext2D().clearRect(0, 0, empty.getWidth(), empty.getHeight());
            long start = System.nanoTime();
            empty.snapshot(null, null);
            overhead[i] = (System.nanoTime() - start) / 1e6;
        }
        report("same snapshot of an empty canvas", overhead);

        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().map(Thread::getId).orElse(-1L);
        double[] cpu = new double[50];
        for (int i = 0; i < cpu.length; i++) {
            canvas.redraw();
            long fx = threads.getCurrentThreadCpuTime();
            long before = threads.getThreadCpuTime(renderer);
            canvas.canvas().snapshot(null, null);
            cpu[i] = (threads.getThreadCpuTime(renderer) - before + threads.getCurrentThreadCpuTime() - fx) / 1e6;
        }
        report("CPU time of redraw + render (both threads)", cpu);

        canvas.zoomAt(3, canvas.getWidth() / 2, canvas.getHeight() / 2);
        canvas.redraw();
        if (!Boolean.getBoolean("bench.noPanImage")) {
            canvas.beginPan();
        }
        List<Double> intervals = new ArrayList<>();
        List<Double> frameCpu = new ArrayList<>();
        new AnimationTimer() {
            private long last;
            private long lastCpu;
            private int frames;

            @Override
            public void handle(long now) {
                long cpuNow = threads.getCurrentThreadCpuTime() + threads.getThreadCpuTime(renderer);
                if (last != 0) {
                    intervals.add((now - last) / 1e6);
                    frameCpu.add((cpuNow - lastCpu) / 1e6);
                }
                last = now;
                lastCpu = cpuNow;
                canvas.panBy(frames % 120 < 60 ? 4 : -4, frames % 120 < 60 ? 2 : -2);
                if (++frames > 240) {
                    stop();
                    canvas.endPan();
                    report("frame interval while panning", intervals.stream().mapToDouble(Double::doubleValue).toArray());
                    report("CPU per frame while panning", frameCpu.stream().mapToDouble(Double::doubleValue).toArray());
                    Platform.exit();
                }
            }
        }.start();
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-42s median %6.2f ms, p95 %6.2f ms, max %6.2f ms (n=%d)%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.floor(sorted.length * 0.95)], sorted[sorted.length - 1],
                sorted.length);
    }
}
}
