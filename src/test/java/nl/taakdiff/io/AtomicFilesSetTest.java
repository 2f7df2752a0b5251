package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sets of files replaced all together or not at all, and the leftovers of killed writers cleaned up. */
class AtomicFilesSetTest {
    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static AtomicFiles.BinaryContent text(String s) {
        return AtomicFiles.utf8(w -> w.write(s));
    }

    @Test
    void whenTheThirdFileCannotBeWrittenNoneIsReplaced() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "old a");
        Path b = Files.writeString(dir.resolve("b.csv"), "old b");
        Path c = dir.resolve("c.csv");
        assertThatThrownBy(() -> AtomicFiles.writeAll(List.of(new AtomicFiles.Entry(a, text("new a")),
                new AtomicFiles.Entry(b, text("new b")), new AtomicFiles.Entry(c, out -> {
                    throw new IOException("No space left on device");
                })))).hasMessage("cannot write " + c + ": the disk is full");
        assertThat(Files.readString(a)).isEqualTo("old a");
        assertThat(Files.readString(b)).isEqualTo("old b");
        assertThat(listing()).containsExactly("a.csv", "b.csv");
    }

    @Test
    void whenAMoveFailsTheEarlierFilesArePutBack() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "old a");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        // while the last file is written, b becomes a folder that a file cannot replace
        assertThatThrownBy(() -> AtomicFiles.writeAll(List.of(new AtomicFiles.Entry(a, text("new a")),
                new AtomicFiles.Entry(b, text("new b")), new AtomicFiles.Entry(c, out -> {
                    Files.createDirectories(b.resolve("inside"));
                    out.write(1);
                })))).hasMessageStartingWith("cannot write " + b + ": ");
        assertThat(Files.readString(a)).isEqualTo("old a");
        assertThat(c).doesNotExist();
        assertThat(listing()).containsExactly("a.csv", "b.csv");
    }

    @Test
    void aFailureInsideALibraryIsStillOneDescribedIoError() {
        Path target = dir.resolve("x.xlsx");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("wrapped", new IOException("No space left on device"));
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + target + ": the disk is full");
    }

    @Test
    void leftoversOfKilledWritersGoOnTheNextWriteInTheFolder() throws Exception {
        Path stale = Files.writeString(dir.resolve(".m.pdf.0b6f7c9e-8a1d-4c2e-9f3a-5d6e7f8a9b0c.taakdiff-tmp"), "half");
        Path older = Files.writeString(dir.resolve(".m.pdf.1b6f7c9e-8a1d-4c2e-9f3a-5d6e7f8a9b0c.tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".n.pdf.2b6f7c9e-8a1d-4c2e-9f3a-5d6e7f8a9b0c.taakdiff-tmp"), "busy");
        Path held = Files.writeString(dir.resolve(".o.pdf.3b6f7c9e-8a1d-4c2e-9f3a-5d6e7f8a9b0c.taakdiff-tmp"), "busy");
        Path putAside = Files.writeString(dir.resolve(".p.csv.4b6f7c9e-8a1d-4c2e-9f3a-5d6e7f8a9b0c.taakdiff-old"), "old p");
        Path notOurs = Files.writeString(dir.resolve(".m.pdf.tmp"), "someone else's");
        // a killed run is an earlier one: an hour before this test's process started
        FileTime hourAgo = FileTime.from(
                ProcessHandle.current().info().startInstant().orElseThrow().minusSeconds(3600));
        for (Path p : List.of(stale, older, held, putAside, notOurs)) {
            Files.setLastModifiedTime(p, hourAgo);
        }
        try (FileChannel channel = FileChannel.open(held, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            AtomicFiles.writeUtf8(dir.resolve("m.pdf"), w -> w.write("whole"));
        }
        assertThat(listing()).containsExactly(".m.pdf.tmp", fresh.getFileName().toString(),
                held.getFileName().toString(), "m.pdf", "p.csv");
        assertThat(Files.readString(dir.resolve("p.csv"))).isEqualTo("old p");
    }
}
