package nl.taakdiff.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.taakdiff.model.Study;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.FxDialogService;
import nl.taakdiff.ui.common.FxJobs;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.EarlyOpener;
import nl.taakdiff.ui.library.WorkbookOpener;
import nl.taakdiff.ui.library.LibraryOpener;
import nl.taakdiff.ui.main.MainWindow;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.StudySource;
import nl.taakdiff.ui.workspace.AppContext;

/**
 * The desktop app. {@link #launchDesktop} starts opening the workbook (the default one, or the one
 * path it was launched with) before the JavaFX toolkit starts; {@link #start} builds and shows the
 * window meanwhile and takes the workbook over on the store thread.
 * With {@code -Dtaakdiff.timing=true} it prints how long the cold start took (see {@link StartupProbe}).
 */
public class TaakdiffApp extends Application {
    /** Set by {@link #launchDesktop} before the toolkit starts; JavaFX makes the instance itself. */
    private static volatile LibraryOpener earlyOpener;
    private Settings settings;
    private Study study;
    private Jobs jobs;

    /** Starts the JavaFX runtime with this app; returns when the window is closed. */
    public static void launchDesktop(String... args) {
        earlyOpener = EarlyOpener.start(new WorkbookOpener(), startupWorkbook(List.of(args)));
        GraphicsMemory.user().chooseBeforeStart(System.getProperties());
        ClasspathWarning.hide();
        Application.launch(TaakdiffApp.class, args);
    }

    @Override
    public void init() {
        StartupProbe.mark("JavaFX started, init()");
        GraphicsMemory.user().remember(Platform.isSupported(ConditionalFeature.SCENE3D), System.getProperties());
        settings = Settings.user();
        // The workbook brings its own data set and tasks; nothing to read before the window shows.
        study = StudySource.empty();
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(settings.startLocale());
        jobs = new FxJobs();
        StartupProbe.mark("start()");
        MainWindow window = createWindow(stage, settings, messages, jobs, study, defaultOpener());
        StartupProbe.mark("view models created");
        // "Open the result" of an export shows the file in the system's viewer.
        window.model().export().setViewer(path -> getHostServices().showDocument(path.toUri().toString()));
        // The store thread opens the workbook while this thread builds and shows the window.
        startupWorkbook(getParameters().getRaw())
                .ifPresentOrElse(window.model()::openStartup, window.model()::openStartup);
        window.show(Platform::exit);
        StartupProbe.mark("window built and shown");
        StartupProbe.watch(window);
    }

    /** The workbook the app was started with ({@code Taakdiff studie.taakdiff}); empty for the default one. */
    static Optional<Path> startupWorkbook(List<String> arguments) {
        return arguments.size() == 1 ? Optional.of(Path.of(arguments.get(0))) : Optional.empty();
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
        LibraryOpener early = earlyOpener;
        return early != null ? early : new WorkbookOpener();
    }

    @Override
    public void stop() {
        if (jobs != null) {
            jobs.shutdown();
        }
    }
}
