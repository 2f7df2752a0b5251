package nl.taakdiff.transfer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.Sourced;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Region;

/**
 * Data sets for new workbooks.
 *
 * <p>A CBS "Gebieden in Nederland" export gives each municipality's population, province and
 * veiligheidsregio, but not the other region types that tasks pool by (jeugdregio,
 * arbeidsmarktregio, ggdregio). Those come from a regions CSV in the
 * {@code municipality_code,region_type,region_code,region_name} format when one is given (every
 * code in it must be in the CBS table; all problems are reported as {@code FILE:LINE: message});
 * otherwise from the bundled memberships of the default year for the municipalities whose code matches. A region
 * type that the CBS table itself gives (veiligheidsregio) is always taken from the CBS table. A
 * municipality without a region of some type (e.g. one that the default year does not have when the bundled
 * memberships are used) is named by the validator as soon as a task pools it by that type.
 */
public final class DatasetImport {
    private DatasetImport() {
    }

    /** The data set shipped with the application. */
    public static Dataset bundled() throws IOException, InputException {
        return DatasetFiles.dataset(DatasetFiles.BUNDLED_NAME, DatasetFiles.readBundled());
    }

    /**
     * Completes the municipalities read from a CBS export with region memberships.
     *
     * @param regions nullable: without it the bundled memberships are used for matching codes
     */
    public static Dataset withRegions(String name, Sourced<Municipality> cbs, CsvSource regions)
            throws IOException, InputException {
        Map<String, Map<String, Region>> extra = new HashMap<>();
        if (regions != null) {
            StringWriter table = new StringWriter();
            DatasetFiles.writeMunicipalities(cbs.records(), table);
            for (Municipality m : DatasetFiles.read(CsvSource.ofString(cbs.source(), table.toString()), regions)
                    .records()) {
                extra.put(m.code(), m.regions());
            }
        } else {
            for (Municipality m : DatasetFiles.readBundled().records()) {
                extra.put(m.code(), m.regions());
            }
        }
        List<Municipality> out = cbs.records().stream().map(m -> {
            Map<String, Region> merged = new LinkedHashMap<>(extra.getOrDefault(m.code(), Map.of()));
            merged.putAll(m.regions());
            return new Municipality(m.code(), m.name(), m.province(), m.population(), merged);
        }).toList();
        return new Dataset(name, out);
    }
}
