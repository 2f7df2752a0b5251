package nl.taakdiff.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.ui.TestData;
import org.junit.jupiter.api.Test;

/** The startup workbook opened before the window exists goes to the first request for it, and only to that one. */
class EarlyOpenerTest {
    /** Records what it was asked to open and gives a new in-memory library each time. */
    private static final class Recording implements LibraryOpener {
        final List<String> calls = new ArrayList<>();
        LibraryException failure;

        private synchronized ScenarioLibrary library(String call) throws LibraryException {
            calls.add(call);
            if (failure != null) {
                throw failure;
            }
            return new InMemoryScenarioLibrary(call, TestData.scenarios(), TestData.study());
        }

        synchronized List<String> calls() {
            return List.copyOf(calls);
        }

        @Override
        public ScenarioLibrary openDefault() throws LibraryException {
            return library("default");
        }

        @Override
        public ScenarioLibrary open(Path path) throws LibraryException {
            return library("open " + path.getFileName());
        }

        @Override
        public ScenarioLibrary create(Path path) throws LibraryException {
            return library("create " + path.getFileName());
        }
    }

    @Test
    void theDefaultWorkbookOpenedEarlyIsHandedOverOnceThenDefaultRequestsOpenAnew() throws Exception {
        Recording files = new Recording();
        EarlyOpener opener = EarlyOpener.start(files, Optional.empty());

        ScenarioLibrary first = opener.openDefault();
        assertThat(files.calls()).containsExactly("default");
        ScenarioLibrary second = opener.openDefault();

        assertThat(second).isNotSameAs(first);
        assertThat(files.calls()).containsExactly("default", "default");
    }

    @Test
    void aWorkbookGivenAtStartGoesToTheRequestForThatPathOnly() throws Exception {
        Recording files = new Recording();
        Path study = Path.of("studie.taakdiff");
        EarlyOpener opener = EarlyOpener.start(files, Optional.of(study));

        opener.openDefault();
        opener.open(Path.of("andere.taakdiff"));
        ScenarioLibrary early = opener.open(study);
        opener.create(Path.of("nieuw.taakdiff"));

        assertThat(early.location()).isEqualTo("open studie.taakdiff");
        assertThat(files.calls()).containsExactlyInAnyOrder("open studie.taakdiff", "default", "open andere.taakdiff",
                "create nieuw.taakdiff");
    }

    @Test
    void aWorkbookThatCannotBeOpenedGivesItsOwnReasonToTheRequest() {
        Recording files = new Recording();
        files.failure = new LibraryException("default.taakdiff is not a Taakdiff workbook");
        EarlyOpener opener = EarlyOpener.start(files, Optional.empty());

        assertThatThrownBy(opener::openDefault).isSameAs(files.failure);
    }
}
