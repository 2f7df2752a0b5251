package nl.taakdiff.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import nl.taakdiff.ui.common.FxJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.library.LibraryException;
import nl.taakdiff.ui.library.LibraryOpener;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.main.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on test data, with its own preferences node, for TestFX tests. */
public final class UiFixture {
    public final Preferences node = Preferences.userRoot().node("nl/taakdiff/test/ui-" + System.nanoTime());
    public final Settings settings = new Settings(node);
    public final FxJobs jobs = new FxJobs();
    public final LibraryOpener opener;
    public MainWindow window;

    public UiFixture(LibraryOpener opener) {
        this.opener = opener;
    }

    /** An in-memory workbook with the demo scenarios. */
    public static UiFixture inMemory() {
        InMemoryScenarioLibrary library = new InMemoryScenarioLibrary("test workbook", TestData.scenarios());
        return new UiFixture(new LibraryOpener() {
            @Override
            public ScenarioLibrary openDefault() {
                return library;
            }

            @Override
            public ScenarioLibrary open(Path path) throws LibraryException {
                throw new LibraryException("not in this test");
            }

            @Override
            public ScenarioLibrary create(Path path) throws LibraryException {
                throw new LibraryException("not in this test");
            }
        });
    }

    /** Call from the {@code @Start} method. */
    public MainWindow start(Stage stage) {
        window = TaakdiffApp.createWindow(stage, settings, new Messages(Messages.ENGLISH), jobs, TestData.study(), opener);
        window.show(stage::hide);
        window.model().openStartup();
        return window;
    }

    /** Waits until no background work is queued and the comparison is on screen. */
    public void settle() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(() -> jobs.isIdle()
                        && window.model().compare().appliedProperty().get() == window.model().compare().requested())
                        .get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Stops the jobs and removes the test's preferences node. The user preferences file lock is
     * shared with every other JVM on the machine (parallel builds, a running app), so a failed lock
     * is retried and finally ignored: the node has a unique name and does no harm if left behind.
     */
    public void stop() throws BackingStoreException {
        jobs.shutdown();
        for (int attempt = 1; ; attempt++) {
            try {
                node.removeNode();
                return;
            } catch (BackingStoreException e) {
                if (attempt == 5) {
                    System.err.println("test preferences node not removed: " + e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
