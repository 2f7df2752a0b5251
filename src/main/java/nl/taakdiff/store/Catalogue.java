package nl.taakdiff.store;

import java.sql.Connection;
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
import java.util.Optional;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/** The frozen data set and the task catalogue with its history ({@code meta}, {@code municipality},
 * {@code region_membership} and {@code catalogue} tables). */
final class Catalogue {
    private static final String CURRENT = "current_catalogue";
    private final WorkbookConnection db;
    private final Connection connection;
    private Dataset dataset;
    private long cachedCatalogueId = -1;
    private List<Task> cachedTasks;

    private final Journal journal;

    Catalogue(WorkbookConnection db, Journal journal) {
        this.db = db;
        this.connection = db.connection();
        this.journal = journal;
    }

    /** The frozen data set of this workbook. */
    Dataset dataset() throws WorkbookException {
        if (dataset == null) {
            try {
                dataset = readDataset();
            } catch (SQLException e) {
                throw db.failure("read the data set", e);
            }
        }
        return dataset;
    }

    /** The current task catalogue. */
    List<Task> tasks() throws WorkbookException {
        try {
            long id = Long.parseLong(db.meta(CURRENT).orElseThrow());
            if (id != cachedCatalogueId) {
                cachedTasks = List.copyOf(readCatalogue(id));
                cachedCatalogueId = id;
            }
            return cachedTasks;
        } catch (SQLException e) {
            throw db.failure("read the task catalogue", e);
        } catch (IllegalStateException e) {
            throw db.damaged(e);
        }
    }

    /** The data set with the current task catalogue: what scenarios are evaluated against. */
    Study study() throws WorkbookException {
        return new Study(dataset(), tasks());
    }

    /**
     * Replaces the task catalogue. The previous catalogue stays in the file: versions saved before
     * keep pointing at the catalogue they were saved with, so they evaluate exactly as they did.
     */
    void saveTasks(List<Task> tasks, String label) throws WorkbookException {
        db.requireWritable();
        List<String> problems = nl.taakdiff.engine.Validator.validateStudy(new Study(dataset(), tasks)).stream()
                .filter(p -> p.subject() == nl.taakdiff.model.Problem.Subject.TASK).map(Object::toString).toList();
        if (!problems.isEmpty()) {
            throw new WorkbookException(WorkbookProblem.CATALOGUE_INVALID, String.join("; ", problems));
        }
        db.inTransaction("save the task catalogue", () -> {
            if (Documents.tasks(tasks).equals(Documents.tasks(tasks()))) {
                return null;
            }
            makeCurrent(insertCatalogue(connection, tasks, Instant.now(), "edited"), label);
            return null;
        });
    }

    /**
     * Makes an earlier task catalogue (from {@link #catalogueHistory()}) the current one again; this
     * is recorded as a new catalogue state, so it can itself be reverted the same way.
     */
    List<Task> restoreCatalogue(long id) throws WorkbookException {
        db.requireWritable();
        List<Task> tasks = catalogue(id);
        db.inTransaction("restore an earlier task catalogue", () -> {
            if (Documents.tasks(tasks).equals(Documents.tasks(tasks()))) {
                return null;
            }
            makeCurrent(insertCatalogue(connection, tasks, Instant.now(), "restored catalogue " + id),
                    "restore catalogue");
            return null;
        });
        return tasks;
    }

    private void makeCurrent(long id, String label) throws SQLException {
        String before = db.meta(CURRENT).orElseThrow();
        WorkbookConnection.putMeta(connection, CURRENT, Long.toString(id));
        journal.record(Journal.CATALOGUE, 0, label, before, Long.toString(id));
    }

    /** Applies a {@link Journal#CATALOGUE} state: the id of the catalogue to make current. */
    HistoryStep applyCurrent(long subject, String state, String label) throws SQLException, WorkbookException {
        long id = Long.parseLong(state);
        List<Task> tasks = List.copyOf(readCatalogue(id));
        WorkbookConnection.putMeta(connection, CURRENT, state);
        return HistoryStep.catalogue(label, tasks);
    }

    /** Every saved state of the task catalogue, oldest first. */
    List<CatalogueInfo> catalogueHistory() throws WorkbookException {
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
            throw db.failure("read the task catalogue history", e);
        }
    }

    /** A catalogue from {@link #catalogueHistory()}. */
    List<Task> catalogue(long id) throws WorkbookException {
        try {
            return List.copyOf(readCatalogue(id));
        } catch (SQLException e) {
            throw db.failure("read the task catalogue", e);
        } catch (IllegalStateException e) {
            throw db.damaged(e);
        }
    }

    /** The uniform allocation that {@link ScenarioTemplate#CURRENT_SITUATION} starts from. */
    Scenario currentSituation() throws WorkbookException {
        try {
            Optional<String> doc = db.meta("current_situation");
            if (doc.isPresent()) {
                return Documents.parseScenario(doc.get());
            }
        } catch (SQLException e) {
            throw db.failure("read the current situation", e);
        } catch (IllegalStateException e) {
            throw db.damaged(e);
        }
        List<Rule> rules = new ArrayList<>();
        for (Task t : tasks()) {
            for (Long bound : Tiering.DEFAULT.lowerBounds()) {
                rules.add(new Rule(t.code(), bound, Level.MUNICIPALITY));
            }
        }
        return new Scenario("", "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
    }

    static long insertCatalogue(Connection c, List<Task> tasks, Instant now, String note) throws SQLException {
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
                    throw new WorkbookException(WorkbookProblem.CATALOGUE_MISSING, db.file(), id);
                }
                return Documents.parseTasks(rs.getString(1));
            }
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
        return new Dataset(db.meta("dataset_name").orElse(""), municipalities);
    }
}
