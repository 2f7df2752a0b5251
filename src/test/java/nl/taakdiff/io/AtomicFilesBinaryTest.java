package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesBinaryTest {
    @TempDir
    Path temp;

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = temp.resolve("report.pdf");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("disk full");
        })).hasMessage("cannot write " + target + ": disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly("report.pdf");
    }

    @Test
    void writesWithTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path target = temp.resolve("map.png");

        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));
        AtomicFiles.writeUtf8(temp.resolve("t.csv"), w -> w.write("a\n"));

        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            // the same permissions as any new file here (umask), not the owner-only ones of createTempFile
            var usual = Files.getPosixFilePermissions(Files.createFile(temp.resolve("reference")));
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(usual);
            assertThat(Files.getPosixFilePermissions(temp.resolve("t.csv"))).isEqualTo(usual);
        }
        assertThatThrownBy(() -> AtomicFiles.write(temp.resolve("none/x.png"), out -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(temp)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
