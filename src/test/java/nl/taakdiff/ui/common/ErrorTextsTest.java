package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import nl.taakdiff.store.WorkbookProblem;
import nl.taakdiff.ui.library.LibraryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorTextsTest {
    @TempDir
    Path dir;

    @Test
    void everyWorkbookProblemHasADutchAndAnEnglishText() {
        Messages dutch = new Messages(Messages.DUTCH);
        Messages english = new Messages(Messages.ENGLISH);
        for (WorkbookProblem problem : WorkbookProblem.values()) {
            String key = "store.problem." + problem.key();
            assertThat(dutch.has(key)).as(key).isTrue();
            // the English UI says exactly what the command line says
            Object[] args = {"a", "b", "c"};
            assertThat(english.get(key, args)).as(key).isEqualTo(problem.english(args));
        }
    }

    @Test
    void aStoreFailureWrappedByTheLibraryIsShownInDutch() throws Exception {
        Path notAWorkbook = Files.writeString(dir.resolve("notes.taakdiff"), "plain text, not SQLite");
        WorkbookException error = catchThrowableOfType(() -> Workbook.open(notAWorkbook), WorkbookException.class);
        assertThat(error.problem()).isEqualTo(WorkbookProblem.NOT_SQLITE);
        LibraryException wrapped = new LibraryException(error.getMessage(), error);

        assertThat(ErrorTexts.of(wrapped, new Messages(Messages.DUTCH)))
                .isEqualTo(notAWorkbook.toRealPath() + " is geen Taakdiff-werkboek (het is geen SQLite-databasebestand).");
        assertThat(ErrorTexts.of(wrapped, new Messages(Messages.ENGLISH))).isEqualTo(error.getMessage());
    }

    @Test
    void aFailureOutsideTheStoreKeepsItsOwnMessageOrNamesItsKind() {
        Messages dutch = new Messages(Messages.DUTCH);
        assertThat(ErrorTexts.of(new IllegalStateException("kapot"), dutch)).isEqualTo("kapot");
        assertThat(ErrorTexts.of(new RuntimeException(null, new IllegalArgumentException()), dutch))
                .isEqualTo("IllegalArgumentException");
    }

    @Test
    void runningOutOfMemoryIsSaidInTheUiLanguageWithTheHeapJavaMayUse() {
        Throwable error = new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space"));
        String heap = new Messages(Messages.DUTCH).formats().count(Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(ErrorTexts.of(error, new Messages(Messages.DUTCH)))
                .isEqualTo("niet genoeg werkgeheugen: de " + heap + " MB die Java hier mag gebruiken zijn vol; kies minder"
                        + " trekkingen, of start Taakdiff met meer (java -Xmx4g -jar taakdiff.jar)")
                .doesNotContain("heap space");
        assertThat(ErrorTexts.of(error, new Messages(Messages.ENGLISH))).startsWith("not enough working memory: the ");
    }
}
