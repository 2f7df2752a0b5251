package nl.taakdiff.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;

/** The current state of every scenario ({@code scenario} table): names, reading, writing, deleting. */
final class ScenarioStore {
    private static final String YES = "yes";
    private static final String NO = "no";

    private final WorkbookConnection db;
    private final Connection connection;
    private final Catalogue catalogue;
    private final Journal journal;

    ScenarioStore(WorkbookConnection db, Catalogue catalogue, Journal journal) {
        this.db = db;
        this.connection = db.connection();
        this.catalogue = catalogue;
        this.journal = journal;
    }

    /** All scenarios, by name (ignoring case). */
    List<ScenarioInfo> scenarios() throws WorkbookException {
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
            throw db.failure("list the scenarios", e);
        }
    }

    /**
     * The current state of every scenario, ordered as {@link #scenarios()}: one query, for a view
     * that keeps all scenarios in memory.
     */
    List<Scenario> allScenarios() throws WorkbookException {
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
            throw db.failure("read the scenarios", e);
        } catch (IllegalStateException e) {
            throw db.damaged(e);
        }
    }

    boolean hasScenario(String name) throws WorkbookException {
        try {
            return findLive(name).isPresent();
        } catch (SQLException e) {
            throw db.failure("look up scenario " + name, e);
        }
    }

    /** The current state of a scenario. */
    Scenario scenario(String name) throws WorkbookException {
        try {
            return Documents.parseScenario(live(name).state());
        } catch (SQLException e) {
            throw db.failure("read scenario " + name, e);
        } catch (IllegalStateException e) {
            throw db.damaged(e);
        }
    }

    /** Adds a scenario as given; its name must be new. */
    Scenario createScenario(Scenario scenario, String label) throws WorkbookException {
        db.requireWritable();
        Scenario s = withCheckedName(scenario);
        db.inTransaction("create scenario " + s.name(), () -> {
            requireFreeName(s.name(), -1);
            long id = insertScenario(connection, s, Instant.now());
            journal.record(Journal.SCENARIO_EXISTS, id, label, NO, YES);
            return null;
        });
        return s;
    }

    /** Adds a new scenario from a template. */
    Scenario createScenario(String name, String description, ScenarioTemplate template)
            throws WorkbookException {
        Scenario base = switch (template) {
            case EMPTY -> new Scenario(name, description, Tiering.DEFAULT, List.of(), List.of(), Overheads.DEFAULT);
            case CURRENT_SITUATION -> catalogue.currentSituation().withName(name).withDescription(description);
        };
        return createScenario(base, "create");
    }

    /** Adds a copy of a scenario's current state under a new name (versions and journal are not copied). */
    Scenario duplicateScenario(String source, String newName) throws WorkbookException {
        return createScenario(scenario(source).withName(newName), "duplicate");
    }

    /**
     * Writes a scenario's new state in one transaction and records the previous state for
     * {@link #undo}. {@code name} is the scenario's current name; when {@code scenario.name()}
     * differs, the scenario is renamed as part of the same change. Saving an unchanged state does
     * nothing.
     *
     * @return the state as stored (name stripped of surrounding blanks)
     */
    Scenario saveScenario(String name, Scenario scenario, String label) throws WorkbookException {
        db.requireWritable();
        Scenario s = withCheckedName(scenario);
        db.inTransaction("save scenario " + name, () -> {
            Row row = live(name);
            String after = Documents.scenario(s);
            if (after.equals(row.state())) {
                return null;
            }
            if (!s.name().equals(row.name())) {
                requireFreeName(s.name(), row.id());
            }
            writeState(row.id(), s, after);
            journal.record(Journal.SCENARIO, row.id(), label, row.state(), after);
            return null;
        });
        return s;
    }

    Scenario renameScenario(String name, String newName) throws WorkbookException {
        return saveScenario(name, scenario(name).withName(newName), "rename");
    }

    Scenario describeScenario(String name, String description) throws WorkbookException {
        return saveScenario(name, scenario(name).withDescription(description), "describe");
    }

    /** Sets a scenario's tiering (rules keep their lower bounds; see the validator for gaps). */
    Scenario saveTiering(String name, Tiering tiering) throws WorkbookException {
        return saveScenario(name, scenario(name).withTiering(tiering), "tiering");
    }

    /**
     * Deletes a scenario. It stays in the file as deleted, so the returned ticket can bring it back
     * with {@link #undeleteScenario(long)} (an undo of the delete), versions and journal included.
     */
    long deleteScenario(String name, String label) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("delete scenario " + name, () -> {
            Row row = live(name);
            markDeleted(row.id());
            journal.record(Journal.SCENARIO_EXISTS, row.id(), label, YES, NO);
            return row.id();
        });
    }

    /** Brings back a deleted scenario; fails when its name has been taken since. */
    Scenario undeleteScenario(long ticket) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("restore a deleted scenario", () -> {
            Scenario s = markLive(ticket);
            journal.record(Journal.SCENARIO_EXISTS, ticket, "undelete", NO, YES);
            return s;
        });
    }

    /** Applies a {@link Journal#SCENARIO} state: the scenario's whole document. */
    HistoryStep applyState(long id, String state, String label) throws SQLException, WorkbookException {
        Row row = liveById(id);
        Scenario s = Documents.parseScenario(state);
        if (!s.name().equals(row.name())) {
            requireFreeName(s.name(), row.id());
        }
        writeState(row.id(), s, state);
        return HistoryStep.scenario(Journal.SCENARIO, label, row.name(), s);
    }

    /** Applies a {@link Journal#SCENARIO_EXISTS} state: {@value #YES} brings the scenario back, {@value #NO} deletes it. */
    HistoryStep applyExists(long id, String state, String label) throws SQLException, WorkbookException {
        if (YES.equals(state)) {
            return HistoryStep.scenario(Journal.SCENARIO_EXISTS, label, null, markLive(id));
        }
        Row row = liveById(id);
        markDeleted(id);
        return HistoryStep.scenario(Journal.SCENARIO_EXISTS, label, row.name(), null);
    }

    private void markDeleted(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE scenario SET deleted_at = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private Row liveById(long id) throws SQLException, WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name, state FROM scenario WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkbookException(WorkbookProblem.SCENARIO_OF_CHANGE_DELETED);
                }
                return new Row(rs.getLong(1), rs.getString(2), Documents.unpack(rs.getBytes(3)));
            }
        }
    }

    /** Brings back a deleted scenario; fails when its name has been taken since. */
    private Scenario markLive(long ticket) throws SQLException, WorkbookException {
        String state;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT state FROM scenario WHERE id = ? AND deleted_at IS NOT NULL")) {
            ps.setLong(1, ticket);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkbookException(WorkbookProblem.NO_DELETED_SCENARIO);
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
    }

    /** A live scenario row. */
    record Row(long id, String name, String state) {
    }

    private static Scenario withCheckedName(Scenario s) throws WorkbookException {
        String name = s.name().strip();
        if (name.isEmpty()) {
            throw new WorkbookException(WorkbookProblem.SCENARIO_NEEDS_NAME);
        }
        java.util.Optional<String> control = nl.taakdiff.model.ControlCharacters.first(name);
        if (control.isPresent()) {
            throw new WorkbookException(WorkbookProblem.SCENARIO_NAME_CONTROL, control.get());
        }
        return name.equals(s.name()) ? s : s.withName(name);
    }

    /**
     * Refuses a name that another live scenario has, ignoring case (Java's case folding, so also
     * "Één" and "één"; the unique index in the file backs this up for ASCII).
     */
    void requireFreeName(String name, long exceptId) throws SQLException, WorkbookException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name FROM scenario WHERE deleted_at IS NULL AND id <> ?")) {
            ps.setLong(1, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String other = rs.getString(1);
                    if (other.equalsIgnoreCase(name)) {
                        throw new WorkbookException(WorkbookProblem.SCENARIO_NAME_TAKEN,
                                WorkbookConnection.quote(other));
                    }
                }
            }
        }
    }

    Optional<Row> findLive(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name, state FROM scenario WHERE name = ? AND deleted_at IS NULL")) {
            ps.setString(1, name == null ? "" : name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getLong(1), rs.getString(2), Documents.unpack(rs.getBytes(3))))
                        : Optional.empty();
            }
        }
    }

    Row live(String name) throws SQLException, WorkbookException {
        Optional<Row> row = findLive(name);
        if (row.isEmpty()) {
            throw new WorkbookException(WorkbookProblem.NO_SUCH_SCENARIO,
                    WorkbookConnection.quote(name), db.file().getFileName());
        }
        return row.get();
    }

    void writeState(long id, Scenario s, String state) throws SQLException {
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

    /** Inserts a live scenario and returns its id. */
    static long insertScenario(Connection c, Scenario s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO scenario (name, description, differentiated, state, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.name());
            ps.setString(2, s.description());
            ps.setInt(3, s.isDifferentiated() ? 1 : 0);
            ps.setBytes(4, Documents.pack(Documents.scenario(s)));
            ps.setString(5, now.toString());
            ps.setString(6, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
