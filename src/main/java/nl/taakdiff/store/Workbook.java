package nl.taakdiff.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.engine.AssumptionDiffs;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.engine.appraisal.WeightSetDiffs;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.OverrideFile;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.Sourced;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A workbook: one analyst's study in one SQLite file ({@code .taakdiff}). It holds a frozen data set
 * (municipalities and region memberships), the task catalogue with its history, any number of
 * scenarios, a per-scenario change journal (undo/redo) and named versions.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Every change is one SQLite transaction, committed before the method returns (WAL,
 *       {@code synchronous=FULL}): a crash loses nothing that a method reported as done.</li>
 *   <li>A file that is not a workbook, is damaged, or was written by a newer Taakdiff is refused
 *       with a {@link WorkbookException} and not modified.</li>
 *   <li>Only one running instance writes a workbook (see {@link WorkbookLock}); others, and any
 *       instance that finds the file write-protected, get it read-only: {@link #isReadOnly()} and
 *       {@link #readOnlyReason()} say so, and every change method throws
 *       {@link WorkbookException.Reason#READ_ONLY}.</li>
 * </ul>
 *
 * <h2>Threading</h2>
 * A workbook holds one JDBC connection and is meant to be used from one thread (the desktop app's
 * single database executor). Methods are {@code synchronized}, so accidental use from another
 * thread is safe but serialised. Everything returned is an immutable record or an unmodifiable list.
 *
 * <h2>Scenarios and undo</h2>
 * A scenario is identified by its name (unique within the workbook, ignoring case). Its state is
 * a {@link Scenario} record, stored whole. {@link #saveScenario} writes a new state and records the
 * previous one in the journal; {@link #undo}/{@link #redo} walk that journal, which is in the file,
 * so undo survives a restart. A rename is a save whose record has another name, so it can be undone
 * too. A new save after undo drops the redo steps, as in any editor.
 */
public final class Workbook implements AutoCloseable {
    /** The file name extension of workbooks. */
    public static final String EXTENSION = ".taakdiff";
    /** Journal entries kept per scenario; older ones are dropped (their versions remain). */
    static final int JOURNAL_LIMIT = 500;
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final WorkbookLock lock;
    private final String readOnlyReason;
    private Dataset dataset;
    private long cachedCatalogueId = -1;
    private List<Task> cachedTasks;

    private Workbook(Path file, Connection connection, WorkbookLock lock, String readOnlyReason) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
    }

    // ------------------------------------------------------------------------------------------
    // Opening and creating

    /**
     * Creates a new workbook file holding the data set and task catalogue, and opens it for writing.
     * The file is built under a temporary name in the same folder and moved into place when
     * complete, so a workbook file is never half-made.
     */
    public static Workbook create(Path file, Dataset dataset, List<Task> tasks) throws WorkbookException {
        return create(file, dataset, tasks, List.of(), null);
    }

    /**
     * Creates a new workbook with scenarios in it; {@code currentSituation} (nullable) is the uniform
     * allocation that {@link ScenarioTemplate#CURRENT_SITUATION} copies.
     */
    public static Workbook create(Path file, Dataset dataset, List<Task> tasks, List<Scenario> scenarios,
                                  Scenario currentSituation) throws WorkbookException {
        Objects.requireNonNull(dataset, "dataset");
        file = file.toAbsolutePath().normalize();
        checkFolder(file);
        if (Files.exists(file)) {
            throw new WorkbookException(WorkbookException.Reason.FILE_EXISTS,
                    "There is already a file " + file + "; choose another name or open it instead.");
        }
        Path temp = file.resolveSibling(file.getFileName() + ".new");
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
                long catalogue = insertCatalogue(c, tasks, now, "created");
                putMeta(c, "current_catalogue", Long.toString(catalogue));
                putMeta(c, "created_at", now.toString());
                if (currentSituation != null) {
                    putMeta(c, "current_situation", Documents.scenario(currentSituation));
                }
                for (Scenario s : scenarios) {
                    insertScenario(c, s, now);
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            putInPlace(temp, file);
        } catch (FileAlreadyExistsException e) {
            quietlyDelete(temp);
            throw new WorkbookException(WorkbookException.Reason.FILE_EXISTS,
                    "There is already a file " + file + "; choose another name or open it instead.", e);
        } catch (SQLException | IOException e) {
            quietlyDelete(temp);
            if (e instanceof SQLException sql && isUniqueViolation(sql)) {
                throw new WorkbookException(WorkbookException.Reason.NAME_TAKEN,
                        "Two scenarios have the same name; scenario names must be unique.", e);
            }
            throw new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                    "Cannot create the workbook " + file + ": " + describe(e), e);
        }
        return open(file);
    }

    /**
     * Opens an existing workbook: for writing when this instance can, otherwise read-only (see
     * {@link #readOnlyReason()}). Upgrades an older workbook to the current schema first.
     */
    public static Workbook open(Path file) throws WorkbookException {
        file = file.toAbsolutePath().normalize();
        checkFolder(file);
        if (!Files.exists(file)) {
            throw new WorkbookException(WorkbookException.Reason.FILE_NOT_FOUND, "There is no workbook " + file + ".");
        }
        if (Files.isDirectory(file)) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                    file + " is a folder, not a Taakdiff workbook.");
        }
        checkHeader(file);

        String readOnly = null;
        WorkbookLock lock = null;
        if (!isWritable(file)) {
            readOnly = "the file is write-protected";
        } else {
            try {
                Optional<WorkbookLock> acquired = WorkbookLock.tryAcquire(file);
                if (acquired.isPresent()) {
                    lock = acquired.get();
                } else {
                    readOnly = "it is open in another Taakdiff window or program; changes can only be made there";
                }
            } catch (IOException e) {
                // Without the lock no update could be protected from another instance: read-only.
                readOnly = Files.isWritable(file.getParent())
                        ? "the lock file " + WorkbookLock.lockFileOf(file).getFileName() + " cannot be locked ("
                                + describe(e) + "); some network drives do not support file locks"
                        : "its folder is write-protected";
            }
        }
        Connection connection = null;
        try {
            connection = connect(file, readOnly != null);
            checkContents(file, connection, readOnly != null);
            Workbook workbook = new Workbook(file, connection, lock, readOnly);
            return workbook;
        } catch (WorkbookException e) {
            closeQuietly(connection, lock);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection, lock);
            throw translateOpenFailure(file, e);
        }
    }

    /**
     * Moves the finished file into place without ever replacing a file that appeared meanwhile (two
     * first starts at once): a hard link fails if the name exists. Where the file system has no hard
     * links (some USB sticks and network shares), an atomic rename after a final check is used.
     */
    private static void putInPlace(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
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
            throw new WorkbookException(WorkbookException.Reason.FOLDER_NOT_FOUND,
                    "The folder " + folder + " does not exist; create it first or choose another place for the workbook.");
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
            throw new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                    "Cannot read " + file + ": " + describe(e), e);
        }
        if (read == 0) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                    file + " is empty; it is not a Taakdiff workbook.");
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (read < SQLITE_MAGIC.length || header[i] != SQLITE_MAGIC[i]) {
                throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                        file + " is not a Taakdiff workbook (it is not a SQLite database file).");
            }
        }
        if (read < header.length) {
            throw new WorkbookException(WorkbookException.Reason.DAMAGED,
                    file + " is damaged: the file is cut short. Restore it from a backup.");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int userVersion = b.getInt(60);
        int applicationId = b.getInt(68);
        checkIdentity(file, applicationId, userVersion);
    }

    private static void checkIdentity(Path file, int applicationId, int userVersion) throws WorkbookException {
        if (applicationId != Schema.APPLICATION_ID) {
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                    file + " is a SQLite database of another program, not a Taakdiff workbook.");
        }
        if (userVersion > Schema.CURRENT_VERSION) {
            throw new WorkbookException(WorkbookException.Reason.NEWER_VERSION,
                    file + " was written by a newer version of Taakdiff (workbook format " + userVersion
                            + "; this version reads up to format " + Schema.CURRENT_VERSION
                            + "). Update Taakdiff to open it; the file has not been changed.");
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
                throw new WorkbookException(WorkbookException.Reason.DAMAGED,
                        file + " is damaged (SQLite reports: " + first + "). Restore it from a backup.");
            }
        }
        if (userVersion < Schema.CURRENT_VERSION) {
            if (readOnly) {
                throw new WorkbookException(WorkbookException.Reason.READ_ONLY, file
                        + " was written by an older version of Taakdiff and must be upgraded, but it can only be"
                        + " opened read-only here. Open it where it can be changed, or copy it first.");
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
            throw new WorkbookException(WorkbookException.Reason.NOT_A_WORKBOOK,
                    file + " is marked as a Taakdiff workbook but lacks its tables; it is not a usable workbook.");
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // journal_mode=WAL is set after the file has been checked (see checkContents)
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /**
     * Whether this process may write the file. Root may write a file without write permission, but
     * an analyst who made a file read-only means it, so the permission bits are honoured too.
     */
    private static boolean isWritable(Path file) {
        if (!Files.isWritable(file)) {
            return false;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.OWNER_WRITE)
                    || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    private static WorkbookException translateOpenFailure(Path file, SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT")) {
                return new WorkbookException(WorkbookException.Reason.DAMAGED,
                        file + " is damaged (" + s.getMessage() + "). Restore it from a backup.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code.name().startsWith("SQLITE_BUSY")) {
                return new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                        file + " is busy in another program; try again in a moment.", e);
            }
        }
        return new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                "Cannot open " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, WorkbookLock lock) {
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

    @Override
    public synchronized void close() throws WorkbookException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                    "Cannot close " + file + " cleanly: " + e.getMessage(), e);
        } finally {
            closeQuietly(null, lock);
        }
    }

    // ------------------------------------------------------------------------------------------
    // The workbook

    public Path file() {
        return file;
    }

    /** True when this instance may not change the workbook. */
    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why the workbook is read-only, as a sentence part ("the file is write-protected"); empty when writable. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** A notice for the analyst when the workbook is read-only, e.g. for a status bar; empty otherwise. */
    public Optional<String> readOnlyNotice() {
        return readOnlyReason().map(r -> "Opened " + file.getFileName() + " read-only: " + r + ".");
    }

    /** The frozen data set of this workbook. */
    public synchronized Dataset dataset() throws WorkbookException {
        if (dataset == null) {
            try {
                dataset = readDataset();
            } catch (SQLException e) {
                throw failure("read the data set", e);
            }
        }
        return dataset;
    }

    /** The current task catalogue. */
    public synchronized List<Task> tasks() throws WorkbookException {
        try {
            long id = Long.parseLong(meta("current_catalogue").orElseThrow());
            if (id != cachedCatalogueId) {
                cachedTasks = List.copyOf(readCatalogue(id));
                cachedCatalogueId = id;
            }
            return cachedTasks;
        } catch (SQLException e) {
            throw failure("read the task catalogue", e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    /** The data set with the current task catalogue: what scenarios are evaluated against. */
    public synchronized Study study() throws WorkbookException {
        return new Study(dataset(), tasks());
    }

    /**
     * Replaces the task catalogue. The previous catalogue stays in the file: versions saved before
     * keep pointing at the catalogue they were saved with, so they evaluate exactly as they did.
     */
    public synchronized void saveTasks(List<Task> tasks) throws WorkbookException {
        requireWritable();
        List<String> problems = nl.taakdiff.engine.Validator.validateStudy(new Study(dataset(), tasks)).stream()
                .filter(p -> p.subject() == nl.taakdiff.model.Problem.Subject.TASK).map(Object::toString).toList();
        if (!problems.isEmpty()) {
            throw new WorkbookException(WorkbookException.Reason.INVALID_DATA,
                    "The task catalogue cannot be saved: " + String.join("; ", problems));
        }
        inTransaction("save the task catalogue", () -> {
            if (Documents.tasks(tasks).equals(Documents.tasks(tasks()))) {
                return null;
            }
            long id = insertCatalogue(connection, tasks, Instant.now(), "edited");
            putMeta(connection, "current_catalogue", Long.toString(id));
            return null;
        });
    }

    /**
     * Makes an earlier task catalogue (from {@link #catalogueHistory()}) the current one again; this
     * is recorded as a new catalogue state, so it can itself be reverted the same way.
     */
    public synchronized List<Task> restoreCatalogue(long id) throws WorkbookException {
        requireWritable();
        List<Task> tasks = catalogue(id);
        inTransaction("restore an earlier task catalogue", () -> {
            if (Documents.tasks(tasks).equals(Documents.tasks(tasks()))) {
                return null;
            }
            long newId = insertCatalogue(connection, tasks, Instant.now(), "restored catalogue " + id);
            putMeta(connection, "current_catalogue", Long.toString(newId));
            return null;
        });
        return tasks;
    }

    /** Every saved state of the task catalogue, oldest first. */
    public synchronized List<CatalogueInfo> catalogueHistory() throws WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, saved_at, note FROM catalogue ORDER BY id")) {
            List<CatalogueInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CatalogueInfo(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3)));
                }
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw failure("read the task catalogue history", e);
        }
    }

    /** A catalogue from {@link #catalogueHistory()}. */
    public synchronized List<Task> catalogue(long id) throws WorkbookException {
        try {
            return List.copyOf(readCatalogue(id));
        } catch (SQLException e) {
            throw failure("read the task catalogue", e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    /** The uniform allocation that {@link ScenarioTemplate#CURRENT_SITUATION} starts from. */
    public synchronized Scenario currentSituation() throws WorkbookException {
        try {
            Optional<String> doc = meta("current_situation");
            if (doc.isPresent()) {
                return Documents.parseScenario(doc.get());
            }
        } catch (SQLException e) {
            throw failure("read the current situation", e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
        List<Rule> rules = new ArrayList<>();
        for (Task t : tasks()) {
            for (Long bound : Tiering.DEFAULT.lowerBounds()) {
                rules.add(new Rule(t.code(), bound, Level.MUNICIPALITY));
            }
        }
        return new Scenario("", "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
    }

    // ------------------------------------------------------------------------------------------
    // Scenarios

    /** All scenarios, by name (ignoring case). */
    public synchronized List<ScenarioInfo> scenarios() throws WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT s.name, s.description, s.differentiated, s.updated_at,
                       (SELECT count(*) FROM version v WHERE v.scenario_id = s.id)
                FROM scenario s WHERE s.deleted_at IS NULL ORDER BY s.name COLLATE NOCASE, s.name""")) {
            List<ScenarioInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ScenarioInfo(rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
                            Instant.parse(rs.getString(4)), rs.getInt(5)));
                }
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw failure("list the scenarios", e);
        }
    }

    /**
     * The current state of every scenario, ordered as {@link #scenarios()}: one query, for a view
     * that keeps all scenarios in memory.
     */
    public synchronized List<Scenario> allScenarios() throws WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT state FROM scenario WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, name")) {
            List<Scenario> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Documents.parseScenario(Documents.unpack(rs.getBytes(1))));
                }
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw failure("read the scenarios", e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    public synchronized boolean hasScenario(String name) throws WorkbookException {
        try {
            return findLive(name).isPresent();
        } catch (SQLException e) {
            throw failure("look up scenario " + name, e);
        }
    }

    /** The current state of a scenario. */
    public synchronized Scenario scenario(String name) throws WorkbookException {
        try {
            return Documents.parseScenario(live(name).state());
        } catch (SQLException e) {
            throw failure("read scenario " + name, e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    /** Adds a scenario as given; its name must be new. */
    public synchronized Scenario createScenario(Scenario scenario) throws WorkbookException {
        requireWritable();
        Scenario s = withCheckedName(scenario);
        inTransaction("create scenario " + s.name(), () -> {
            requireFreeName(s.name(), -1);
            insertScenario(connection, s, Instant.now());
            return null;
        });
        return s;
    }

    /** Adds a new scenario from a template. */
    public synchronized Scenario createScenario(String name, String description, ScenarioTemplate template)
            throws WorkbookException {
        Scenario base = switch (template) {
            case EMPTY -> new Scenario(name, description, Tiering.DEFAULT, List.of(), List.of(), Overheads.DEFAULT);
            case CURRENT_SITUATION -> currentSituation().withName(name).withDescription(description);
        };
        return createScenario(base);
    }

    /** Adds a copy of a scenario's current state under a new name (versions and journal are not copied). */
    public synchronized Scenario duplicateScenario(String source, String newName) throws WorkbookException {
        return createScenario(scenario(source).withName(newName));
    }

    /**
     * Writes a scenario's new state in one transaction and records the previous state for
     * {@link #undo}. {@code name} is the scenario's current name; when {@code scenario.name()}
     * differs, the scenario is renamed as part of the same change. Saving an unchanged state does
     * nothing.
     *
     * @return the state as stored (name stripped of surrounding blanks)
     */
    public synchronized Scenario saveScenario(String name, Scenario scenario) throws WorkbookException {
        requireWritable();
        Scenario s = withCheckedName(scenario);
        inTransaction("save scenario " + name, () -> {
            Row row = live(name);
            String after = Documents.scenario(s);
            if (after.equals(row.state())) {
                return null;
            }
            if (!s.name().equals(row.name())) {
                requireFreeName(s.name(), row.id());
            }
            writeState(row.id(), s, after);
            journal(row.id(), "save", row.state(), after);
            return null;
        });
        return s;
    }

    public synchronized Scenario renameScenario(String name, String newName) throws WorkbookException {
        return saveScenario(name, scenario(name).withName(newName));
    }

    public synchronized Scenario describeScenario(String name, String description) throws WorkbookException {
        return saveScenario(name, scenario(name).withDescription(description));
    }

    /** Sets a scenario's tiering (rules keep their lower bounds; see the validator for gaps). */
    public synchronized Scenario saveTiering(String name, Tiering tiering) throws WorkbookException {
        return saveScenario(name, scenario(name).withTiering(tiering));
    }

    /**
     * Deletes a scenario. It stays in the file as deleted, so the returned ticket can bring it back
     * with {@link #undeleteScenario(long)} (an undo of the delete), versions and journal included.
     */
    public synchronized long deleteScenario(String name) throws WorkbookException {
        requireWritable();
        return inTransaction("delete scenario " + name, () -> {
            Row row = live(name);
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE scenario SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, row.id());
                ps.executeUpdate();
            }
            return row.id();
        });
    }

    /** Brings back a deleted scenario; fails when its name has been taken since. */
    public synchronized Scenario undeleteScenario(long ticket) throws WorkbookException {
        requireWritable();
        return inTransaction("restore a deleted scenario", () -> {
            String state;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT state FROM scenario WHERE id = ? AND deleted_at IS NOT NULL")) {
                ps.setLong(1, ticket);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkbookException(WorkbookException.Reason.NO_SUCH_SCENARIO,
                                "There is no deleted scenario to bring back.");
                    }
                    state = Documents.unpack(rs.getBytes(1));
                }
            }
            Scenario s = Documents.parseScenario(state);
            requireFreeName(s.name(), ticket);
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE scenario SET deleted_at = NULL, updated_at = ? WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, ticket);
                ps.executeUpdate();
            }
            return s;
        });
    }

    // ------------------------------------------------------------------------------------------
    // Undo and redo

    public synchronized boolean canUndo(String name) throws WorkbookException {
        try {
            return journalEntry(live(name).id(), false).isPresent();
        } catch (SQLException e) {
            throw failure("read the history of " + name, e);
        }
    }

    public synchronized boolean canRedo(String name) throws WorkbookException {
        try {
            return journalEntry(live(name).id(), true).isPresent();
        } catch (SQLException e) {
            throw failure("read the history of " + name, e);
        }
    }

    /**
     * Reverts the latest change of a scenario. Returns the restored state (whose name may differ when
     * the change was a rename), or empty when there is nothing to undo.
     */
    public synchronized Optional<Scenario> undo(String name) throws WorkbookException {
        requireWritable();
        return inTransaction("undo in " + name, () -> {
            Row row = live(name);
            Optional<JournalEntry> entry = journalEntry(row.id(), false);
            if (entry.isEmpty()) {
                return Optional.<Scenario>empty();
            }
            Scenario s = Documents.parseScenario(entry.get().before());
            if (!s.name().equals(row.name())) {
                requireFreeName(s.name(), row.id());
            }
            writeState(row.id(), s, entry.get().before());
            markUndone(entry.get().id(), true);
            return Optional.of(s);
        });
    }

    /** Re-applies the change that was undone last; empty when there is nothing to redo. */
    public synchronized Optional<Scenario> redo(String name) throws WorkbookException {
        requireWritable();
        return inTransaction("redo in " + name, () -> {
            Row row = live(name);
            Optional<JournalEntry> entry = journalEntry(row.id(), true);
            if (entry.isEmpty()) {
                return Optional.<Scenario>empty();
            }
            Scenario s = Documents.parseScenario(entry.get().after());
            if (!s.name().equals(row.name())) {
                requireFreeName(s.name(), row.id());
            }
            writeState(row.id(), s, entry.get().after());
            markUndone(entry.get().id(), false);
            return Optional.of(s);
        });
    }

    // ------------------------------------------------------------------------------------------
    // Versions

    /**
     * Saves the scenario's current state, with the current task catalogue, as a named version.
     * A blank label becomes "Version N".
     */
    public synchronized VersionInfo saveVersion(String name, String label) throws WorkbookException {
        requireWritable();
        return inTransaction("save a version of " + name, () -> {
            Row row = live(name);
            int number;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT coalesce(max(number), 0) + 1 FROM version WHERE scenario_id = ?")) {
                ps.setLong(1, row.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            String text = label == null || label.isBlank() ? "Version " + number : label.strip();
            Instant now = Instant.now();
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO version (scenario_id, number, label, saved_at, state, catalogue_id)
                    VALUES (?, ?, ?, ?, ?, (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'current_catalogue'))""")) {
                ps.setLong(1, row.id());
                ps.setInt(2, number);
                ps.setString(3, text);
                ps.setString(4, now.toString());
                ps.setBytes(5, Documents.pack(row.state()));
                ps.executeUpdate();
            }
            return new VersionInfo(number, text, now);
        });
    }

    /** The versions of a scenario, oldest first. */
    public synchronized List<VersionInfo> versions(String name) throws WorkbookException {
        try {
            Row row = live(name);
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT number, label, saved_at FROM version WHERE scenario_id = ? ORDER BY number")) {
                ps.setLong(1, row.id());
                List<VersionInfo> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionInfo(rs.getInt(1), rs.getString(2), Instant.parse(rs.getString(3))));
                    }
                }
                return Collections.unmodifiableList(out);
            }
        } catch (SQLException e) {
            throw failure("list the versions of " + name, e);
        }
    }

    /** A version with the scenario state and task catalogue it was saved with. */
    public synchronized VersionSnapshot version(String name, int number) throws WorkbookException {
        try {
            Row row = live(name);
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT v.label, v.saved_at, v.state, c.content FROM version v
                    JOIN catalogue c ON c.id = v.catalogue_id WHERE v.scenario_id = ? AND v.number = ?""")) {
                ps.setLong(1, row.id());
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkbookException(WorkbookException.Reason.NO_SUCH_VERSION,
                                "Scenario " + quote(row.name()) + " has no version " + number + ".");
                    }
                    return new VersionSnapshot(new VersionInfo(number, rs.getString(1), Instant.parse(rs.getString(2))),
                            Documents.parseScenario(Documents.unpack(rs.getBytes(3))),
                            Documents.parseTasks(rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw failure("read version " + number + " of " + name, e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    /**
     * Makes a version the scenario's current state again (keeping the scenario's current name); this
     * is an ordinary change, so it can be undone. The task catalogue is not changed: it is shared by
     * all scenarios (use {@link #version} to evaluate the version with its own catalogue).
     */
    public synchronized Scenario restoreVersion(String name, int number) throws WorkbookException {
        VersionSnapshot v = version(name, number);
        Scenario current = scenario(name);
        return saveScenario(name, v.scenario().withName(current.name()));
    }

    /** Differences in assumptions between two versions of one scenario, each with its own catalogue. */
    public synchronized List<AssumptionDiff> diffVersions(String name, int left, int right) throws WorkbookException {
        VersionSnapshot l = version(name, left);
        VersionSnapshot r = version(name, right);
        return AssumptionDiffs.between(l.scenario(), l.tasks(), r.scenario(), r.tasks());
    }

    /** Differences in assumptions between the current states of two scenarios (same catalogue). */
    public synchronized List<AssumptionDiff> diffScenarios(String left, String right) throws WorkbookException {
        List<Task> tasks = tasks();
        return AssumptionDiffs.between(scenario(left), tasks, scenario(right), tasks);
    }

    // ------------------------------------------------------------------------------------------
    // Import and export (CSV formats of DESIGN.md section 3)

    /**
     * Imports an allocation file (and optionally an overrides file) as scenario {@code name}:
     * creates the scenario, or replaces its rules (and overrides, when a file is given) as one
     * undoable change. The size classes are the distinct {@code min_population} values of the file.
     * All or nothing: the scenario must validate against the workbook's data set and tasks, and on
     * any problem nothing is written and every problem is reported as {@code FILE:LINE: message}.
     *
     * @param overrides nullable; without it a new scenario has no overrides and an existing one keeps its own
     */
    public synchronized Scenario importAllocation(String name, CsvSource allocation, CsvSource overrides)
            throws IOException, InputException, WorkbookException {
        requireWritable();
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<Rule> rules = null;
        Sourced<LevelOverride> overrideRows = null;
        try {
            rules = AllocationFile.read(allocation);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (overrides != null) {
            try {
                overrideRows = OverrideFile.read(overrides);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (rules.records().isEmpty()) {
            throw new InputException(new SourceProblem(allocation.name(), 0, "has no rules"));
        }
        java.util.TreeSet<Long> bounds = new java.util.TreeSet<>();
        rules.records().forEach(r -> bounds.add(r.minPopulation()));
        if (bounds.first() != 0) {
            int first = 0;
            for (int i = 0; i < rules.records().size(); i++) {
                if (rules.records().get(i).minPopulation() == bounds.first()) {
                    first = i;
                    break;
                }
            }
            throw new InputException(new SourceProblem(allocation.name(), rules.lineOf(first),
                    "the smallest min_population is " + bounds.first()
                            + "; the first size class must start at 0"));
        }
        Tiering tiering = new Tiering(new ArrayList<>(bounds));
        Optional<Scenario> existing;
        try {
            existing = findLive(name).map(row -> Documents.parseScenario(row.state()));
        } catch (SQLException e) {
            throw failure("read scenario " + name, e);
        }
        String overridesSource = overrides != null ? overrides.name() : "scenario " + name + " (overrides kept)";
        List<LevelOverride> overrideList = overrideRows != null ? overrideRows.records()
                : existing.map(Scenario::overrides).orElse(List.of());
        Scenario scenario = new Scenario(name, existing.map(Scenario::description).orElse(""), tiering,
                rules.records(), overrideList, existing.map(Scenario::overheads).orElse(Overheads.DEFAULT));
        for (nl.taakdiff.model.Problem p : nl.taakdiff.engine.Validator.validate(study(), scenario)) {
            switch (p.subject()) {
                case RULE -> problems.add(new SourceProblem(allocation.name(), rules.lineOf(p.index()), p.message()));
                case OVERRIDE -> problems.add(new SourceProblem(overridesSource,
                        overrideRows != null ? overrideRows.lineOf(p.index()) : 0, p.message()));
                case TASK, TIERING -> problems.add(new SourceProblem(allocation.name(), 0, p.message()));
                default -> problems.add(new SourceProblem(file.getFileName().toString(), 0, p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return existing.isPresent() ? saveScenario(name, scenario) : createScenario(scenario);
    }

    /** Imports a task catalogue file as the workbook's catalogue (all or nothing). */
    public synchronized List<Task> importTasks(CsvSource source) throws IOException, InputException, WorkbookException {
        requireWritable();
        List<Task> tasks = TaskFile.read(source).records();
        if (tasks.isEmpty()) {
            throw new InputException(new SourceProblem(source.name(), 0, "has no tasks"));
        }
        saveTasks(tasks);
        return tasks;
    }

    /** Writes a scenario's rules as an allocation file, in their stored order. */
    public synchronized void exportAllocation(String name, Writer out) throws IOException, WorkbookException {
        AllocationFile.write(scenario(name).rules(), out);
    }

    /** Writes a scenario's overrides as an overrides file, in their stored order. */
    public synchronized void exportOverrides(String name, Writer out) throws IOException, WorkbookException {
        OverrideFile.write(scenario(name).overrides(), out);
    }

    public synchronized void exportTasks(Writer out) throws IOException, WorkbookException {
        TaskFile.write(tasks(), out);
    }

    /** Writes the data set as the two data set files; region types in alphabetical order. */
    public synchronized void exportDataset(Writer municipalities, Writer regions) throws IOException, WorkbookException {
        Dataset d = dataset();
        java.util.TreeSet<String> types = new java.util.TreeSet<>();
        d.municipalities().forEach(m -> types.addAll(m.regions().keySet()));
        DatasetFiles.writeMunicipalities(d.municipalities(), municipalities);
        DatasetFiles.writeRegions(d.municipalities(), new ArrayList<>(types), regions);
    }

    // ------------------------------------------------------------------------------------------
    // Internals

    /** A live scenario row. */
    // ------------------------------------------------------------------------------------------
    // Appraisal weight sets (stored by WeightSetStore; every change adds a version)

    /** The live weight sets, by name (ignoring case). */
    public synchronized List<WeightSet> weightSets() throws WorkbookException {
        return reading("list the weight sets", () -> List.copyOf(new WeightSetStore(connection).all()));
    }

    public synchronized WeightSet weightSet(String name) throws WorkbookException {
        return reading("read weight set " + name, () -> new WeightSetStore(connection).get(name));
    }

    /** Stores a weight set: a new one when {@code previousName} is null, else replaces (and maybe renames) that one. */
    public synchronized WeightSet saveWeightSet(String previousName, WeightSet set) throws WorkbookException {
        requireWritable();
        return inTransaction("save weight set " + set.name(),
                () -> new WeightSetStore(connection).save(previousName, set, Instant.now()));
    }

    /** Deletes a weight set; the returned ticket puts it back with {@link #undeleteWeightSet}. */
    public synchronized long deleteWeightSet(String name) throws WorkbookException {
        requireWritable();
        return inTransaction("delete weight set " + name, () -> new WeightSetStore(connection).delete(name, Instant.now()));
    }

    public synchronized WeightSet undeleteWeightSet(long ticket) throws WorkbookException {
        requireWritable();
        return inTransaction("put back a weight set", () -> new WeightSetStore(connection).undelete(ticket, Instant.now()));
    }

    /** Every saved state of a weight set, oldest first. */
    public synchronized List<WeightSetVersion> weightSetVersions(String name) throws WorkbookException {
        return reading("read the versions of weight set " + name,
                () -> List.copyOf(new WeightSetStore(connection).versions(name)));
    }

    /** The assumptions that differ between two weight sets. */
    public synchronized List<AssumptionDiff> diffWeightSets(String left, String right) throws WorkbookException {
        return WeightSetDiffs.between(weightSet(left), weightSet(right));
    }

    private <T> T reading(String what, Work<T> work) throws WorkbookException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        } catch (IllegalStateException e) {
            throw damaged(e);
        }
    }

    private record Row(long id, String name, String state) {
    }

    private record JournalEntry(long id, String before, String after) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, WorkbookException;
    }

    private <T> T inTransaction(String what, Work<T> work) throws WorkbookException {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | WorkbookException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (IllegalStateException e) {
            throw damaged(e);
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new WorkbookException(WorkbookException.Reason.NAME_TAKEN,
                        "Cannot " + what + ": the name is already used by another scenario.", e);
            }
            throw failure(what, e);
        }
    }

    private WorkbookException failure(String what, SQLException e) {
        if (e instanceof SQLiteException s) {
            String code = s.getResultCode().name();
            if (code.startsWith("SQLITE_READONLY")) {
                return new WorkbookException(WorkbookException.Reason.READ_ONLY,
                        "Cannot " + what + ": " + file + " cannot be written to.", e);
            }
            if (code.startsWith("SQLITE_CORRUPT") || code.equals("SQLITE_NOTADB")) {
                return new WorkbookException(WorkbookException.Reason.DAMAGED,
                        "Cannot " + what + ": " + file + " is damaged. Restore it from a backup.", e);
            }
            if (code.startsWith("SQLITE_FULL")) {
                return new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                        "Cannot " + what + ": the disk is full. Nothing was changed.", e);
            }
        }
        return new WorkbookException(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                "Cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    /** A stored state that cannot be read back (the file was changed outside Taakdiff or is damaged). */
    private WorkbookException damaged(IllegalStateException e) {
        return new WorkbookException(WorkbookException.Reason.DAMAGED,
                file + " is damaged: " + e.getMessage() + ". Restore it from a backup.", e);
    }

    private void requireWritable() throws WorkbookException {
        if (readOnlyReason != null) {
            throw new WorkbookException(WorkbookException.Reason.READ_ONLY,
                    file.getFileName() + " is open read-only because " + readOnlyReason + ". Nothing was changed.");
        }
    }

    private static Scenario withCheckedName(Scenario s) throws WorkbookException {
        String name = s.name().strip();
        if (name.isEmpty()) {
            throw new WorkbookException(WorkbookException.Reason.INVALID_NAME, "A scenario needs a name.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new WorkbookException(WorkbookException.Reason.INVALID_NAME,
                    "A scenario name cannot contain tabs or line breaks.");
        }
        return name.equals(s.name()) ? s : s.withName(name);
    }

    /**
     * Refuses a name that another live scenario has, ignoring case (Java's case folding, so also
     * "Één" and "één"; the unique index in the file backs this up for ASCII).
     */
    private void requireFreeName(String name, long exceptId) throws SQLException, WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name FROM scenario WHERE deleted_at IS NULL AND id <> ?")) {
            ps.setLong(1, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String other = rs.getString(1);
                    if (other.equalsIgnoreCase(name)) {
                        throw new WorkbookException(WorkbookException.Reason.NAME_TAKEN,
                                "There is already a scenario named " + quote(other) + "; choose another name.");
                    }
                }
            }
        }
    }

    private Optional<Row> findLive(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name, state FROM scenario WHERE name = ? AND deleted_at IS NULL")) {
            ps.setString(1, name == null ? "" : name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getLong(1), rs.getString(2), Documents.unpack(rs.getBytes(3))))
                        : Optional.empty();
            }
        }
    }

    private Row live(String name) throws SQLException, WorkbookException {
        Optional<Row> row = findLive(name);
        if (row.isEmpty()) {
            throw new WorkbookException(WorkbookException.Reason.NO_SUCH_SCENARIO,
                    "There is no scenario named " + quote(name) + " in " + file.getFileName() + ".");
        }
        return row.get();
    }

    private void writeState(long id, Scenario s, String state) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE scenario SET name = ?, description = ?, differentiated = ?, state = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, s.name());
            ps.setString(2, s.description());
            ps.setInt(3, s.isDifferentiated() ? 1 : 0);
            ps.setBytes(4, Documents.pack(state));
            ps.setString(5, Instant.now().toString());
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    private void journal(long scenarioId, String what, String before, String after) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement(
                "DELETE FROM journal WHERE scenario_id = ? AND undone = 1")) {
            drop.setLong(1, scenarioId);
            drop.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO journal (scenario_id, what, before_state, after_state, at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, scenarioId);
            ps.setString(2, what);
            ps.setBytes(3, Documents.pack(before));
            ps.setBytes(4, Documents.pack(after));
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (id % 50 == 0) {
            try (PreparedStatement trim = connection.prepareStatement("""
                    DELETE FROM journal WHERE scenario_id = ? AND id <= (
                        SELECT id FROM journal WHERE scenario_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)""")) {
                trim.setLong(1, scenarioId);
                trim.setLong(2, scenarioId);
                trim.setInt(3, JOURNAL_LIMIT);
                trim.executeUpdate();
            }
        }
    }

    /** The entry to undo (latest not undone) or to redo (earliest undone). */
    private Optional<JournalEntry> journalEntry(long scenarioId, boolean undone) throws SQLException {
        String sql = undone
                ? "SELECT id, before_state, after_state FROM journal WHERE scenario_id = ? AND undone = 1 ORDER BY id LIMIT 1"
                : "SELECT id, before_state, after_state FROM journal WHERE scenario_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, scenarioId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new JournalEntry(rs.getLong(1), Documents.unpack(rs.getBytes(2)),
                        Documents.unpack(rs.getBytes(3))))
                        : Optional.empty();
            }
        }
    }

    private void markUndone(long entryId, boolean undone) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE journal SET undone = ? WHERE id = ?")) {
            ps.setInt(1, undone ? 1 : 0);
            ps.setLong(2, entryId);
            ps.executeUpdate();
        }
    }

    private static void insertScenario(Connection c, Scenario s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO scenario (name, description, differentiated, state, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, s.name());
            ps.setString(2, s.description());
            ps.setInt(3, s.isDifferentiated() ? 1 : 0);
            ps.setBytes(4, Documents.pack(Documents.scenario(s)));
            ps.setString(5, now.toString());
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
    }

    private static long insertCatalogue(Connection c, List<Task> tasks, Instant now, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO catalogue (content, saved_at, note) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, Documents.tasks(tasks));
            ps.setString(2, now.toString());
            ps.setString(3, note);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<Task> readCatalogue(long id) throws SQLException, WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT content FROM catalogue WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkbookException(WorkbookException.Reason.DAMAGED,
                            file + " is damaged: task catalogue " + id + " is missing.");
                }
                return Documents.parseTasks(rs.getString(1));
            }
        }
    }

    private static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void writeDataset(Connection c, Dataset dataset) throws SQLException {
        putMeta(c, "dataset_name", dataset.name());
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

    private Dataset readDataset() throws SQLException {
        Map<String, Map<String, Region>> regions = new java.util.HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT municipality_code, region_type, region_code, region_name FROM region_membership");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regions.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), new Region(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        List<Municipality> municipalities = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT code, name, province, population FROM municipality ORDER BY position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                municipalities.add(new Municipality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        regions.getOrDefault(rs.getString(1), Map.of())));
            }
        }
        return new Dataset(meta("dataset_name").orElse(""), municipalities);
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String quote(String name) {
        return "\u201c" + name + "\u201d";
    }
}
