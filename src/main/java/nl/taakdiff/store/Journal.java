package nl.taakdiff.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import nl.taakdiff.model.Scenario;

/**
 * The per-scenario change journal ({@code journal} table): before and after state of every save,
 * walked by undo and redo. It is in the file, so undo survives a restart.
 */
final class Journal {
    /** Journal entries kept per scenario; older ones are dropped (their versions remain). */
    static final int JOURNAL_LIMIT = 500;

    private final WorkbookConnection db;
    private final Connection connection;
    private final ScenarioStore scenarios;

    Journal(WorkbookConnection db, ScenarioStore scenarios) {
        this.db = db;
        this.connection = db.connection();
        this.scenarios = scenarios;
    }

    private record JournalEntry(long id, String before, String after) {
    }

    boolean canUndo(String name) throws WorkbookException {
        try {
            return journalEntry(scenarios.live(name).id(), false).isPresent();
        } catch (SQLException e) {
            throw db.failure("read the history of " + name, e);
        }
    }

    boolean canRedo(String name) throws WorkbookException {
        try {
            return journalEntry(scenarios.live(name).id(), true).isPresent();
        } catch (SQLException e) {
            throw db.failure("read the history of " + name, e);
        }
    }

    /**
     * Reverts the latest change of a scenario. Returns the restored state (whose name may differ when
     * the change was a rename), or empty when there is nothing to undo.
     */
    Optional<Scenario> undo(String name) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("undo in " + name, () -> {
            ScenarioStore.Row row = scenarios.live(name);
            Optional<JournalEntry> entry = journalEntry(row.id(), false);
            if (entry.isEmpty()) {
                return Optional.<Scenario>empty();
            }
            Scenario s = Documents.parseScenario(entry.get().before());
            if (!s.name().equals(row.name())) {
                scenarios.requireFreeName(s.name(), row.id());
            }
            scenarios.writeState(row.id(), s, entry.get().before());
            markUndone(entry.get().id(), true);
            return Optional.of(s);
        });
    }

    /** Re-applies the change that was undone last; empty when there is nothing to redo. */
    Optional<Scenario> redo(String name) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("redo in " + name, () -> {
            ScenarioStore.Row row = scenarios.live(name);
            Optional<JournalEntry> entry = journalEntry(row.id(), true);
            if (entry.isEmpty()) {
                return Optional.<Scenario>empty();
            }
            Scenario s = Documents.parseScenario(entry.get().after());
            if (!s.name().equals(row.name())) {
                scenarios.requireFreeName(s.name(), row.id());
            }
            scenarios.writeState(row.id(), s, entry.get().after());
            markUndone(entry.get().id(), false);
            return Optional.of(s);
        });
    }

    void record(long scenarioId, String what, String before, String after) throws SQLException {
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
}
