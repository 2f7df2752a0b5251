package nl.taakdiff.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Creating and opening workbook files: a new file is built under a temporary name and put in place
 * whole; an existing one is checked (header, identity, integrity, tables) before SQLite may change
 * it, upgraded when older, and opened for writing only by the instance that holds its lock.
 */
final class WorkbookFile {
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkbookFile() {
    }

    /**
     * Creates a new workbook with scenarios in it; {@code currentSituation} (nullable) is the uniform
     * allocation that {@link ScenarioTemplate#CURRENT_SITUATION} copies.
     */
    static Path create(Path file, Dataset dataset, List<Task> tasks, List<Scenario> scenarios,
                       Scenario currentSituation) throws WorkbookException {
        Objects.requireNonNull(dataset, "dataset");
        file = file.toAbsolutePath().normalize();
        checkFolder(file);
        if (Files.exists(file)) {
            throw new WorkbookException(WorkbookProblem.FILE_EXISTS, file);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        StaleLeftovers.remove(file.getParent(), StaleLeftovers.CREATING);
        StaleLeftovers.remove(file.getParent(), StaleLeftovers.PROBE);
        try {
            deleteWithSidecars(temp); // left by a create that was interrupted
            try (Connection c = connect(temp, false)) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = WAL");
                }
                c.setAutoCommit(false);
                Schema.migrate(c, 0, Schema.CURRENT_VERSION);
                writeDataset(c, dataset);
                Instant now = Instant.now();
                long catalogue = Catalogue.insertCatalogue(c, tasks, now, "created");
                WorkbookConnection.putMeta(c, "current_catalogue", Long.toString(catalogue));
                WorkbookConnection.putMeta(c, "created_at", now.toString());
                if (currentSituation != null) {
                    WorkbookConnection.putMeta(c, "current_situation", Documents.scenario(currentSituation));
                }
                for (Scenario s : scenarios) {
                    ScenarioStore.insertScenario(c, s, now);
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            FinishedWorkbook.putInPlace(temp, file);
        } catch (FileAlreadyExistsException e) {
            quietlyDelete(temp);
            throw new WorkbookException(WorkbookProblem.FILE_EXISTS, e, file);
        } catch (SQLException | IOException e) {
            quietlyDelete(temp);
            if (e instanceof SQLException sql && WorkbookConnection.isUniqueViolation(sql)) {
                throw new WorkbookException(WorkbookProblem.DUPLICATE_SCENARIO_NAMES, e);
            }
            throw new WorkbookException(WorkbookProblem.CANNOT_CREATE, e, file, WorkbookConnection.describe(e));
        }
        return file;
    }

    /**
     * Opens an existing workbook: for writing when this instance can, otherwise read-only (see
     * {@link #readOnlyReason()}). Upgrades an older workbook to the current schema first.
     */
    static WorkbookConnection open(Path file) throws WorkbookException {
        file = file.toAbsolutePath().normalize();
        checkFolder(file);
        if (!Files.exists(file)) {
            throw new WorkbookException(WorkbookProblem.NO_WORKBOOK, file);
        }
        if (Files.isDirectory(file)) {
            throw new WorkbookException(WorkbookProblem.IS_A_FOLDER, file);
        }
        // The real path: a symbolic link, '..' or a relative path must find the same lock and side files.
        file = realPath(file);
        checkHeader(file);
        String walProblem = WalCheck.problem(file).orElse(null);

        String readOnly = FileAccess.readOnlyReason(file);
        // Nobody can change a file that cannot be written here: SQLite may read it as unchangeable,
        // which needs (and leaves) no side files in a folder that may not take them.
        boolean immutable = readOnly != null;
        WorkbookLock lock = null;
        if (readOnly == null) {
            try {
                Optional<WorkbookLock> acquired = WorkbookLock.tryAcquire(file);
                if (acquired.isPresent()) {
                    lock = acquired.get();
                    FileAccess.repairSideFiles(file);
                } else {
                    readOnly = "it is open in another Taakdiff window or program; changes can only be made there";
                }
            } catch (IOException e) {
                // Without the lock no update could be protected from another instance: read-only.
                readOnly = "the lock file " + WorkbookLock.lockFileOf(file).getFileName() + " cannot be locked ("
                        + WorkbookConnection.describe(e) + "); some network drives do not support file locks";
            }
        }
        Connection connection = null;
        try {
            connection = connect(file, readOnly != null, immutable);
            checkContents(file, connection, readOnly != null);
            return new WorkbookConnection(file, connection, lock, readOnly, walProblem);
        } catch (WorkbookException e) {
            WorkbookConnection.closeQuietly(connection, lock);
            throw e;
        } catch (SQLException e) {
            WorkbookConnection.closeQuietly(connection, lock);
            throw translateOpenFailure(file, e);
        }
    }

    private static Path realPath(Path file) throws WorkbookException {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new WorkbookException(WorkbookProblem.CANNOT_READ, e, file, WorkbookConnection.describe(e));
        }
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
    }

    private static void quietlyDelete(Path file) {
        try {
            deleteWithSidecars(file);
        } catch (IOException ignored) {
            // the original failure is what the analyst needs to see
        }
    }

    /** Refuses a missing folder before SQLite would create files. */
    private static void checkFolder(Path file) throws WorkbookException {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new WorkbookException(WorkbookProblem.NO_FOLDER, folder);
        }
    }

    /**
     * Reads the SQLite header without opening the database: not SQLite at all, SQLite from another
     * program, or a newer workbook, are refused before anything could touch the file.
     */
    private static void checkHeader(Path file) throws WorkbookException {
        byte[] header = new byte[100];
        int read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (read < header.length) {
                int n = in.read(header, read, header.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            throw new WorkbookException(WorkbookProblem.CANNOT_READ, e, file, WorkbookConnection.describe(e));
        }
        if (read == 0) {
            throw new WorkbookException(WorkbookProblem.EMPTY_FILE, file);
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (read < SQLITE_MAGIC.length || header[i] != SQLITE_MAGIC[i]) {
                throw new WorkbookException(WorkbookProblem.NOT_SQLITE, file);
            }
        }
        if (read < header.length) {
            throw new WorkbookException(WorkbookProblem.CUT_SHORT, file);
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int userVersion = b.getInt(60);
        int applicationId = b.getInt(68);
        checkIdentity(file, applicationId, userVersion);
    }

    private static void checkIdentity(Path file, int applicationId, int userVersion) throws WorkbookException {
        if (applicationId != Schema.APPLICATION_ID) {
            throw new WorkbookException(WorkbookProblem.OTHER_PROGRAM, file);
        }
        if (userVersion > Schema.CURRENT_VERSION) {
            throw new WorkbookException(WorkbookProblem.NEWER_FORMAT, file, userVersion, Schema.CURRENT_VERSION);
        }
    }

    /** The authoritative checks, on the open connection: identity, integrity, schema; then upgrades. */
    private static void checkContents(Path file, Connection c, boolean readOnly)
            throws SQLException, WorkbookException {
        int applicationId = pragmaInt(c, "PRAGMA application_id");
        int userVersion = pragmaInt(c, "PRAGMA user_version");
        checkIdentity(file, applicationId, userVersion);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new WorkbookException(WorkbookProblem.SQLITE_REPORTS_DAMAGE, file, first);
            }
        }
        if (userVersion < Schema.CURRENT_VERSION) {
            if (readOnly) {
                throw new WorkbookException(WorkbookProblem.UPGRADE_NEEDS_WRITING, file);
            }
            c.setAutoCommit(false);
            try {
                Schema.migrate(c, userVersion, Schema.CURRENT_VERSION);
                checkTables(file, c);
                c.commit();
            } catch (SQLException | WorkbookException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } else {
            checkTables(file, c);
        }
        if (!readOnly) {
            // Only now that the file is known to be a workbook: WAL changes the file header.
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
        }
    }

    private static void checkTables(Path file, Connection c) throws SQLException, WorkbookException {
        Set<String> tables = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_schema WHERE type = 'table'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.containsAll(Schema.REQUIRED_TABLES)) {
            throw new WorkbookException(WorkbookProblem.MISSING_TABLES, file);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        return connect(file, readOnly, false);
    }

    /**
     * @param immutable for a file nobody can change here (write-protected, or on a read-only medium):
     *                  SQLite then reads it without locks and without creating {@code -shm} or {@code -wal}
     */
    private static Connection connect(Path file, boolean readOnly, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // journal_mode=WAL is set after the file has been checked (see checkContents)
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        if (immutable) {
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?mode=ro&immutable=1",
                    config.toProperties());
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static WorkbookException translateOpenFailure(Path file, SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT")) {
                return new WorkbookException(WorkbookProblem.DAMAGED_ON_OPEN, e, file, s.getMessage());
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code.name().startsWith("SQLITE_BUSY")) {
                return new WorkbookException(WorkbookProblem.BUSY, e, file);
            }
        }
        return new WorkbookException(WorkbookProblem.CANNOT_OPEN, e, file, e.getMessage());
    }

    private static void writeDataset(Connection c, Dataset dataset) throws SQLException {
        WorkbookConnection.putMeta(c, "dataset_name", dataset.name());
        try (PreparedStatement m = c.prepareStatement(
                "INSERT INTO municipality (code, position, name, province, population) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement r = c.prepareStatement(
                "INSERT INTO region_membership (municipality_code, region_type, region_code, region_name) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Municipality mu : dataset.municipalities()) {
                m.setString(1, mu.code());
                m.setInt(2, position++);
                m.setString(3, mu.name());
                m.setString(4, mu.province());
                m.setLong(5, mu.population());
                m.addBatch();
            }
            m.executeBatch();
            for (Municipality mu : dataset.municipalities()) {
                for (Region region : new java.util.TreeMap<>(mu.regions()).values()) {
                    r.setString(1, mu.code());
                    r.setString(2, region.type());
                    r.setString(3, region.code());
                    r.setString(4, region.name());
                    r.addBatch();
                }
            }
            r.executeBatch();
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
