package nl.taakdiff.ui.library;

import java.nio.file.Path;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;

/** Opens SQLite workbooks: the default one in the user data folder, or a chosen file. */
public final class WorkbookOpener implements LibraryOpener {
    @Override
    public ScenarioLibrary openDefault() throws LibraryException {
        try {
            return new WorkbookLibrary(DefaultWorkbook.openOrCreate());
        } catch (WorkbookException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    @Override
    public ScenarioLibrary open(Path path) throws LibraryException {
        try {
            return new WorkbookLibrary(Workbook.open(path));
        } catch (WorkbookException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    @Override
    public ScenarioLibrary create(Path path) throws LibraryException {
        try {
            return new WorkbookLibrary(DefaultWorkbook.createSeeded(path));
        } catch (WorkbookException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }
}
