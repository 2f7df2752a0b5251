package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Plausibility;
import nl.taakdiff.model.Region;

/**
 * A data set as two files: {@code municipalities-*.csv} (code,name,province,population) and
 * {@code municipality-regions-*.csv} (municipality_code,region_type,region_code,region_name).
 */
public final class DatasetFiles {
    public static final List<String> MUNICIPALITY_COLUMNS = List.of("code", "name", "province", "population");
    public static final List<String> REGION_COLUMNS =
            List.of("municipality_code", "region_type", "region_code", "region_name");
    /** The files and name of the bundled default year ({@link BundledData#DEFAULT_YEAR}). */
    public static final String BUNDLED_MUNICIPALITIES = BundledData.municipalities(BundledData.DEFAULT_YEAR);
    public static final String BUNDLED_REGIONS = BundledData.regions(BundledData.DEFAULT_YEAR);
    public static final String BUNDLED_TASKS = BundledData.TASKS;
    public static final String BUNDLED_NAME = BundledData.datasetName(BundledData.DEFAULT_YEAR);

    private DatasetFiles() {
    }

    /** Reads both files; problems in either are reported together. */
    public static Sourced<Municipality> read(CsvSource municipalities, CsvSource regions)
            throws IOException, InputException {
        List<String[]> fields = new ArrayList<>();
        List<Long> populations = new ArrayList<>();
        LineList lines = new LineList();
        Strings provinces = new Strings();
        CsvTable table = CsvTable.stream(municipalities, MUNICIPALITY_COLUMNS, row -> {
            String code = row.required("code");
            String name = row.required("name");
            String province = provinces.of(row.required("province"));
            long population = row.integer("population");
            if (population <= 0 && !row.hasProblems()) {
                row.problem("population", "is " + population + "; it must be above 0");
            } else if (population > Plausibility.MAX_POPULATION) {
                row.problem("population", "is " + population + ", more people than live on earth ("
                        + Plausibility.MAX_POPULATION_TEXT + " at most)");
            }
            fields.add(new String[] {code, name, province});
            populations.add(population);
            lines.add(row.line());
        });
        List<String> codes = fields.stream().map(f -> f[0]).toList();
        Checks.rejectDuplicates(table, codes, lines, c -> c, "municipality code");

        // Without a readable municipalities file every membership would be reported as unknown.
        Map<String, Map<String, Region>> memberships = readRegions(regions, table.unreadable() ? null : codes,
                table.problems());
        Checks.throwIfAny(table.problems());
        List<Municipality> result = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            String[] f = fields.get(i);
            result.add(new Municipality(f[0], f[1], f[2], populations.get(i),
                    memberships.getOrDefault(f[0], Map.of())));
        }
        return new Sourced<>(municipalities.name(), result, lines);
    }

    private static Map<String, Map<String, Region>> readRegions(CsvSource source, List<String> codes,
                                                             List<SourceProblem> problems) throws IOException {
        Map<String, Map<String, Region>> memberships = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        java.util.Set<String> known = codes == null ? null : new java.util.HashSet<>(codes);
        Strings strings = new Strings();
        CsvTable table = CsvTable.stream(source, REGION_COLUMNS, row -> {
            String municipality = row.required("municipality_code");
            String type = strings.of(row.required("region_type"));
            String code = strings.of(row.required("region_code"));
            String name = strings.of(row.text("region_name"));
            if (!municipality.isEmpty() && known != null && !known.contains(municipality)) {
                row.problem("municipality_code", "unknown municipality " + municipality);
                return;
            }
            Long earlier = firstLine.putIfAbsent(municipality + "\u0000" + type, row.line());
            if (earlier != null) {
                row.problem("municipality " + municipality + " is in two regions of type " + type
                        + " (first on line " + earlier + ")");
                return;
            }
            memberships.computeIfAbsent(municipality, k -> new LinkedHashMap<>())
                    .put(type, new Region(type, code, name.isEmpty() ? code : name));
        });
        problems.addAll(table.problems());
        return memberships;
    }

    /** The data set shipped with the application for the default year. */
    public static Sourced<Municipality> readBundled() throws IOException, InputException {
        return readBundled(BundledData.DEFAULT_YEAR);
    }

    /** The data set shipped with the application for one of {@link BundledData#YEARS}. */
    public static Sourced<Municipality> readBundled(int year) throws IOException, InputException {
        return read(CsvSource.bundled(BundledData.municipalities(year)), CsvSource.bundled(BundledData.regions(year)));
    }

    /** A bundled year as a data set named {@link BundledData#datasetName}. */
    public static Dataset bundledDataset(int year) throws IOException, InputException {
        return dataset(BundledData.datasetName(year), readBundled(year));
    }

    public static Dataset dataset(String name, Sourced<Municipality> municipalities) {
        return new Dataset(name, municipalities.records());
    }

    public static void writeMunicipalities(List<Municipality> municipalities, Writer out) throws IOException {
        try (var printer = CsvWriting.printer(out, MUNICIPALITY_COLUMNS)) {
            for (Municipality m : municipalities) {
                printer.printRecord(m.code(), m.name(), m.province(), m.population());
            }
        }
    }

    /** One row per municipality and region type, region types in the given order. */
    public static void writeRegions(List<Municipality> municipalities, List<String> regionTypes, Writer out)
            throws IOException {
        try (var printer = CsvWriting.printer(out, REGION_COLUMNS)) {
            for (Municipality m : municipalities) {
                for (String type : regionTypes) {
                    Region r = m.regions().get(type);
                    if (r != null) {
                        printer.printRecord(m.code(), type, r.code(), r.name());
                    }
                }
            }
        }
    }
}
