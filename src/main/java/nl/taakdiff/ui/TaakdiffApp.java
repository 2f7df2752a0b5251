package nl.taakdiff.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.taakdiff.model.Study;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.FxDialogService;
import nl.taakdiff.ui.common.FxJobs;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.WorkbookOpener;
import nl.taakdiff.ui.library.LibraryOpener;
import nl.taakdiff.ui.main.MainWindow;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.StudySource;
import nl.taakdiff.ui.workspace.AppContext;

/**
 * The desktop app. {@link #init()} reads the shipped data set off the FX thread; {@link #start}
 * shows the window at once and opens the workbook on the store thread.
 * With {@code -Dtaakdiff.timing=true} it prints how long the cold start took.
 */
public class TaakdiffApp extends Application {
    private Settings settings;
    private Study study;
    private Jobs jobs;

    /** Starts the JavaFX runtime with this app; returns when the window is closed. */
    public static void launchDesktop(String... args) {
        Application.launch(TaakdiffApp.class, args);
    }

    @Override
    public void init() {
        if (Boolean.getBoolean("taakdiff.timing")) {
            System.out.println("timing: JavaFX started, init() " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after JVM start" + cpu());
        }
        settings = Settings.user();
        // The workbook brings its own data set and tasks; nothing to read before the window shows.
        study = StudySource.empty();
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(settings.startLocale());
        jobs = new FxJobs();
        mark("start()");
        MainWindow window = createWindow(stage, settings, messages, jobs, study, defaultOpener());
        mark("view models created");
        window.show(Platform::exit);
        mark("window built and shown");
        window.model().openStartup(); // on the store thread; the window is usable meanwhile
        if (Boolean.getBoolean("taakdiff.timing")) {
            reportStartup(window);
        }
    }

    /** Wires the services and the main window; used by the app and by UI tests. */
    public static MainWindow createWindow(Stage stage, Settings settings, Messages messages, Jobs jobs, Study study,
                                          LibraryOpener opener) {
        Session session = new Session(study, jobs, messages);
        DialogService dialogs = new FxDialogService(() -> stage, messages);
        AppContext context = new AppContext(settings, messages, jobs, session, opener, dialogs);
        return new MainWindow(context, stage);
    }

    /** SQLite workbooks; the default one lives in the user data folder. */
    static LibraryOpener defaultOpener() {
        return new WorkbookOpener();
    }

    private static void reportStartup(MainWindow window) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("timing: window shown " + (System.currentTimeMillis() - jvmStart) + " ms after JVM start"
                + cpu());
        window.model().session().libraryProperty().addListener((obs, old, now) -> System.out.println(
                "timing: workbook opened and scenarios loaded " + (System.currentTimeMillis() - jvmStart)
                        + " ms after JVM start" + cpu()));
        var compare = window.model().compare();
        javafx.beans.value.ChangeListener<Number> firstResult = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                if (compare.result() == null) {
                    return;
                }
                compare.appliedProperty().removeListener(this);
                var scene = window.stage().getScene();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        System.out.println("timing: workbook open and first comparison laid out "
                                + (System.currentTimeMillis() - jvmStart) + " ms after JVM start" + cpu());
                    }
                });
                Platform.requestNextPulse();
            }
        };
        compare.appliedProperty().addListener(firstResult);
    }

    private static void mark(String what) {
        if (Boolean.getBoolean("taakdiff.timing")) {
            System.out.println("timing: " + what + " " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms" + cpu());
        }
    }

    /** The process's CPU time so far, to tell own work from waiting for a busy machine. */
    private static String cpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return " (process CPU " + os.getProcessCpuTime() / 1_000_000 + " ms, load average "
                    + os.getSystemLoadAverage() + ")";
        }
        return "";
    }

    @Override
    public void stop() {
        if (jobs != null) {
            jobs.shutdown();
        }
    }
}
