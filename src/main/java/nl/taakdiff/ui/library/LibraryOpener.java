package nl.taakdiff.ui.library;

import java.nio.file.Path;

/** Opens and creates workbooks. Blocking: call on the store thread. */
public interface LibraryOpener {
    /** The workbook the app opens when it has nothing else to open. */
    ScenarioLibrary openDefault() throws LibraryException;

    ScenarioLibrary open(Path path) throws LibraryException;

    /** A new workbook at the path, seeded with the demo scenarios. */
    ScenarioLibrary create(Path path) throws LibraryException;
}
