package nl.taakdiff.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.engine.AssumptionDiffs;

/** Named versions of scenarios ({@code version} table), each with the catalogue it was saved with, and diffs. */
final class Versions {
    private final WorkbookConnection db;
    private final Connection connection;
    private final ScenarioStore scenarios;
    private final Catalogue catalogue;

    Versions(WorkbookConnection db, ScenarioStore scenarios, Catalogue catalogue) {
        this.db = db;
        this.connection = db.connection();
        this.scenarios = scenarios;
        this.catalogue = catalogue;
    }

    /**
     * Saves the scenario's current state, with the current task catalogue, as a named version.
     * A blank label becomes "Version N".
     */
    VersionInfo saveVersion(String name, String label) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("save a version of " + name, () -> {
            ScenarioStore.Row row = scenarios.live(name);
            int number = nextNumber(row.id());
            String text = label == null || label.isBlank() ? "Version " + number : label.strip();
            VersionInfo info = new VersionInfo(number, text, Instant.now());
            insert(row.id(), info, row.state(), null);
            return info;
        });
    }

    /** Appends a version from another workbook with its own state, catalogue and saving time. */
    VersionInfo appendVersion(String name, VersionSnapshot version, String label) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("copy a version into " + name, () -> {
            ScenarioStore.Row row = scenarios.live(name);
            VersionInfo info = new VersionInfo(nextNumber(row.id()), label, version.info().savedAt());
            long catalogueId = Catalogue.insertCatalogue(connection, version.tasks(), info.savedAt(),
                    "catalogue of version " + label);
            insert(row.id(), info, Documents.scenario(version.scenario()), catalogueId);
            return info;
        });
    }

    /** The number the next version of a scenario gets: one more than its last, from 1. */
    private int nextNumber(long scenarioId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(max(number), 0) + 1 FROM version WHERE scenario_id = ?")) {
            ps.setLong(1, scenarioId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Stores a version's row; without a catalogue id it is saved with the current catalogue. */
    private void insert(long scenarioId, VersionInfo info, String state, Long catalogueId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO version (scenario_id, number, label, saved_at, state, catalogue_id)
                VALUES (?, ?, ?, ?, ?, coalesce(?,
                    (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'current_catalogue')))""")) {
            ps.setLong(1, scenarioId);
            ps.setInt(2, info.number());
            ps.setString(3, info.label());
            ps.setString(4, info.savedAt().toString());
            ps.setBytes(5, Documents.pack(state));
            if (catalogueId == null) {
                ps.setNull(6, java.sql.Types.INTEGER);
            } else {
                ps.setLong(6, catalogueId);
            }
            ps.executeUpdate();
        }
    }

    /** The versions of a scenario, oldest first. */
    List<VersionInfo> versions(String name) throws WorkbookException {
        try {
            ScenarioStore.Row row = scenarios.live(name);
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
            throw db.failure("list the versions of " + name, e);
        }
    }

    /** A version with the scenario state and task catalogue it was saved with. */
    VersionSnapshot version(String name, int number) throws WorkbookException {
        try {
            ScenarioStore.Row row = scenarios.live(name);
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT v.label, v.saved_at, v.state, c.content FROM version v
                    JOIN catalogue c ON c.id = v.catalogue_id WHERE v.scenario_id = ? AND v.number = ?""")) {
                ps.setLong(1, row.id());
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkbookException(WorkbookProblem.NO_SUCH_VERSION,
                                WorkbookConnection.quote(row.name()), number);
                    }
                    return new VersionSnapshot(new VersionInfo(number, rs.getString(1), Instant.parse(rs.getString(2))),
                            Documents.parseScenario(Documents.unpack(rs.getBytes(3))),
                            Documents.parseTasks(rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw db.failure("read version " + number + " of " + name, e);
        } catch (IllegalStateException e) {
            throw db.damaged(e);
        }
    }

    /**
     * Makes a version the scenario's current state again (keeping the scenario's current name); this
     * is an ordinary change, so it can be undone. The task catalogue is not changed: it is shared by
     * all scenarios (use {@link #version} to evaluate the version with its own catalogue).
     */
    Scenario restoreVersion(String name, int number) throws WorkbookException {
        VersionSnapshot v = version(name, number);
        Scenario current = scenarios.scenario(name);
        return scenarios.saveScenario(name, v.scenario().withName(current.name()), "restore version " + number);
    }

    /** Differences in assumptions between two versions of one scenario, each with its own catalogue. */
    List<AssumptionDiff> diffVersions(String name, int left, int right) throws WorkbookException {
        VersionSnapshot l = version(name, left);
        VersionSnapshot r = version(name, right);
        return AssumptionDiffs.between(l.scenario(), l.tasks(), r.scenario(), r.tasks());
    }

    /** Differences in assumptions between the current states of two scenarios (same catalogue). */
    List<AssumptionDiff> diffScenarios(String left, String right) throws WorkbookException {
        List<Task> tasks = catalogue.tasks();
        return AssumptionDiffs.between(scenarios.scenario(left), tasks, scenarios.scenario(right), tasks);
    }
}
