package nl.taakdiff.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a workbook can be written, decided from what the file system really allows rather than
 * from permission bits alone (root may write into a folder without write bits, and a read-only
 * share or CD may show write bits it does not honour): the medium's read-only flag and an attempt
 * to create a file in the folder. A file without any write bit counts as write-protected even
 * for root, because an analyst who made a study read-only means it.
 */
final class FileAccess {
    private FileAccess() {
    }

    /** Why the workbook cannot be written, as a sentence part; null when it can. */
    static String readOnlyReason(Path file) {
        try {
            if (Files.getFileStore(file).isReadOnly()) {
                return "it is on a read-only disk or share";
            }
        } catch (IOException e) {
            // judged by the checks below
        }
        if (!hasWriteBit(file) || !Files.isWritable(file)) {
            return "the file is write-protected";
        }
        if (!canCreateIn(file.getParent())) {
            return "its folder is write-protected";
        }
        return null;
    }

    private static boolean hasWriteBit(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.OWNER_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    /** SQLite needs to create its journal files beside the workbook; try what it would do. */
    static boolean canCreateIn(Path folder) {
        Path probe = folder.resolve(".taakdiff-probe-" + UUID.randomUUID());
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Gives SQLite's side files the workbook's own permissions where they lack write permission:
     * SQLite creates them with the permissions of the database file, so a side file made while the
     * workbook was write-protected would block every later write.
     */
    static void repairSideFiles(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side) && !Files.getPosixFilePermissions(side).contains(PosixFilePermission.OWNER_WRITE)) {
                    Files.setPosixFilePermissions(side, perms);
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            // nothing to repair where there are no POSIX permissions, or SQLite will report it
        }
    }
}
