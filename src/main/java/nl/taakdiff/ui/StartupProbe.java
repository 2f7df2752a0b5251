package nl.taakdiff.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import nl.taakdiff.ui.common.LayoutPulses;
import nl.taakdiff.ui.main.MainWindow;

/**
 * Start-up markers for measuring and training. With {@code -Dtaakdiff.timing=true} it prints when
 * each start-up step ended, counted from the JVM's start, with the process's CPU time (to tell own
 * work from waiting for a busy machine); the two lines a benchmark waits for start with
 * {@code "timing: frame"} (the window's first pulse) and {@code "timing: first view"} (the
 * comparison laid out). With {@code -Dtaakdiff.exitAfterStart=true} the app closes its workbook and
 * leaves right after the first view, for the training run of the class-data archive.
 */
final class StartupProbe {
    static final boolean TIMING = Boolean.getBoolean("taakdiff.timing");
    static final boolean EXIT_AFTER_START = Boolean.getBoolean("taakdiff.exitAfterStart");

    private StartupProbe() {
    }

    static void mark(String what) {
        if (TIMING) {
            System.out.println("timing: " + what + " " + sinceJvmStart() + " ms after JVM start" + cpu());
        }
    }

    /** Marks the frame on the window's first pulse and the first view when the comparison is laid out. */
    static void watch(MainWindow window) {
        if (!TIMING && !EXIT_AFTER_START) {
            return;
        }
        Scene scene = window.stage().getScene();
        LayoutPulses.afterNext(scene, () -> mark("frame"));
        Runnable pulses = () -> mark("pulse");
        scene.addPostLayoutPulseListener(pulses);
        window.model().session().libraryProperty().addListener((obs, old, now) -> mark("workbook opened"));
        var compare = window.model().compare();
        ChangeListener<Number> firstResult = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (compare.result() == null) {
                    return;
                }
                compare.appliedProperty().removeListener(this);
                mark("comparison applied");
                scene.removePostLayoutPulseListener(pulses);
                LayoutPulses.afterNext(scene, () -> {
                    mark("first view");
                    threads();
                    if (EXIT_AFTER_START) {
                        window.model().exit();
                    }
                });
            }
        };
        compare.appliedProperty().addListener(firstResult);
    }

    /** The threads that used the most CPU time until now, to tell where a start's work goes. */
    private static void threads() {
        if (!TIMING) {
            return;
        }
        var bean = ManagementFactory.getThreadMXBean();
        StringBuilder line = new StringBuilder("timing: CPU by thread:");
        java.util.Arrays.stream(bean.getThreadInfo(bean.getAllThreadIds()))
                .filter(java.util.Objects::nonNull)
                .map(info -> java.util.Map.entry(info.getThreadName(), bean.getThreadCpuTime(info.getThreadId()) / 1_000_000))
                .filter(e -> e.getValue() >= 10)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(" ms,"));
        System.out.println(line.substring(0, line.length() - 1));
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * The process's CPU time and, on the FX thread, that thread's own: the FX thread builds and lays
     * out the view, so its CPU time is the part no second core can take over.
     */
    private static String cpu() {
        String fx = Platform.isFxApplicationThread()
                ? ", FX thread CPU " + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms"
                : "";
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return " (process CPU " + os.getProcessCpuTime() / 1_000_000 + " ms" + fx + ", load average "
                    + os.getSystemLoadAverage() + ")";
        }
        return "";
    }
}
