package nl.taakdiff.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workbook schema as a list of forward-only migrations. The schema version is kept in
 * {@code PRAGMA user_version}: version {@code n} means migrations 1..n have run. A migration runs
 * in the caller's transaction together with the new {@code user_version}, so a crash leaves the
 * file at the old or the new version, never in between. {@code PRAGMA application_id} marks the
 * file as a Taakdiff workbook. To change the schema, append a migration; never edit one that has
 * shipped.
 *
 * <p>Scenario states ({@code scenario.state}, {@code journal.before_state/after_state},
 * {@code version.state}) are {@link Documents} texts, deflated; task catalogues are plain text.
 */
final class Schema {
    /** "TDif": tells a Taakdiff workbook from any other SQLite file. */
    static final int APPLICATION_ID = 0x54446966;

    /** One step: the statements that take a workbook from version {@code version - 1} to {@code version}. */
    record Migration(int version, String description, List<String> statements) {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "data set, task catalogue history, scenarios, journal and versions", List.of(
                    """
                    CREATE TABLE meta (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE municipality (
                        code       TEXT PRIMARY KEY,
                        position   INTEGER NOT NULL UNIQUE,
                        name       TEXT NOT NULL,
                        province   TEXT NOT NULL,
                        population INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE region_membership (
                        municipality_code TEXT NOT NULL REFERENCES municipality(code) ON DELETE CASCADE,
                        region_type       TEXT NOT NULL,
                        region_code       TEXT NOT NULL,
                        region_name       TEXT NOT NULL,
                        PRIMARY KEY (municipality_code, region_type)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE catalogue (
                        id       INTEGER PRIMARY KEY,
                        content  TEXT NOT NULL,
                        saved_at TEXT NOT NULL,
                        note     TEXT NOT NULL DEFAULT ''
                    )""",
                    """
                    CREATE TABLE scenario (
                        id             INTEGER PRIMARY KEY,
                        name           TEXT NOT NULL,
                        description    TEXT NOT NULL,
                        differentiated INTEGER NOT NULL,
                        state          BLOB NOT NULL,
                        created_at     TEXT NOT NULL,
                        updated_at     TEXT NOT NULL,
                        deleted_at     TEXT
                    )""",
                    "CREATE UNIQUE INDEX scenario_live_name ON scenario(name COLLATE NOCASE) WHERE deleted_at IS NULL",
                    """
                    CREATE TABLE journal (
                        id           INTEGER PRIMARY KEY,
                        scenario_id  INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
                        what         TEXT NOT NULL,
                        before_state BLOB NOT NULL,
                        after_state  BLOB NOT NULL,
                        undone       INTEGER NOT NULL DEFAULT 0,
                        at           TEXT NOT NULL
                    )""",
                    "CREATE INDEX journal_by_scenario ON journal(scenario_id, id)",
                    """
                    CREATE TABLE version (
                        id           INTEGER PRIMARY KEY,
                        scenario_id  INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
                        number       INTEGER NOT NULL,
                        label        TEXT NOT NULL,
                        saved_at     TEXT NOT NULL,
                        state        BLOB NOT NULL,
                        catalogue_id INTEGER NOT NULL REFERENCES catalogue(id),
                        UNIQUE (scenario_id, number)
                    )""")),
            new Migration(2, "named weight sets of the appraisal, each change kept as a version, with"
                    + " illustrative sets for Rijk, VNG, IPO and equal weights", List.of(
                    """
                    CREATE TABLE weight_set (
                        id         INTEGER PRIMARY KEY,
                        name       TEXT NOT NULL,
                        content    TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        deleted_at TEXT
                    )""",
                    "CREATE UNIQUE INDEX weight_set_live_name ON weight_set(name COLLATE NOCASE) WHERE deleted_at IS NULL",
                    """
                    CREATE TABLE weight_set_version (
                        id            INTEGER PRIMARY KEY,
                        weight_set_id INTEGER NOT NULL REFERENCES weight_set(id) ON DELETE CASCADE,
                        number        INTEGER NOT NULL,
                        name          TEXT NOT NULL,
                        content       TEXT NOT NULL,
                        saved_at      TEXT NOT NULL,
                        UNIQUE (weight_set_id, number)
                    )""",
                    seedWeightSet("Gelijk", "method=weighted-sum\ncost_per_inhabitant:lower=1\ndirect_control_share:higher=1\ncapacity_risk_municipalities:lower=1\njoint_arrangements:lower=1\ntask_packages:lower=1\nlosers:lower=1\n"),
                    seedWeightSet("Rijk", "method=weighted-sum\ncost_per_inhabitant:lower=3\ndirect_control_share:higher=1\ncapacity_risk_municipalities:lower=3\njoint_arrangements:lower=1\ntask_packages:lower=2\nlosers:lower=1\n"),
                    seedWeightSet("VNG", "method=weighted-sum\ncost_per_inhabitant:lower=2\ndirect_control_share:higher=3\ncapacity_risk_municipalities:lower=2\njoint_arrangements:lower=2\ntask_packages:lower=1\nlosers:lower=3\n"),
                    seedWeightSet("IPO", "method=weighted-sum\ncost_per_inhabitant:lower=2\ndirect_control_share:higher=1\ncapacity_risk_municipalities:lower=3\njoint_arrangements:lower=2\ntask_packages:lower=2\nlosers:lower=1\n"),
                    """
                    INSERT INTO weight_set_version (weight_set_id, number, name, content, saved_at)
                    SELECT id, 1, name, content, updated_at FROM weight_set""")),
            // No table changes: task catalogues (plain text documents) may now carry parameter ranges.
            // The new version makes older builds refuse the file instead of saving a catalogue edit
            // that silently drops the ranges; catalogues saved before keep reading without ranges.
            new Migration(3, "task catalogues carry the parameter ranges of the sensitivity analysis",
                    List.of()));

    /** The version this build writes; a file with a higher {@code user_version} is refused. */
    static final int CURRENT_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    /** Tables every workbook has; a file marked as a workbook without them is not one. */
    static final List<String> REQUIRED_TABLES =
            List.of("meta", "municipality", "region_membership", "catalogue", "scenario", "journal", "version");

    private Schema() {
    }

    /**
     * The illustrative weight sets every workbook starts with: six criteria weighed as the parties
     * might; they are no position of Rijk, VNG or IPO. The text is literal so the migration never changes.
     */
    private static String seedWeightSet(String name, String content) {
        return "INSERT INTO weight_set (name, content, updated_at) VALUES ('" + name + "', '" + content
                + "', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
    }

    /**
     * Runs the migrations after {@code from} up to {@code target} and sets {@code user_version} and
     * {@code application_id}; the caller owns the transaction.
     */
    static void migrate(Connection connection, int from, int target) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Migration m : MIGRATIONS) {
                if (m.version() > from && m.version() <= target) {
                    for (String sql : m.statements()) {
                        st.execute(sql);
                    }
                }
            }
            // PRAGMA takes no bind parameters; both values are integers from this class.
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + target);
        }
    }
}
