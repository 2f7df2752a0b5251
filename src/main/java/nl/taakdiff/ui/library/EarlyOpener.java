package nl.taakdiff.ui.library;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens the workbook the app starts with on a thread of its own, as soon as the program starts:
 * opening it (SQLite's library, the schema check, the data set) then runs while the JavaFX toolkit
 * starts instead of after it. The first request for that workbook gets it (or the reason it could
 * not be opened, exactly as the wrapped opener gave it); every other request goes to the wrapped
 * opener.
 */
public final class EarlyOpener implements LibraryOpener {
    private final LibraryOpener opener;
    private final Optional<Path> workbook;
    private final CompletableFuture<ScenarioLibrary> early = new CompletableFuture<>();
    private final AtomicBoolean handedOver = new AtomicBoolean();

    private EarlyOpener(LibraryOpener opener, Optional<Path> workbook) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.workbook = Objects.requireNonNull(workbook, "workbook");
    }

    /** Starts opening {@code workbook}, or the default workbook when empty, and returns at once. */
    public static EarlyOpener start(LibraryOpener opener, Optional<Path> workbook) {
        EarlyOpener result = new EarlyOpener(opener, workbook);
        Thread thread = new Thread(result::openEarly, "taakdiff-early-open");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private void openEarly() {
        try {
            ScenarioLibrary library = workbook.isPresent() ? opener.open(workbook.get()) : opener.openDefault();
            try {
                // read once here, so the store thread finds the data set read and its classes loaded
                library.study();
            } catch (LibraryException | RuntimeException e) {
                try {
                    library.close();
                } catch (LibraryException | RuntimeException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
            early.complete(library);
        } catch (Throwable e) {
            early.completeExceptionally(e);
        }
    }

    @Override
    public ScenarioLibrary openDefault() throws LibraryException {
        return workbook.isEmpty() && handedOver.compareAndSet(false, true) ? take() : opener.openDefault();
    }

    @Override
    public ScenarioLibrary open(Path path) throws LibraryException {
        return workbook.filter(path::equals).isPresent() && handedOver.compareAndSet(false, true) ? take()
                : opener.open(path);
    }

    @Override
    public ScenarioLibrary create(Path path) throws LibraryException {
        return opener.create(path);
    }

    private ScenarioLibrary take() throws LibraryException {
        try {
            return early.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException(e.getMessage(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LibraryException library) {
                throw library;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new LibraryException(cause.getMessage(), cause);
        }
    }
}
