package nl.taakdiff.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who may write a workbook. A workbook {@code study.taakdiff} has a sidecar {@code study.taakdiff.lock};
 * the instance that holds an operating-system lock on it ({@link FileChannel#tryLock()}) is the
 * writer, every other instance opens the workbook read-only. The operating system drops the lock
 * when the process ends, however it ends, so a crash never leaves a workbook locked. The sidecar
 * file is left in place on close: deleting it would let a third instance lock a new file while a
 * second still holds the old one. Within one JVM a second lock attempt on the same file reports
 * {@link OverlappingFileLockException}, which is treated the same as a lock held elsewhere.
 */
final class WorkbookLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkbookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workbook) {
        return workbook.resolveSibling(workbook.getFileName() + ".lock");
    }

    /**
     * The lock, or empty when another instance holds it.
     *
     * @throws IOException when the lock file cannot be created or opened (e.g. a write-protected folder)
     */
    static Optional<WorkbookLock> tryAcquire(Path workbook) throws IOException {
        FileChannel channel = FileChannel.open(lockFileOf(workbook), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new WorkbookLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
