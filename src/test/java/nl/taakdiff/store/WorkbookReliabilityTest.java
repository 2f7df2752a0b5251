package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import nl.taakdiff.testing.Mounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks in the places analysts keep them: write-protected, in a folder or on a medium that
 * cannot be written, reached through a symbolic link, copied while open, on a disk that fills up.
 */
class WorkbookReliabilityTest {
    @TempDir
    Path dir;

    private Path workbook(Path folder) throws Exception {
        Path file = folder.resolve("study.taakdiff");
        try (Workbook wb = Workbook.create(file, Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.uniform("S"));
        }
        return file;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aReadOnlyOpenLeavesNoSideFilesThatBlockLaterWrites() throws Exception {
        Path file = workbook(dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.isReadOnly()).isTrue();
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
        }
        assertThat(listing(dir)).containsExactly("study.taakdiff", "study.taakdiff.lock");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.isReadOnly()).isFalse();
            wb.saveScenario("S", Fixtures.differentiated("S"));
        }
    }

    @Test
    void sideFilesLeftWriteProtectedByAnEarlierVersionAreRepaired() throws Exception {
        Path file = workbook(dir);
        Path shm = Files.createFile(dir.resolve("study.taakdiff-shm"));
        Files.setPosixFilePermissions(shm, PosixFilePermissions.fromString("r--r--r--"));
        try (Workbook wb = Workbook.open(file)) {
            wb.saveScenario("S", Fixtures.differentiated("S"));
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.differentiated("S"));
        }
    }

    @Test
    void aFolderOpensReadOnlyExactlyWhenNoFileCanBeCreatedInIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("archive"));
        Path file = workbook(folder);
        Files.delete(folder.resolve("study.taakdiff.lock"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            boolean creatable = FileAccess.canCreateIn(folder); // true for root: the file system allows it
            try (Workbook wb = Workbook.open(file)) {
                assertThat(wb.isReadOnly()).isEqualTo(!creatable);
                if (!creatable) {
                    assertThat(wb.readOnlyNotice()).get().asString().contains("folder is write-protected");
                }
                assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWorkbookOnAReadOnlyMediumOpensReadOnlyAndSaysWhy() throws Exception {
        try (Mounts medium = Mounts.tmpfs(dir.resolve("cd"), "4m")) {
            Path file = workbook(medium.dir());
            Files.delete(medium.dir().resolve("study.taakdiff.lock"));
            medium.readOnly();
            try (Workbook wb = Workbook.open(file)) {
                assertThat(wb.isReadOnly()).isTrue();
                assertThat(wb.readOnlyNotice()).get().asString()
                        .isEqualTo("Opened study.taakdiff read-only: it is on a read-only disk or share.");
                assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
                assertThatThrownBy(() -> wb.saveScenario("S", Fixtures.differentiated("S")))
                        .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(WorkbookException.Reason.READ_ONLY);
            }
            assertThat(listing(medium.dir())).containsExactly("study.taakdiff");
        }
    }

    @Test
    void theLockHoldsWhateverPathLeadsToTheWorkbook() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("studies"));
        Path file = workbook(folder);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), folder);
        Path linkedFile = Files.createSymbolicLink(dir.resolve("link.taakdiff"), file);
        Files.createDirectories(dir.resolve("other"));
        try (Workbook writer = Workbook.open(file)) {
            assertThat(writer.isReadOnly()).isFalse();
            for (Path other : List.of(linkedFolder.resolve("study.taakdiff"), linkedFile,
                    dir.resolve("other/../studies/study.taakdiff"))) {
                try (Workbook second = Workbook.open(other)) {
                    assertThat(second.isReadOnly()).as(other.toString()).isTrue();
                    assertThat(second.readOnlyNotice()).get().asString().contains("open in another Taakdiff");
                }
            }
        }
        assertThat(listing(dir)).doesNotContain("link.taakdiff.lock");
    }

    @Test
    void everySaveReachesTheWorkbookFileSoACopyOfItAloneIsComplete() throws Exception {
        Path file = workbook(dir);
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("study.taakdiff");
        try (Workbook wb = Workbook.open(file)) {
            wb.saveScenario("S", Fixtures.differentiated("S"));
            wb.createScenario(Fixtures.uniform("T"));
            Files.copy(file, copy); // while open, without its -wal
        }
        try (Workbook wb = Workbook.open(copy)) {
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.differentiated("S"));
            assertThat(wb.hasScenario("T")).isTrue();
        }
    }

    @Test
    void aCutOffJournalFileIsReportedNotSilentlyDropped() throws Exception {
        Path file = workbook(dir);
        ByteBuffer header = ByteBuffer.allocate(132);
        header.putInt(0x377f0682).putInt(3007000).putInt(4096);
        Files.write(dir.resolve("study.taakdiff-wal"), header.array());
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.openWarning()).get().asString().startsWith("Warning: the journal file study.taakdiff-wal")
                    .contains("damaged or cut off");
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.openWarning()).isEmpty();
        }
    }

    @Test
    void aFullDiskWhileSavingSaysSoAndKeepsTheWorkbookAsItWas() throws Exception {
        try (Mounts disk = Mounts.tmpfs(dir.resolve("small"), "1m")) {
            Path file = workbook(disk.dir());
            try (Workbook wb = Workbook.open(file)) {
                Path filler = disk.dir().resolve("filler");
                try (OutputStream out = Files.newOutputStream(filler)) {
                    byte[] block = new byte[4096];
                    while (true) {
                        out.write(block);
                        out.flush();
                    }
                } catch (IOException full) {
                    // the disk is full now
                }
                String description = "x".repeat(200_000);
                assertThatThrownBy(() -> {
                    for (int i = 0; i < 20; i++) {
                        wb.createScenario(Fixtures.uniform("N" + i).withDescription(description + i));
                    }
                }).isInstanceOf(WorkbookException.class)
                        .hasMessageContaining("the disk is full. Nothing was saved; the workbook is as it was.")
                        .hasMessageNotContaining("no transaction");
                Files.delete(filler);
                List<String> names = wb.scenarios().stream().map(ScenarioInfo::name).toList();
                assertThat(names).contains("S");
                wb.saveScenario("S", Fixtures.differentiated("S"));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }

    @Test
    void aControlCharacterInANameIsNamed() throws Exception {
        Path file = workbook(dir);
        try (Workbook wb = Workbook.open(file)) {
            assertThatThrownBy(() -> wb.createScenario(Fixtures.uniform("Bel\u0007 scenario")))
                    .hasMessage("A scenario name cannot contain control characters; this one has control character U+0007.");
            assertThatThrownBy(() -> wb.createScenario(Fixtures.uniform("Twee\tdelen")))
                    .hasMessage("A scenario name cannot contain control characters; this one has a tab.");
        }
    }
}
