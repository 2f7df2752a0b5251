package nl.taakdiff.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks at a workbook's write-ahead log before SQLite opens the file. SQLite silently drops a log
 * that is cut off or damaged, and with it the last saves; Taakdiff checkpoints after every save so
 * the log is normally empty, and when it is not and looks wrong, the analyst is told.
 */
final class WalCheck {
    private static final int WAL_HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final int MAGIC_LITTLE = 0x377f0682;
    private static final int MAGIC_BIG = 0x377f0683;

    private WalCheck() {
    }

    static Path walOf(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    /** A warning when the log next to {@code file} is not whole; empty when it is absent, empty or whole. */
    static java.util.Optional<String> problem(Path file) {
        Path wal = walOf(file);
        try {
            if (!Files.exists(wal) || Files.size(wal) == 0) {
                return java.util.Optional.empty();
            }
            long size = Files.size(wal);
            byte[] header = new byte[WAL_HEADER];
            int read;
            try (InputStream in = Files.newInputStream(wal)) {
                read = in.readNBytes(header, 0, WAL_HEADER);
            }
            ByteBuffer b = ByteBuffer.wrap(header);
            int magic = read == WAL_HEADER ? b.getInt(0) : 0;
            int pageSize = read == WAL_HEADER ? b.getInt(8) : 0;
            boolean whole = (magic == MAGIC_LITTLE || magic == MAGIC_BIG) && pageSize >= 512
                    && (size - WAL_HEADER) % (FRAME_HEADER + pageSize) == 0;
            if (whole) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of("the journal file " + wal.getFileName() + " next to " + file.getFileName()
                    + " is damaged or cut off (was the workbook copied while it was open?); changes saved in the"
                    + " last moments before that may be missing. Check the latest scenarios and versions.");
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
