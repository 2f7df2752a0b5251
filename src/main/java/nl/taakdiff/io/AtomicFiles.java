package nl.taakdiff.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files whole or not at all: into a hidden temporary file beside the target, flushed to
 * the disk, then moved into place. A set of files ({@link #writeAll}) is replaced all together or
 * not at all. Errors name the target file (never the temporary one) and say why, e.g. that the
 * disk is full.
 *
 * <p>The writer holds an operating-system lock on its temporary file; a process killed while
 * writing loses that lock, so the next write into the same folder can tell its leftovers from a
 * write in progress and removes them (an earlier file put aside for a set goes back in place).
 */
public final class AtomicFiles {
    /** Writes text to a writer; may fail. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes bytes to a stream; may fail. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file of a set: where it goes and what it holds. */
    public record Entry(Path target, BinaryContent content) {
    }

    static final String TEMP_SUFFIX = ".taakdiff-tmp";
    static final String BACKUP_SUFFIX = ".taakdiff-old";
    /** Our temporary files, also those of earlier versions ({@code .NAME.UUID.tmp}). */
    private static final Pattern OURS = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.tmp|\\.taakdiff-tmp|\\.taakdiff-old)");
    /** A leftover this recent may belong to a writer that has just closed it and is about to move it. */
    private static final long STALE_AFTER_MILLIS = 60_000;
    /** This process's own writes are younger than this; only older files can be a killed run's. */
    private static final long PROCESS_START = ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElseGet(System::currentTimeMillis);

    private AtomicFiles() {
    }

    /** Writes bytes whole or not at all (for XLSX, PDF and PNG exports). */
    public static void write(Path target, BinaryContent content) throws IOException {
        writeAll(List.of(new Entry(target, content)));
    }

    /** Writes UTF-8 text whole or not at all. */
    public static void writeUtf8(Path target, Content content) throws IOException {
        write(target, utf8(content));
    }

    /** Text content as bytes. */
    public static BinaryContent utf8(Content content) {
        return out -> {
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        };
    }

    /**
     * Writes every file, then replaces them all; when anything fails no target has changed (earlier
     * files are put back) and nothing of ours is left behind. The message names the file that failed.
     */
    public static void writeAll(List<Entry> entries) throws IOException {
        List<Path> targets = new ArrayList<>();
        for (Entry e : entries) {
            Path target = e.target().toAbsolutePath();
            Path dir = target.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new FileErrors.Described("cannot write " + e.target() + ": folder " + dir + " does not exist",
                        null);
            }
            if (Files.isDirectory(target)) {
                throw new FileErrors.Described("cannot write " + e.target() + ": it is a folder", null);
            }
            removeStale(dir);
            targets.add(target);
        }
        List<Path> temps = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        boolean done = false;
        try {
            for (int i = 0; i < entries.size(); i++) {
                temps.add(writeTemp(entries.get(i).target(), targets.get(i), entries.get(i).content()));
            }
            for (int i = 0; i < targets.size(); i++) {
                Path target = targets.get(i);
                Path backup = null;
                try {
                    if (Files.isDirectory(target)) {
                        throw new IOException("Is a directory");
                    }
                    if (targets.size() > 1 && Files.exists(target)) {
                        backup = sibling(target, BACKUP_SUFFIX);
                        Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
                    }
                    backups.add(backup);
                    move(temps.get(i), target);
                    placed.add(target);
                } catch (IOException e) {
                    throw FileErrors.cannotWrite(entries.get(i).target(), e);
                }
            }
            done = true;
        } finally {
            if (!done) {
                rollBack(targets, placed, backups);
            }
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
            for (Path backup : backups) {
                if (backup != null && done) {
                    deleteQuietly(backup);
                }
            }
        }
    }

    /** The new files are in place: an earlier file that cannot be removed now goes with the next write here. */
    private static void deleteQuietly(Path backup) {
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            // see above
        }
    }

    /** Puts earlier files back after a failed set: a new file without an earlier one is removed. */
    private static void rollBack(List<Path> targets, List<Path> placed, List<Path> backups) throws IOException {
        for (Path target : placed) {
            Files.deleteIfExists(target);
        }
        for (int i = 0; i < backups.size(); i++) {
            if (backups.get(i) != null) {
                Files.move(backups.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** The file a backup was made of: the backup's name is {@code .NAME.UUID.taakdiff-old}. */
    private static Path original(Path backup) {
        String name = backup.getFileName().toString();
        return backup.resolveSibling(name.substring(1, name.length() - BACKUP_SUFFIX.length() - 37));
    }

    /** The content in a locked, flushed temporary file beside the target. */
    private static Path writeTemp(Path shown, Path target, BinaryContent content) throws IOException {
        Path temp;
        try {
            temp = createBeside(target, TEMP_SUFFIX);
        } catch (IOException e) {
            throw FileErrors.cannotWrite(shown, e);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 65536);
            try {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            } finally {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            IOException io = FileErrors.ioCause(e);
            if (io instanceof FileErrors.Described described) {
                throw described;
            }
            if (io == null && !FileErrors.isDiskFull(e)) {
                throw e;
            }
            throw FileErrors.cannotWrite(shown, io != null ? io : new IOException(e.getMessage(), e));
        }
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file
     * owner-only, and the move would give the result those permissions.
     */
    private static Path createBeside(Path target, String suffix) throws IOException {
        while (true) {
            try {
                return Files.createFile(sibling(target, suffix));
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes what killed writers left in {@code dir}: our temporary files that nobody holds a lock
     * on, that have not changed for a minute and are older than this process. Best effort: a folder we cannot list or a file we
     * cannot remove is left alone.
     */
    static void removeStale(Path dir) {
        long now = System.currentTimeMillis();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                long modified = Files.getLastModifiedTime(file).toMillis();
                if (OURS.matcher(file.getFileName().toString()).matches() && modified < PROCESS_START
                        && now - modified > STALE_AFTER_MILLIS && unlocked(file)) {
                    Path original = file.getFileName().toString().endsWith(BACKUP_SUFFIX) ? original(file) : null;
                    if (original != null && !Files.exists(original)) {
                        // killed between putting the old file aside and the new one in place
                        Files.move(file, original, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover stays until a later write can remove it
        }
    }

    private static boolean unlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }
}
