package nl.taakdiff.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import nl.taakdiff.model.Scenario;

/** Opens libraries in memory only, seeded with the given scenarios; files cannot be opened. */
public final class InMemoryLibraryOpener implements LibraryOpener {
    private final Supplier<List<Scenario>> seed;

    public InMemoryLibraryOpener(Supplier<List<Scenario>> seed) {
        this.seed = seed;
    }

    @Override
    public ScenarioLibrary openDefault() {
        return new InMemoryScenarioLibrary("(in memory)", seed.get());
    }

    @Override
    public ScenarioLibrary open(Path path) throws LibraryException {
        throw new LibraryException("this build cannot open workbook files");
    }

    @Override
    public ScenarioLibrary create(Path path) throws LibraryException {
        throw new LibraryException("this build cannot create workbook files");
    }
}
