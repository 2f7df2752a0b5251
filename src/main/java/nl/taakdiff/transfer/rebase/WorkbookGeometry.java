package nl.taakdiff.transfer.rebase;

import java.io.IOException;
import java.util.Optional;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;

/**
 * The map of a workbook's own data set: the boundaries stored with it (an imported data set with a
 * boundary file), else the bundled geometry of its year (a bundled data set, named
 * {@code CBS YEAR}), else none: a data set without boundaries is not drawn with another year's.
 */
public final class WorkbookGeometry {
    private WorkbookGeometry() {
    }

    public static Optional<MapGeometry> of(Workbook workbook) throws WorkbookException, IOException {
        Optional<String> stored = workbook.boundaries();
        if (stored.isPresent()) {
            return Optional.of(MapGeometry.read(stored.get(), workbook.file().getFileName() + " (boundaries)"));
        }
        return MapGeometry.bundledFor(workbook.dataset().name());
    }
}
