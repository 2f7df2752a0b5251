package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A finished workbook goes in place under its name, never over a file that is there already. */
class FinishedWorkbookTest {
    @TempDir
    Path dir;

    /** File systems without hard links: refused outright, or refused by the operating system. */
    private static FinishedWorkbook.Linker noLinks(String how) {
        return (link, existing) -> {
            if (how.equals("unsupported")) {
                throw new UnsupportedOperationException("no links here");
            }
            throw new IOException("Operation not permitted");
        };
    }

    private Path temp(String content) throws IOException {
        return Files.writeString(dir.resolve(".study.taakdiff.1234.taakdiff"), content);
    }

    @Test
    void aHardLinkPutsItInPlaceAndTheTemporaryNameGoes() throws Exception {
        Path temp = temp("new");
        Path file = dir.resolve("study.taakdiff");

        FinishedWorkbook.putInPlace(temp, file);

        assertThat(file).hasContent("new");
        assertThat(temp).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unsupported", "refused"})
    void withoutHardLinksItIsMovedInPlace(String how) throws Exception {
        Path temp = temp("new");
        Path file = dir.resolve("study.taakdiff");

        FinishedWorkbook.putInPlace(temp, file, noLinks(how));

        assertThat(file).hasContent("new");
        assertThat(temp).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"links", "unsupported", "refused"})
    void aFileThatIsThereAlreadyIsNeverReplaced(String how) throws Exception {
        Path temp = temp("new");
        Path file = Files.writeString(dir.resolve("study.taakdiff"), "someone else's");

        assertThatThrownBy(() -> FinishedWorkbook.putInPlace(temp, file,
                how.equals("links") ? Files::createLink : noLinks(how)))
                .isInstanceOf(FileAlreadyExistsException.class);

        assertThat(file).hasContent("someone else's");
        assertThat(temp).hasContent("new");
    }
}
