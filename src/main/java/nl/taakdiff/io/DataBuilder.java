package nl.taakdiff.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Successor;
import nl.taakdiff.model.Task;

/**
 * Generates the project's own {@code data/} files from the open source data in
 * {@code ../shared/data/} (see its SOURCES.md and SOURCES-2025.md), for every year of
 * {@link BundledData#YEARS}:
 * <ul>
 *   <li>{@code municipalities-YEAR.csv} from the CBS "Gebieden in Nederland" export of that year,
 *       sorted by code;</li>
 *   <li>{@code municipality-regions-YEAR.csv} from the derived region file, cross-checked against the
 *       CBS export: every municipality in exactly one region of each of {@link #REGION_TYPES}, the
 *       same veiligheidsregio code as CBS gives, one name per region code;</li>
 *   <li>{@code geometry-YEAR.txt} from the TopoJSON boundary layers of the municipalities, of each
 *       region type and, where the year has one, of the provinces, through {@link MapGeometryBuilder},
 *       checked against the municipalities, their regions and their provinces;</li>
 * </ul>
 * and once {@value #TASKS} from the indicative task catalogue, through {@link TaskFile}, and for each
 * pair of consecutive years the successor table ({@code successors-2020-2025.csv}) derived from
 * their municipal boundaries by {@link SuccessorTable}.
 * The output is UTF-8 with LF line ends and depends only on the input, so a rebuild reproduces the
 * committed files byte for byte. Nothing is written unless every input is valid, and each file is
 * written to a temporary file first and then moved into place, so no file is ever half-written.
 */
public final class DataBuilder {
    public static final String TASKS_INPUT = "tasks-indicative.csv";
    public static final String TASKS = BundledData.TASKS;

    /** The region types of the data set, in the order rows are written per municipality. */
    public static final List<String> REGION_TYPES =
            List.of(CbsGebiedenReader.REGION_TYPE, "jeugdregio", "arbeidsmarktregio", "ggdregio");

    /** The CBS "Gebieden in Nederland" export of a year. */
    public static String cbsInput(int year) {
        return "cbs-gebieden-in-nederland-" + year + ".csv";
    }

    /** The derived region memberships of a year. */
    public static String regionsInput(int year) {
        return "municipality-regions-" + year + ".csv";
    }

    /** Every input file the build requires, in {@code from}; a year's province layer is optional. */
    public static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        inputs.add(TASKS_INPUT);
        for (int year : BundledData.YEARS) {
            inputs.add(cbsInput(year));
            inputs.add(regionsInput(year));
            inputs.add(MapGeometryBuilder.inputFor(MapGeometry.MUNICIPALITIES, year));
            for (String type : REGION_TYPES) {
                inputs.add(MapGeometryBuilder.inputFor(type, year));
            }
        }
        return inputs;
    }

    /** Every file the build writes into {@code to}. */
    public static List<String> outputs() {
        List<String> outputs = new ArrayList<>();
        for (int year : BundledData.YEARS) {
            outputs.add(BundledData.municipalities(year));
            outputs.add(BundledData.regions(year));
            outputs.add(BundledData.geometry(year));
        }
        outputs.add(TASKS);
        for (int i = 1; i < BundledData.YEARS.size(); i++) {
            outputs.add(BundledData.successors(BundledData.YEARS.get(i - 1), BundledData.YEARS.get(i)));
        }
        return outputs;
    }

    /** What a build made of one year. */
    public record YearResult(int year, int municipalities, long population, List<String> mapLayers) {
        public YearResult {
            mapLayers = List.copyOf(mapLayers);
        }
    }

    /** What a build wrote. */
    public record Result(List<Path> files, List<YearResult> years, int tasks) {
        public Result {
            files = List.copyOf(files);
            years = List.copyOf(years);
        }

        public YearResult year(int year) {
            return years.stream().filter(y -> y.year() == year).findFirst().orElseThrow();
        }
    }

    /** One year's checked data, ready to write. */
    private record YearData(int year, List<Municipality> municipalities, MapGeometryBuilder geometry) {
    }

    private DataBuilder() {
    }

    /**
     * Reads the input files ({@link #inputs()}) from {@code from}, checks them, and writes the data
     * files ({@link #outputs()}) into {@code to} (created when missing).
     *
     * @throws NoSuchFileException when {@code from} or one of its input files does not exist
     * @throws InputException      with every problem in the inputs of every year; nothing is written then
     */
    public static Result build(Path from, Path to) throws IOException, InputException {
        if (!Files.isDirectory(from)) {
            throw new NoSuchFileException(from.toString(), null, "input folder does not exist");
        }
        for (String name : inputs()) {
            if (!Files.isRegularFile(from.resolve(name))) {
                throw new NoSuchFileException(from.resolve(name).toString(), null, "input file is missing");
            }
        }
        List<SourceProblem> problems = new ArrayList<>();
        List<Task> tasks = List.of();
        try {
            tasks = TaskFile.read(CsvSource.of(from.resolve(TASKS_INPUT))).records();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        List<YearData> years = new ArrayList<>();
        for (int year : BundledData.YEARS) {
            YearData data = readYear(from, year, problems);
            if (data != null) {
                years.add(data);
            }
        }
        Checks.throwIfAny(problems);

        List<Task> catalogue = TaskRangePolicy.apply(CatalogueReview.apply(tasks));
        Files.createDirectories(to);
        List<Path> written = new ArrayList<>();
        List<YearResult> results = new ArrayList<>();
        for (YearData y : years) {
            written.add(writeAtomically(to.resolve(BundledData.municipalities(y.year())),
                    out -> DatasetFiles.writeMunicipalities(y.municipalities(), out)));
            written.add(writeAtomically(to.resolve(BundledData.regions(y.year())),
                    out -> DatasetFiles.writeRegions(y.municipalities(), REGION_TYPES, out)));
            written.add(writeAtomically(to.resolve(BundledData.geometry(y.year())), y.geometry()::writeTo));
            results.add(new YearResult(y.year(), y.municipalities().size(),
                    y.municipalities().stream().mapToLong(Municipality::population).sum(), y.geometry().layerTypes()));
        }
        written.add(writeAtomically(to.resolve(TASKS), out -> TaskFile.write(catalogue, out)));
        for (int i = 1; i < years.size(); i++) {
            YearData old = years.get(i - 1);
            YearData now = years.get(i);
            List<Successor> successors = successors(old, now);
            written.add(writeAtomically(to.resolve(BundledData.successors(old.year(), now.year())),
                    out -> SuccessorTable.write(successors, out)));
        }
        return new Result(written, results, catalogue.size());
    }

    /** The successor table between two years, from their municipal boundaries as written. */
    private static List<Successor> successors(YearData old, YearData now) throws IOException {
        MapGeometry before = MapGeometry.read(old.geometry().text(), BundledData.geometry(old.year()));
        MapGeometry after = MapGeometry.read(now.geometry().text(), BundledData.geometry(now.year()));
        return SuccessorTable.derive(before.municipalities(), after.municipalities(), names(old.municipalities()),
                names(now.municipalities()));
    }

    private static Map<String, String> names(List<Municipality> municipalities) {
        Map<String, String> names = new HashMap<>();
        municipalities.forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    /** One year's municipalities and geometry, or null after adding its problems. */
    private static YearData readYear(Path from, int year, List<SourceProblem> problems) throws IOException {
        int before = problems.size();
        CsvTable regionTable = CsvTable.read(CsvSource.of(from.resolve(regionsInput(year))), DatasetFiles.REGION_COLUMNS);
        problems.addAll(regionTable.problems());
        Map<String, String> safetyRegionNames = regionNames(regionTable, CbsGebiedenReader.REGION_TYPE);
        Sourced<Municipality> read = null;
        try {
            read = CbsGebiedenReader.read(CsvSource.of(from.resolve(cbsInput(year))), safetyRegionNames);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (read == null || !regionTable.problems().isEmpty()) {
            return null;
        }
        List<Municipality> municipalities = withRegions(read, regionTable, problems);
        if (problems.size() > before) {
            return null;
        }
        MapGeometryBuilder geometry = MapGeometryBuilder.read(from, year, municipalities, REGION_TYPES, problems);
        return geometry == null ? null : new YearData(year, municipalities, geometry);
    }

    /** The first name given for each region code of one type. */
    private static Map<String, String> regionNames(CsvTable table, String type) {
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.text("region_type").equals(type) && !row.text("region_name").isEmpty()) {
                names.putIfAbsent(row.text("region_code"), row.text("region_name"));
            }
        }
        return names;
    }

    /**
     * The CBS municipalities, sorted by code, with the memberships of the region file; problems
     * are added for anything that does not add up.
     */
    private static List<Municipality> withRegions(Sourced<Municipality> cbs, CsvTable table,
                                                  List<SourceProblem> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cbs.records().size(); i++) {
            index.put(cbs.records().get(i).code(), i);
        }
        Map<String, Map<String, Region>> memberships = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Map<String, List<Long>>> namesOfRegion = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            String municipality = row.required("municipality_code");
            String type = row.required("region_type");
            String code = row.required("region_code");
            String name = row.required("region_name");
            if (municipality.isEmpty() || type.isEmpty() || code.isEmpty() || name.isEmpty()) {
                continue;
            }
            Integer at = index.get(municipality);
            if (at == null) {
                row.problem("municipality_code", municipality + " is not in " + cbs.source());
                continue;
            }
            if (!REGION_TYPES.contains(type)) {
                row.problem("region_type", "'" + type + "' is not one of " + String.join(", ", REGION_TYPES));
                continue;
            }
            Long earlier = firstLine.putIfAbsent(municipality + "\u0000" + type, row.line());
            if (earlier != null) {
                row.problem("municipality " + municipality + " is in two regions of type " + type
                        + " (first on line " + earlier + ")");
                continue;
            }
            namesOfRegion.computeIfAbsent(type + " " + code, k -> new LinkedHashMap<>())
                    .computeIfAbsent(name, k -> new ArrayList<>()).add(row.line());
            if (type.equals(CbsGebiedenReader.REGION_TYPE)) {
                Municipality m = cbs.records().get(at);
                String cbsCode = m.regions().get(type).code();
                if (!cbsCode.equals(code)) {
                    row.problem("region_code", municipality + " is in " + type + " " + code + " here but in "
                            + cbsCode + " in " + cbs.source() + ":" + cbs.lineOf(at));
                }
            }
            memberships.computeIfAbsent(municipality, k -> new LinkedHashMap<>()).put(type, new Region(type, code, name));
        }
        reportNameConflicts(namesOfRegion, table);
        List<Municipality> result = new ArrayList<>();
        for (int i = 0; i < cbs.records().size(); i++) {
            Municipality m = cbs.records().get(i);
            Map<String, Region> regions = memberships.getOrDefault(m.code(), Map.of());
            for (String type : REGION_TYPES) {
                if (!regions.containsKey(type)) {
                    table.addProblem(0, "municipality " + m.code() + " (" + cbs.source() + ":" + cbs.lineOf(i)
                            + ") has no region of type " + type);
                }
            }
            result.add(new Municipality(m.code(), m.name(), m.province(), m.population(), regions));
        }
        problems.addAll(table.problems());
        result.sort(Comparator.comparing(Municipality::code));
        return result;
    }

    /**
     * One problem per region whose rows disagree on its name, at the first row of the less
     * common name, so that a single typo gives a single message.
     */
    private static void reportNameConflicts(Map<String, Map<String, List<Long>>> namesOfRegion, CsvTable table) {
        namesOfRegion.forEach((region, names) -> {
            if (names.size() < 2) {
                return;
            }
            List<Map.Entry<String, List<Long>>> byUse = new ArrayList<>(names.entrySet());
            byUse.sort(Comparator.comparing((Map.Entry<String, List<Long>> e) -> -e.getValue().size()));
            Map.Entry<String, List<Long>> usual = byUse.get(0);
            for (Map.Entry<String, List<Long>> odd : byUse.subList(1, byUse.size())) {
                table.addProblem(odd.getValue().get(0), "column region_name: '" + odd.getKey() + "' ("
                        + rows(odd.getValue().size()) + ") differs from '" + usual.getKey() + "' ("
                        + rows(usual.getValue().size()) + ", first on line " + usual.getValue().get(0) + ") for "
                        + region);
            }
        });
    }

    private static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }

    /** Writes text that a failed write must not leave half-done. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes UTF-8 to a temporary file next to {@code target}, then moves it into place. */
    static Path writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        AtomicFiles.removeStale(dir); // what a killed earlier run left: the same naming as AtomicFiles'
        // Not Files.createTempFile: that makes the file owner-only, and the move would keep that.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
