package nl.taakdiff.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.stage.Stage;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import nl.taakdiff.ui.common.FxJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.LibraryException;
import nl.taakdiff.ui.library.LibraryOpener;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.library.WorkbookLibrary;
import nl.taakdiff.ui.library.WorkbookOpener;
import nl.taakdiff.ui.main.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window on a temporary workbook (seeded like the default one), with its own
 * preferences node, for TestFX tests.
 */
public final class UiFixture {
    public final Preferences node = Preferences.userRoot().node("nl/taakdiff/test/ui-" + System.nanoTime());
    public final Settings settings = new Settings(node);
    public final FxJobs jobs = new FxJobs();
    public final Path folder;
    public final Path workbook;
    public final LibraryOpener opener;
    public MainWindow window;

    public UiFixture() {
        try {
            folder = Files.createTempDirectory("taakdiff-ui");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        workbook = folder.resolve("test.taakdiff");
        WorkbookOpener files = new WorkbookOpener();
        opener = new LibraryOpener() {
            @Override
            public ScenarioLibrary openDefault() throws LibraryException {
                try {
                    return new WorkbookLibrary(Files.exists(workbook) ? Workbook.open(workbook)
                            : DefaultWorkbook.createSeeded(workbook));
                } catch (WorkbookException e) {
                    throw new LibraryException(e.getMessage(), e);
                }
            }

            @Override
            public ScenarioLibrary open(Path path) throws LibraryException {
                return files.open(path);
            }

            @Override
            public ScenarioLibrary create(Path path) throws LibraryException {
                return files.create(path);
            }
        };
    }

    /**
     * Call on the FX thread with TestFX's primary stage ({@link WithMainWindow} does), or to reopen
     * with a {@code new Stage()}: a closed window's memory still follows its stage and would take the
     * reset for the window's new place. The stage is first reset, so that no earlier test's window
     * state carries over.
     */
    public MainWindow start(Stage stage) {
        StageReset.reset(stage);
        window = TaakdiffApp.createWindow(stage, settings, new Messages(Messages.ENGLISH), jobs, TestData.study(), opener);
        window.show(stage::hide);
        window.model().openStartup();
        return window;
    }

    /**
     * Waits until no background work is queued and the comparison is on screen, then builds every
     * tab view (they are built on first selection), so that a test can look into any tab.
     */
    public void settle() {
        awaitIdle();
        onFx(() -> {
            if (window.view() != null) {
                window.view().buildAllTabs();
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As {@link #settle()}, but builds no tab view that the window did not build itself. */
    public void awaitIdle() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(() -> jobs.isIdle()
                        && window.model().compare().appliedProperty().get() == window.model().compare().requested())
                        .get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not settle", e);
        }
    }

    public <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Closes the workbook (as the Exit menu does) and waits for it. */
    public void close() {
        onFx(() -> {
            window.model().exit();
            return null;
        });
        settle();
    }

    public void stop() throws BackingStoreException, IOException {
        try {
            close();
        } catch (AssertionError e) {
            // already closed or never opened
        }
        jobs.shutdown();
        removeNode();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Removes the test's preferences node. The user preferences file lock is shared with every
     * other JVM on the machine (parallel builds, a running app), so a failed lock is retried and
     * finally ignored: the node has a unique name and does no harm if left behind.
     */
    private void removeNode() {
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
