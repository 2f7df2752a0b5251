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
import nl.taakdiff.model.Task;

/**
 * Generates the project's own {@code data/} files from the open source data in
 * {@code ../shared/data/} (see its SOURCES.md):
 * <ul>
 *   <li>{@value #MUNICIPALITIES} from the CBS "Gebieden in Nederland 2020" export, sorted by code;</li>
 *   <li>{@value #REGIONS} from the derived region file, cross-checked against the CBS export: every
 *       municipality in exactly one region of each of {@link #REGION_TYPES}, the same
 *       veiligheidsregio code as CBS gives, one name per region code;</li>
 *   <li>{@value #TASKS} from the indicative task catalogue, through {@link TaskFile};</li>
 *   <li>{@value #GEOMETRY} from the TopoJSON boundary layers of the municipalities and of each
 *       region type, through {@link MapGeometryBuilder}, checked against the municipalities and
 *       their regions.</li>
 * </ul>
 * The output is UTF-8 with LF line ends and depends only on the input, so a rebuild reproduces the
 * committed files byte for byte. Nothing is written unless every input is valid, and each file is
 * written to a temporary file first and then moved into place, so no file is ever half-written.
 */
public final class DataBuilder {
    public static final String CBS_INPUT = "cbs-gebieden-in-nederland-2020.csv";
    public static final String REGIONS_INPUT = "municipality-regions-2020.csv";
    public static final String TASKS_INPUT = "tasks-indicative.csv";

    public static final String MUNICIPALITIES = DatasetFiles.BUNDLED_MUNICIPALITIES;
    public static final String REGIONS = DatasetFiles.BUNDLED_REGIONS;
    public static final String TASKS = DatasetFiles.BUNDLED_TASKS;
    public static final String GEOMETRY = MapGeometry.BUNDLED;

    /** The region types of the data set, in the order rows are written per municipality. */
    public static final List<String> REGION_TYPES =
            List.of(CbsGebiedenReader.REGION_TYPE, "jeugdregio", "arbeidsmarktregio", "ggdregio");

    /** Every input file the build reads, in {@code from}. */
    public static List<String> inputs() {
        List<String> inputs = new ArrayList<>(List.of(CBS_INPUT, REGIONS_INPUT, TASKS_INPUT,
                MapGeometryBuilder.inputFor(MapGeometry.MUNICIPALITIES)));
        for (String type : REGION_TYPES) {
            inputs.add(MapGeometryBuilder.inputFor(type));
        }
        return inputs;
    }

    /** What a build wrote. */
    public record Result(List<Path> files, int municipalities, long population, int tasks) {
        public Result {
            files = List.copyOf(files);
        }
    }

    private DataBuilder() {
    }

    /**
     * Reads the input files ({@link #inputs()}) from {@code from}, checks them, and writes the four data files
     * into {@code to} (created when missing).
     *
     * @throws NoSuchFileException when {@code from} or one of its input files does not exist
     * @throws InputException      with every problem in the inputs; nothing is written then
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
        CsvTable regionTable = CsvTable.read(CsvSource.of(from.resolve(REGIONS_INPUT)), DatasetFiles.REGION_COLUMNS);
        problems.addAll(regionTable.problems());
        Map<String, String> safetyRegionNames = regionNames(regionTable, CbsGebiedenReader.REGION_TYPE);

        List<Municipality> cbs = List.of();
        Sourced<Municipality> read = null;
        try {
            read = CbsGebiedenReader.read(CsvSource.of(from.resolve(CBS_INPUT)), safetyRegionNames);
            cbs = read.records();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        List<Task> tasks = List.of();
        try {
            tasks = TaskFile.read(CsvSource.of(from.resolve(TASKS_INPUT))).records();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        List<Municipality> municipalities = List.of();
        if (read != null && regionTable.problems().isEmpty()) {
            municipalities = withRegions(read, regionTable, problems);
        }
        MapGeometryBuilder geometry = null;
        if (!municipalities.isEmpty()) {
            geometry = MapGeometryBuilder.read(from, municipalities, REGION_TYPES, problems);
        }
        Checks.throwIfAny(problems);
        if (geometry == null) {
            throw new InputException(new SourceProblem(from.resolve(CBS_INPUT).toString(), 0, "no municipalities"));
        }
        MapGeometryBuilder shapes = geometry;

        long population = municipalities.stream().mapToLong(Municipality::population).sum();
        List<Task> catalogue = tasks;
        List<Municipality> sorted = municipalities;
        Files.createDirectories(to);
        List<Path> written = new ArrayList<>();
        written.add(writeAtomically(to.resolve(MUNICIPALITIES), out -> DatasetFiles.writeMunicipalities(sorted, out)));
        written.add(writeAtomically(to.resolve(REGIONS), out -> DatasetFiles.writeRegions(sorted, REGION_TYPES, out)));
        written.add(writeAtomically(to.resolve(TASKS), out -> TaskFile.write(catalogue, out)));
        written.add(writeAtomically(to.resolve(GEOMETRY), shapes::writeTo));
        return new Result(written, sorted.size(), population, catalogue.size());
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
