package nl.taakdiff.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.CriterionSyntax;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.WeightSet;

/**
 * The appraisal weight sets of a workbook (tables {@code weight_set} and
 * {@code weight_set_version}). A weight set is stored as a small text: {@code method=…}, then one
 * criterion per line in {@link CriterionSyntax}. Every save, rename and delete adds a version;
 * a deleted set is kept (soft delete) so that it can be put back. The caller owns the transaction.
 *
 * <p>Every change is also an entry of the workbook's journal (kind {@link Journal#WEIGHT_SET}, subject
 * the set's row id, state {@link #state}), so that its undo survives closing the workbook.
 */
final class WeightSetStore {
    private final Connection connection;
    private final Journal journal;

    WeightSetStore(Connection connection, Journal journal) {
        this.connection = connection;
        this.journal = journal;
    }

    /** The journal state of a set that is not there (deleted); a set's state always has a line break. */
    private static final String ABSENT = "absent";

    /** A set's journal state: its name and stored text, or {@link #ABSENT}. */
    static String state(WeightSet set) {
        return set == null ? ABSENT : set.name() + "\n" + format(set);
    }

    static String format(WeightSet set) {
        StringBuilder s = new StringBuilder("method=").append(set.method().key()).append('\n');
        for (Criterion c : set.criteria()) {
            s.append(CriterionSyntax.format(c)).append('\n');
        }
        return s.toString();
    }

    /** Reads a stored weight set; a text that is not one is a damaged file ({@link IllegalStateException}). */
    static WeightSet parse(String name, String content) {
        String[] lines = content.split("\n");
        try {
            if (!lines[0].startsWith("method=")) {
                throw new IllegalArgumentException("no method line");
            }
            Method method = Method.parse(lines[0].substring("method=".length()))
                    .orElseThrow(() -> new IllegalArgumentException("unknown method " + lines[0]));
            List<Criterion> criteria = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    criteria.add(CriterionSyntax.parse(lines[i]));
                }
            }
            return new WeightSet(name, method, criteria);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("weight set " + name + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    List<WeightSet> all() throws SQLException {
        List<WeightSet> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, content FROM weight_set WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    Optional<WeightSet> find(String name) throws SQLException {
        OptionalLong id = liveId(name);
        return id.isEmpty() ? Optional.empty() : Optional.of(read(id.getAsLong()));
    }

    WeightSet get(String name) throws SQLException, WorkbookException {
        return read(requireLive(name));
    }

    /** Creates ({@code previousName} null) or replaces a weight set, which may rename it. */
    WeightSet save(String previousName, WeightSet set, String label, Instant now) throws SQLException, WorkbookException {
        WeightSet checked = set.withName(checkedName(set.name()));
        long id;
        WeightSet before = null;
        if (previousName == null) {
            requireFreeName(checked.name(), -1);
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO weight_set (name, content, updated_at) VALUES (?, ?, ?)")) {
                ps.setString(1, checked.name());
                ps.setString(2, format(checked));
                ps.setString(3, now.toString());
                ps.executeUpdate();
            }
            id = liveId(checked.name()).orElseThrow();
        } else {
            id = requireLive(previousName);
            requireFreeName(checked.name(), id);
            before = read(id);
            if (before.equals(checked)) {
                return checked;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE weight_set SET name = ?, content = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, checked.name());
                ps.setString(2, format(checked));
                ps.setString(3, now.toString());
                ps.setLong(4, id);
                ps.executeUpdate();
            }
        }
        addVersion(id, checked, now);
        journal.record(Journal.WEIGHT_SET, id, label, state(before), state(checked));
        return checked;
    }

    /** Deletes a weight set (kept in the file); returns a ticket for {@link #undelete}. */
    long delete(String name, String label, Instant now) throws SQLException, WorkbookException {
        long id = requireLive(name);
        WeightSet before = read(id);
        markDeleted(id, now);
        journal.record(Journal.WEIGHT_SET, id, label, state(before), state(null));
        return id;
    }

    private void markDeleted(long id, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE weight_set SET deleted_at = ? WHERE id = ?")) {
            ps.setString(1, now.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * Puts a journal state of set {@code id} back (an undo or redo): deletes the set for the absent
     * state, else makes it live with that name and content, as a new version.
     */
    HistoryStep apply(long id, String state, String label) throws SQLException, WorkbookException {
        Instant now = Instant.now();
        if (state.equals(ABSENT)) {
            markDeleted(id, now);
            return HistoryStep.weightSets(label);
        }
        int newline = state.indexOf('\n');
        WeightSet set = parse(state.substring(0, newline), state.substring(newline + 1));
        requireFreeName(set.name(), id);
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE weight_set SET name = ?, content = ?, deleted_at = NULL, updated_at = ? WHERE id = ?")) {
            ps.setString(1, set.name());
            ps.setString(2, format(set));
            ps.setString(3, now.toString());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
        addVersion(id, set, now);
        return HistoryStep.weightSets(label);
    }

    WeightSet undelete(long ticket, String label, Instant now) throws SQLException, WorkbookException {
        WeightSet set = read(ticket);
        requireFreeName(set.name(), ticket);
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE weight_set SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL")) {
            ps.setString(1, now.toString());
            ps.setLong(2, ticket);
            if (ps.executeUpdate() != 1) {
                throw new WorkbookException(WorkbookProblem.NO_DELETED_WEIGHT_SET);
            }
        }
        journal.record(Journal.WEIGHT_SET, ticket, label, state(null), state(set));
        return set;
    }

    /** Every saved state of a live weight set, oldest first. */
    List<WeightSetVersion> versions(String name) throws SQLException, WorkbookException {
        long id = requireLive(name);
        List<WeightSetVersion> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT number, name, content, saved_at FROM weight_set_version WHERE weight_set_id = ? ORDER BY number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WeightSetVersion(rs.getInt(1), parse(rs.getString(2), rs.getString(3)),
                            Instant.parse(rs.getString(4))));
                }
            }
        }
        return out;
    }

    private void addVersion(long id, WeightSet set, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO weight_set_version (weight_set_id, number, name, content, saved_at)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM weight_set_version WHERE weight_set_id = ?), ?, ?, ?)""")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setString(3, set.name());
            ps.setString(4, format(set));
            ps.setString(5, now.toString());
            ps.executeUpdate();
        }
    }

    private WeightSet read(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, content FROM weight_set WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("weight set " + id + " is missing");
                }
                return parse(rs.getString(1), rs.getString(2));
            }
        }
    }

    private OptionalLong liveId(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name FROM weight_set WHERE deleted_at IS NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).equalsIgnoreCase(name == null ? "" : name.strip())) {
                        return OptionalLong.of(rs.getLong(1));
                    }
                }
            }
        }
        return OptionalLong.empty();
    }

    private long requireLive(String name) throws SQLException, WorkbookException {
        OptionalLong id = liveId(name);
        if (id.isEmpty()) {
            throw new WorkbookException(WorkbookProblem.NO_SUCH_WEIGHT_SET, name, namesHint());
        }
        return id.getAsLong();
    }

    private String namesHint() throws SQLException {
        List<String> names = all().stream().map(WeightSet::name).toList();
        return names.isEmpty() ? "" : "; the workbook has " + String.join(", ", names);
    }

    private void requireFreeName(String name, long exceptId) throws SQLException, WorkbookException {
        OptionalLong id = liveId(name);
        if (id.isPresent() && id.getAsLong() != exceptId) {
            throw new WorkbookException(WorkbookProblem.WEIGHT_SET_NAME_TAKEN, read(id.getAsLong()).name());
        }
    }

    private static String checkedName(String name) throws WorkbookException {
        String n = name.strip();
        if (n.isEmpty()) {
            throw new WorkbookException(WorkbookProblem.WEIGHT_SET_NEEDS_NAME);
        }
        java.util.Optional<String> control = nl.taakdiff.model.ControlCharacters.first(n);
        if (control.isPresent()) {
            throw new WorkbookException(WorkbookProblem.WEIGHT_SET_NAME_CONTROL, control.get());
        }
        return n;
    }
}
