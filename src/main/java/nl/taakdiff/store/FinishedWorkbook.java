package nl.taakdiff.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a workbook that was written whole under a hidden temporary name in place under its own
 * name, never over a file that is already there (another instance may have made one meanwhile).
 */
public final class FinishedWorkbook {
    /** Makes a second name for a file; {@link Files#createLink} but for tests. */
    @FunctionalInterface
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    private FinishedWorkbook() {
    }

    /**
     * A hard link under the final name, which fails if that name exists, and then the temporary name
     * removed. Where the file system has no hard links (FAT, some shares, a refused link) an atomic
     * move, after checking that the name is free: a file made between that check and the move is
     * the one race left, on file systems that leave no other way.
     *
     * @throws FileAlreadyExistsException when {@code file} exists; then {@code temp} is left as it was
     */
    public static void putInPlace(Path temp, Path file) throws IOException {
        putInPlace(temp, file, Files::createLink);
    }

    static void putInPlace(Path temp, Path file, Linker linker) throws IOException {
        try {
            linker.link(file, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the workbook is in place; its hidden second name goes with the next cleanup of leftovers
        }
    }
}
