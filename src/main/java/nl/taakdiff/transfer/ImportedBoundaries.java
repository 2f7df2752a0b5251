package nl.taakdiff.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.MapGeometryBuilder;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.model.Dataset;

/**
 * The municipal boundary file that comes with an imported data set (TopoJSON, WGS84,
 * {@code properties.statcode}), in the map format a workbook stores. Its codes must be exactly
 * those of the data set, so the map never shows a municipality of another year.
 */
public final class ImportedBoundaries {
    private ImportedBoundaries() {
    }

    /** The map text for {@code dataset}; every problem of the file is reported at once. */
    public static String read(Path topoJson, Dataset dataset) throws IOException, InputException {
        List<SourceProblem> problems = new ArrayList<>();
        MapGeometryBuilder built = MapGeometryBuilder.municipalitiesOnly(
                Files.readString(topoJson, StandardCharsets.UTF_8), topoJson.toString(), dataset.municipalities(),
                problems);
        if (built == null) {
            throw new InputException(problems);
        }
        return built.text();
    }
}
