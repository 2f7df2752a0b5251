package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migrationsAreNumberedOneByOne() {
        for (int i = 0; i < Schema.MIGRATIONS.size(); i++) {
            assertThat(Schema.MIGRATIONS.get(i).version()).isEqualTo(i + 1);
        }
        assertThat(Schema.CURRENT_VERSION).isEqualTo(Schema.MIGRATIONS.size());
    }

    static int[] earlierVersions() {
        int[] versions = new int[Schema.CURRENT_VERSION];
        for (int v = 0; v < versions.length; v++) {
            versions[v] = v;
        }
        return versions;
    }

    /** A file at every earlier schema version (0 = an empty file marked as a workbook) is upgraded on open. */
    @ParameterizedTest
    @MethodSource("earlierVersions")
    void everyEarlierVersionIsUpgradedOnOpen(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".taakdiff");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Schema.migrate(c, 0, version);
            c.commit();
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.isReadOnly()).isFalse();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Schema.CURRENT_VERSION);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                assertThat(rs.getInt(1)).isEqualTo(Schema.APPLICATION_ID);
            }
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).containsAll(Schema.REQUIRED_TABLES);
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void createdWorkbookIsAtCurrentVersionInWalMode() throws Exception {
        Path file = dir.resolve("new.taakdiff");
        Workbook.create(file, Fixtures.dataset(), Fixtures.tasks()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Schema.CURRENT_VERSION);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
    }
}
