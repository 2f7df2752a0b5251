package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run killed while creating a workbook leaves (the half-made {@code NAME.taakdiff.new} with
 * SQLite's side files, a folder probe) is removed when the next run creates a workbook in that
 * folder; younger files and files of other naming stay.
 */
class StaleLeftoversTest {
    @TempDir
    Path dir;

    private void age(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3_600)));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNextCreationRemovesWhatAKilledOneLeftAndNothingElse() throws Exception {
        // a real half-made workbook, as a run killed before moving it into place leaves it
        Workbook.create(dir.resolve("half.taakdiff"), Fixtures.dataset(), Fixtures.tasks()).close();
        Files.move(dir.resolve("half.taakdiff"), dir.resolve("half.taakdiff.new"));
        Files.delete(dir.resolve("half.taakdiff.lock"));
        Files.writeString(dir.resolve("half.taakdiff.new-wal"), "frames");
        Files.writeString(dir.resolve("half.taakdiff.new-shm"), "index");
        Files.createFile(dir.resolve(".taakdiff-probe-0b7c4a52-3e1d-4f7e-9a55-2d0c6f1e8b90"));
        for (String name : names()) {
            age(dir.resolve(name));
        }
        // not ours, or too young to be a killed run's
        Files.writeString(dir.resolve("notes.new"), "mine");
        Files.writeString(dir.resolve("half.taakdiff.new.txt"), "mine");
        age(dir.resolve("notes.new"));
        age(dir.resolve("half.taakdiff.new.txt"));
        Files.writeString(dir.resolve("busy.taakdiff.new"), "being written now");

        Workbook.create(dir.resolve("next.taakdiff"), Fixtures.dataset(), Fixtures.tasks()).close();

        assertThat(names()).containsExactly("busy.taakdiff.new", "half.taakdiff.new.txt", "next.taakdiff",
                "next.taakdiff.lock", "notes.new");
    }

    @Test
    void onlyFilesOlderThanThisProcessAndAMinuteAreStale() throws Exception {
        Path file = Files.writeString(dir.resolve("a.taakdiff.new"), "x");
        long now = System.currentTimeMillis();
        assertThat(StaleLeftovers.isStale(file, now)).isFalse();
        Files.setLastModifiedTime(file, FileTime.fromMillis(now - 30_000));
        assertThat(StaleLeftovers.isStale(file, now)).as("changed half a minute ago").isFalse();
        age(file);
        assertThat(StaleLeftovers.isStale(file, now)).isTrue();
    }
}
