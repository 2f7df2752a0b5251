package nl.taakdiff.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The workbook's one edit history ({@code journal} table). Every change of the workbook's contents
 * is an entry with a kind, a subject (the scenario id, or 0 for the task catalogue), a label, and
 * the subject's state before and after. Undo applies the latest entry's before state, redo the
 * earliest undone entry's after state. It is in the file, so the desktop app and the CLI share it
 * and it survives a restart. A new entry drops every undone one, as in any editor.
 *
 * <p>Two ways to walk it: {@link #undo()}/{@link #redo()} over all entries (the desktop app's
 * Ctrl+Z), and {@link #undo(long)}/{@link #redo(long)} over the saves of one scenario (the CLI's
 * {@code scenario undo NAME}). Both keep the undone entries of every subject a suffix of its entries,
 * so they can be mixed freely.
 *
 * <h2>Adding a kind of edit</h2>
 * A part of the store whose edits should be undoable (weight sets, parameter ranges, …):
 * <ol>
 *   <li>writes each change inside its transaction and calls {@link #record} with its own kind name,
 *       the id of what it changed, a label, and a text state before and after (a document, or the id
 *       of an immutable version row);</li>
 *   <li>registers a {@link Kind} for that name in {@code Workbook}'s constructor, which puts a state
 *       back and says what changed.</li>
 * </ol>
 * Undo, redo, labels, trimming and the app's menu then work for it without further code.
 *
 * <p>Every query finds its row through an index ({@code journal_by_undone},
 * {@code journal_by_subject}), so a step costs the same with ten or ten thousand entries.
 */
final class Journal {
    /** Entries kept per subject; older ones are dropped (saved versions remain). */
    static final int JOURNAL_LIMIT = 500;

    /** The kind of a scenario save (state: the scenario document); the CLI's undo walks these. */
    static final String SCENARIO = "scenario";
    /** Whether a scenario exists (state {@code yes} or {@code no}): creating, deleting, undeleting. */
    static final String SCENARIO_EXISTS = "scenario-exists";
    /** The current task catalogue (state: the id of an immutable catalogue row; subject 0). */
    static final String CATALOGUE = "catalogue";
    /** An appraisal weight set (subject: its row id; state: {@link WeightSetStore#state}). */
    static final String WEIGHT_SET = HistoryStep.WEIGHT_SETS;

    private static final String COLUMNS = "SELECT id, kind, subject, what, before_state, after_state FROM journal ";
    static final String LATEST_DONE = COLUMNS + "WHERE undone = 0 ORDER BY id DESC LIMIT 1";
    static final String EARLIEST_UNDONE = COLUMNS + "WHERE undone = 1 ORDER BY id LIMIT 1";
    static final String LATEST_DONE_OF = COLUMNS
            + "WHERE kind = ? AND subject = ? AND undone = 0 ORDER BY id DESC LIMIT 1";
    static final String EARLIEST_UNDONE_OF = COLUMNS
            + "WHERE kind = ? AND subject = ? AND undone = 1 ORDER BY id LIMIT 1";
    static final String DROP_UNDONE = "DELETE FROM journal WHERE undone = 1";
    static final String MARK = "UPDATE journal SET undone = ? WHERE id = ?";
    static final String INSERT =
            "INSERT INTO journal (kind, subject, what, before_state, after_state, at) VALUES (?, ?, ?, ?, ?, ?)";
    static final String TRIM = """
            DELETE FROM journal WHERE kind = ? AND subject = ? AND id <= (
                SELECT id FROM journal WHERE kind = ? AND subject = ? ORDER BY id DESC LIMIT 1 OFFSET ?)""";

    /** Puts one state of a subject back and says what that changed. */
    @FunctionalInterface
    interface Kind {
        HistoryStep apply(long subject, String state, String label) throws SQLException, WorkbookException;
    }

    private record Entry(long id, String kind, long subject, String label, String before, String after) {
    }

    private final WorkbookConnection db;
    private final Connection connection;
    private final Map<String, Kind> kinds = new HashMap<>();

    Journal(WorkbookConnection db) {
        this.db = db;
        this.connection = db.connection();
    }

    void register(String kind, Kind apply) {
        if (kinds.putIfAbsent(kind, Objects.requireNonNull(apply)) != null) {
            throw new IllegalStateException("journal kind " + kind + " is registered twice");
        }
    }

    /** Records a change; call it inside the transaction that makes the change. */
    void record(String kind, long subject, String label, String before, String after) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement(DROP_UNDONE)) {
            drop.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setLong(2, subject);
            ps.setString(3, label);
            ps.setBytes(4, Documents.pack(before));
            ps.setBytes(5, Documents.pack(after));
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (id % 50 == 0) {
            try (PreparedStatement trim = connection.prepareStatement(TRIM)) {
                trim.setString(1, kind);
                trim.setLong(2, subject);
                trim.setString(3, kind);
                trim.setLong(4, subject);
                trim.setInt(5, JOURNAL_LIMIT);
                trim.executeUpdate();
            }
        }
    }

    /** The labels of the step undo and redo would take now. */
    HistoryState state() throws WorkbookException {
        try {
            return new HistoryState(find(LATEST_DONE, null, 0).map(Entry::label),
                    find(EARLIEST_UNDONE, null, 0).map(Entry::label));
        } catch (SQLException e) {
            throw db.failure("read the undo history", e);
        }
    }

    /** Reverts the latest change of any kind; empty when there is nothing to undo. */
    Optional<HistoryStep> undo() throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("undo", () -> step(find(LATEST_DONE, null, 0), true));
    }

    /** Re-applies the change that was undone last; empty when there is nothing to redo. */
    Optional<HistoryStep> redo() throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("redo", () -> step(find(EARLIEST_UNDONE, null, 0), false));
    }

    boolean canUndo(long scenarioId) throws SQLException {
        return find(LATEST_DONE_OF, SCENARIO, scenarioId).isPresent();
    }

    boolean canRedo(long scenarioId) throws SQLException {
        return find(EARLIEST_UNDONE_OF, SCENARIO, scenarioId).isPresent();
    }

    /** Reverts the latest save of one scenario (call inside a transaction). */
    Optional<HistoryStep> undo(long scenarioId) throws SQLException, WorkbookException {
        return step(find(LATEST_DONE_OF, SCENARIO, scenarioId), true);
    }

    /** Re-applies the save of one scenario that was undone last (call inside a transaction). */
    Optional<HistoryStep> redo(long scenarioId) throws SQLException, WorkbookException {
        return step(find(EARLIEST_UNDONE_OF, SCENARIO, scenarioId), false);
    }

    private Optional<HistoryStep> step(Optional<Entry> found, boolean undo) throws SQLException, WorkbookException {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = found.get();
        Kind kind = kinds.get(entry.kind());
        if (kind == null) {
            throw new WorkbookException(WorkbookProblem.CHANGE_BY_NEWER_VERSION,
                    db.file().getFileName(), entry.kind());
        }
        HistoryStep step = kind.apply(entry.subject(), undo ? entry.before() : entry.after(), entry.label());
        try (PreparedStatement ps = connection.prepareStatement(MARK)) {
            ps.setInt(1, undo ? 1 : 0);
            ps.setLong(2, entry.id());
            ps.executeUpdate();
        }
        return Optional.of(step);
    }

    private Optional<Entry> find(String sql, String kind, long subject) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (kind != null) {
                ps.setString(1, kind);
                ps.setLong(2, subject);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), Documents.unpack(rs.getBytes(5)), Documents.unpack(rs.getBytes(6))))
                        : Optional.empty();
            }
        }
    }
}
