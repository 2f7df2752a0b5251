package nl.taakdiff.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * An open workbook file: its one JDBC connection, the lock that makes this instance the writer (or
 * why it is read-only), and what every part of the store needs around SQL: transactions and
 * failures translated into {@link WorkbookException}s for the analyst.
 */
final class WorkbookConnection {
    private final Path file;
    private final Connection connection;
    private final WorkbookLock lock;
    private final String readOnlyReason;
    private final String openWarning;

    WorkbookConnection(Path file, Connection connection, WorkbookLock lock, String readOnlyReason) {
        this(file, connection, lock, readOnlyReason, null);
    }

    /** @param openWarning what the analyst should know about the file as found (a damaged journal); nullable */
    WorkbookConnection(Path file, Connection connection, WorkbookLock lock, String readOnlyReason, String openWarning) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.openWarning = openWarning;
    }

    /** See {@link #WorkbookConnection(Path, Connection, WorkbookLock, String, String)}. */
    String openWarning() {
        return openWarning;
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** Why the workbook is read-only, as a sentence part; null when writable. */
    String readOnlyReason() {
        return readOnlyReason;
    }

    void close() throws WorkbookException {
        try {
            if (lock != null) {
                checkpoint("TRUNCATE");
            }
            connection.close();
        } catch (SQLException e) {
            throw new WorkbookException(WorkbookProblem.CANNOT_CLOSE, e, file, e.getMessage());
        } finally {
            closeQuietly(null, lock);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, WorkbookException;
    }

    <T> T inTransaction(String what, Work<T> work) throws WorkbookException {
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run();
                connection.commit();
            } catch (SQLException | WorkbookException | RuntimeException e) {
                // SQLite may have rolled back already (a full disk does): the original failure counts.
                rollbackQuietly();
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    // the transaction has ended either way
                }
            }
            if (lock != null) {
                // outside any transaction: the driver opens the next one at once while auto-commit is off
                checkpoint("PASSIVE");
            }
            return result;
        } catch (IllegalStateException e) {
            throw damaged(e);
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new WorkbookException(WorkbookProblem.NAME_USED, e, what);
            }
            throw failure(what, e);
        }
    }

    /**
     * Copies what the write-ahead log holds into the workbook file, so that the {@code .taakdiff}
     * file alone is complete (a copy of it misses nothing) and a damaged log cannot lose saves. The
     * save itself is already durable; a checkpoint that cannot finish now (a reader in the way, a full
     * disk) is simply done later.
     */
    private void checkpoint(String mode) {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            // see above
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // no transaction left to roll back
        }
    }

    /** Runs a read, translating its failures like {@link #inTransaction} does. */
    <T> T reading(String what, Work<T> work) throws WorkbookException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    WorkbookException failure(String what, SQLException e) {
        if (e instanceof SQLiteException s) {
            String code = s.getResultCode().name();
            if (code.startsWith("SQLITE_READONLY")) {
                return new WorkbookException(WorkbookProblem.WRITE_PROTECTED, e, what, file);
            }
            if (code.startsWith("SQLITE_CORRUPT") || code.equals("SQLITE_NOTADB")) {
                return new WorkbookException(WorkbookProblem.DAMAGED_WHILE, e, what, file);
            }
        }
        if (isDiskFull(e)) {
            return new WorkbookException(WorkbookProblem.DISK_FULL, e, what);
        }
        return new WorkbookException(WorkbookProblem.FAILED_WHILE, e, what, file, e.getMessage());
    }

    /** A stored state that cannot be read back (the file was changed outside Taakdiff or is damaged). */
    WorkbookException damaged(IllegalStateException e) {
        return new WorkbookException(WorkbookProblem.STORED_STATE_DAMAGED, e, file, e.getMessage());
    }

    /** Throws {@link WorkbookException.Reason#READ_ONLY} when this instance may not change the workbook. */
    void requireWritable() throws WorkbookException {
        if (readOnlyReason != null) {
            throw new WorkbookException(WorkbookProblem.OPEN_READ_ONLY, file.getFileName(), readOnlyReason);
        }
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * A full disk shows in SQLite as SQLITE_FULL, or while growing the shared-memory file as
     * SQLITE_IOERR_SHMSIZE, or as an I/O error whose cause names the lack of space.
     */
    static boolean isDiskFull(Exception e) {
        if (e instanceof SQLiteException s) {
            String code = s.getResultCode().name();
            if (code.startsWith("SQLITE_FULL") || code.equals("SQLITE_IOERR_SHMSIZE")) {
                return true;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk is full") || m.contains("database or disk is full")) {
                return true;
            }
        }
        return false;
    }

    static boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }

    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String quote(String name) {
        return "\u201c" + name + "\u201d";
    }

    static void closeQuietly(Connection connection, WorkbookLock lock) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // nothing more to do
        }
        try {
            if (lock != null) {
                lock.close();
            }
        } catch (IOException ignored) {
            // the OS releases it when the process ends
        }
    }
}
