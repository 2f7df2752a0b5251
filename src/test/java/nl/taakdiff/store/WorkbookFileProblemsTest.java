package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not (usable) workbooks: each refused with a clear message, never modified. */
class WorkbookFileProblemsTest {
    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("study.taakdiff");
        try (Workbook wb = Workbook.create(file, Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.uniform("S"));
        }
        return file;
    }

    private static void assertRefused(Path file, WorkbookException.Reason reason, String message) throws Exception {
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        ThrowingCallable open = () -> Workbook.open(file).close();
        assertThatThrownBy(open).isInstanceOf(WorkbookException.class).hasMessageContaining(message)
                .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(reason);
        if (before != null) {
            assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("file unchanged").isTrue();
        }
    }

    @Test
    void textFileIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("notes.taakdiff");
        Files.writeString(file, "code,name\nGM0001,Klein\n");
        assertRefused(file, WorkbookException.Reason.NOT_A_WORKBOOK, "not a SQLite database");
    }

    @Test
    void emptyFileIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("empty.taakdiff");
        Files.createFile(file);
        assertRefused(file, WorkbookException.Reason.NOT_A_WORKBOOK, "is empty");
    }

    @Test
    void foreignSqliteIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE scenario (x)");
        }
        assertRefused(file, WorkbookException.Reason.NOT_A_WORKBOOK, "another program");
    }

    @Test
    void sqliteMarkedAsWorkbookWithoutItsTablesIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("marked.taakdiff");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + Schema.CURRENT_VERSION);
            st.execute("CREATE TABLE meta (key, value)");
        }
        assertRefused(file, WorkbookException.Reason.NOT_A_WORKBOOK, "lacks its tables");
    }

    @Test
    void newerWorkbookIsRefusedAndUntouched() throws Exception {
        Path file = workbook();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.CURRENT_VERSION + 1));
            st.execute("PRAGMA journal_mode = DELETE");
        }
        assertRefused(file, WorkbookException.Reason.NEWER_VERSION, "newer version of Taakdiff");
        assertThat(Files.exists(dir.resolve("study.taakdiff-wal"))).isFalse();
    }

    @Test
    void damagedFileIsRefused() throws Exception {
        Path file = workbook();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[(int) raf.length() - 4096];
            Arrays.fill(junk, (byte) 0x5A);
            raf.seek(4096);
            raf.write(junk);
        }
        assertRefused(file, WorkbookException.Reason.DAMAGED, "is damaged");
    }

    @Test
    void aDamagedScenarioStateIsReportedAsDamage() throws Exception {
        Path file = workbook();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE scenario SET state = x'00112233'");
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.scenarios()).hasSize(1);
            assertThatThrownBy(() -> wb.scenario("S")).isInstanceOf(WorkbookException.class)
                    .hasMessageContaining("is damaged")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(WorkbookException.Reason.DAMAGED);
            assertThatThrownBy(() -> wb.saveScenario("S", Fixtures.uniform("S"))).hasMessageContaining("is damaged");
        }
    }

    @Test
    void truncatedFileIsRefused() throws Exception {
        Path file = workbook();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 60));
        assertRefused(file, WorkbookException.Reason.DAMAGED, "cut short");
    }

    @Test
    void missingFolderAndMissingFile() throws Exception {
        Path inMissing = dir.resolve("nowhere").resolve("study.taakdiff");
        assertRefused(inMissing, WorkbookException.Reason.FOLDER_NOT_FOUND, "does not exist");
        assertThatThrownBy(() -> Workbook.create(inMissing, Fixtures.dataset(), Fixtures.tasks()))
                .hasMessageContaining("does not exist");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
        assertRefused(dir.resolve("missing.taakdiff"), WorkbookException.Reason.FILE_NOT_FOUND, "no workbook");
    }

    @Test
    void createRefusesToOverwrite() throws Exception {
        Path file = workbook();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workbook.create(file, Fixtures.dataset(), Fixtures.tasks()))
                .isInstanceOf(WorkbookException.class).hasMessageContaining("already a file");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void writeProtectedFileOpensReadOnlyAndIsNotChanged() throws Exception {
        Path file = workbook();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.isReadOnly()).isTrue();
            assertThat(wb.readOnlyNotice()).get().asString().contains("read-only").contains("write-protected");
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
            assertThatThrownBy(() -> wb.saveScenario("S", Fixtures.differentiated("S")))
                    .isInstanceOf(WorkbookException.class).hasMessageContaining("read-only")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(WorkbookException.Reason.READ_ONLY);
            assertThatThrownBy(() -> wb.saveVersion("S", "x")).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void secondInstanceIsReadOnlyAndCannotWrite() throws Exception {
        Path file = workbook();
        try (Workbook first = Workbook.open(file); Workbook second = Workbook.open(file)) {
            assertThat(first.isReadOnly()).isFalse();
            assertThat(second.isReadOnly()).isTrue();
            assertThat(second.readOnlyNotice()).get().asString().contains("open in another Taakdiff");
            assertThatThrownBy(() -> second.createScenario(Fixtures.uniform("T")))
                    .hasMessageContaining("read-only");
            // the reader sees what the writer commits
            first.saveScenario("S", Fixtures.differentiated("S"));
            assertThat(second.scenario("S")).isEqualTo(Fixtures.differentiated("S"));
        }
        try (Workbook again = Workbook.open(file)) {
            assertThat(again.isReadOnly()).as("lock released on close").isFalse();
        }
    }
}
