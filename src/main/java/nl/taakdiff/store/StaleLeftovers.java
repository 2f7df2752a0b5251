package nl.taakdiff.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the temporary files a killed Taakdiff left in a folder, of one writer's own naming only.
 * A file is a leftover when it was last changed before this process started and over a minute ago:
 * this process's own writes are younger, and a writer in another process keeps its file changing.
 * The age decides, not a lock test: opening a second descriptor on an SQLite file this process has
 * open would silently drop SQLite's own locks on it. Best effort: what cannot be listed or removed
 * stays until a later run.
 */
public final class StaleLeftovers {
    /** A workbook being created ({@code NAME.taakdiff.new}) and SQLite's side files of it. */
    static final Pattern CREATING = Pattern.compile(".+\\.taakdiff\\.new(-wal|-shm|-journal)?");
    /** The empty file that tries whether SQLite could create its side files in a folder. */
    static final Pattern PROBE = Pattern.compile("\\.taakdiff-probe-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A leftover this recent may belong to a writer that is about to move it into place. */
    private static final long MINUTE_MILLIS = 60_000;
    private static final Instant PROCESS_START =
            ProcessHandle.current().info().startInstant().orElse(Instant.now());

    private StaleLeftovers() {
    }

    /** Removes the leftovers in {@code folder} whose names match {@code ours} entirely. */
    public static void remove(Path folder, Pattern ours) {
        long now = System.currentTimeMillis();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (ours.matcher(file.getFileName().toString()).matches() && isStale(file, now)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover stays until a later run can remove it
        }
    }

    /** Changed before this process started and not in the last minute. */
    public static boolean isStale(Path file, long nowMillis) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        return modified < PROCESS_START.toEpochMilli() && nowMillis - modified > MINUTE_MILLIS;
    }
}
