package nl.taakdiff.transfer.rebase;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.taakdiff.io.BundledData;
import nl.taakdiff.io.CbsGebiedenReader;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.SuccessorTable;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Successor;
import nl.taakdiff.transfer.DatasetImport;
import nl.taakdiff.transfer.ImportedBoundaries;
import nl.taakdiff.store.FinishedWorkbook;
import nl.taakdiff.store.VersionInfo;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import nl.taakdiff.store.WorkbookProblem;

/**
 * Moves a study to a newer data set: a new workbook with the new data set, the task catalogue,
 * every scenario (overrides moved as {@link RebasePlanner} says) and every saved version, kept as
 * it was and labelled as history of the old file. The old workbook is only read. The new file is
 * built under a temporary name and appears complete or not at all.
 */
public final class WorkbookRebase {

    /** The data set to move to, its map (nullable) and where the old municipalities went. */
    public record Target(Dataset dataset, String boundaries, List<Successor> successors) {
        public Target {
            successors = List.copyOf(successors);
        }
    }

    /** What was written. */
    public record Written(Path file, int scenarios, int versions) {
    }

    private WorkbookRebase() {
    }

    /**
     * A bundled year. Successors come from the bundled table when the old workbook holds an
     * earlier bundled year, else from the two boundary sets when the old one has boundaries.
     */
    public static Target bundledYear(Workbook old, int year) throws IOException, InputException, WorkbookException {
        if (!BundledData.has(year)) {
            throw new InputException(new SourceProblem("--year", 0, year + " is not a bundled year (bundled: "
                    + BundledData.yearsText() + ")"));
        }
        Dataset dataset = DatasetFiles.bundledDataset(year);
        Optional<Integer> oldYear = BundledData.yearOf(old.dataset().name());
        List<Successor> successors;
        if (oldYear.isPresent() && oldYear.get() < year && bundledTableExists(oldYear.get(), year)) {
            successors = SuccessorTable.readBundled(oldYear.get(), year);
        } else {
            successors = derived(old, MapGeometry.readBundled(year), dataset);
        }
        return new Target(dataset, null, successors);
    }

    /**
     * A CBS "Gebieden in Nederland" export with its region memberships and, optionally, a municipal
     * boundary file (TopoJSON, WGS84) of the same year; problems in all of them are reported together.
     * Without boundaries the successors are known only by code.
     */
    public static Target imported(Workbook old, Path cbs, Path regions, Path boundaries)
            throws IOException, InputException, WorkbookException {
        Dataset dataset = DatasetImport.withRegions(cbs.getFileName().toString(),
                CbsGebiedenReader.read(CsvSource.of(cbs)), CsvSource.of(regions));
        if (boundaries == null) {
            return new Target(dataset, null, List.of());
        }
        String text = ImportedBoundaries.read(boundaries, dataset);
        MapGeometry geometry = MapGeometry.read(text, boundaries.getFileName().toString());
        return new Target(dataset, text, derived(old, geometry, dataset));
    }

    /** The report and the scenarios as they will be; nothing is written. */
    public static RebasePlanner.Plan plan(Workbook old, Target target) throws WorkbookException {
        Study study = old.study();
        return RebasePlanner.plan(study, target.dataset(), target.successors(), old.allScenarios(),
                old.currentSituation());
    }

    /** The hidden workbook a rebase builds before moving it into place, and its side files. */
    static final java.util.regex.Pattern BEING_WRITTEN = java.util.regex.Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.taakdiff"
                    + "(-wal|-shm|-journal|\\.lock|\\.new(-wal|-shm|-journal)?)?");

    /** Writes the new workbook {@code out}, which must not exist yet. */
    public static Written write(Workbook old, Target target, RebasePlanner.Plan plan, Path out)
            throws WorkbookException {
        Path file = out.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new WorkbookException(WorkbookProblem.NEW_WORKBOOK_EXISTS, file);
        }
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + Workbook.EXTENSION);
        nl.taakdiff.store.StaleLeftovers.remove(file.getParent(), BEING_WRITTEN);
        int versions = 0;
        try {
            try (Workbook wb = Workbook.create(temp, target.dataset(), old.tasks(), plan.scenarios(),
                    plan.currentSituation())) {
                if (target.boundaries() != null) {
                    wb.saveBoundaries(target.boundaries());
                }
                String origin = " (" + old.dataset().name() + ", " + old.file().getFileName() + ")";
                for (Scenario s : old.allScenarios()) {
                    for (VersionInfo v : old.versions(s.name())) {
                        wb.appendVersion(s.name(), old.version(s.name(), v.number()), v.label() + origin);
                        versions++;
                    }
                }
            }
            FinishedWorkbook.putInPlace(temp, file);
        } catch (IOException e) {
            throw new WorkbookException(e instanceof FileAlreadyExistsException
                    ? WorkbookException.Reason.FILE_EXISTS : WorkbookException.Reason.CANNOT_READ_OR_WRITE,
                    WorkbookProblem.CANNOT_WRITE_NEW, e, file, e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
        return new Written(file, plan.scenarios().size(), versions);
    }

    private static void deleteQuietly(Path temp) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException e) {
                // a leftover hidden temporary file is harmless; the new workbook is in place or not
            }
        }
    }

    private static boolean bundledTableExists(int from, int to) {
        return WorkbookRebase.class.getResource("/nl/taakdiff/data/" + BundledData.successors(from, to)) != null;
    }

    /** Successors from the overlap of the old workbook's map and the new one; none without an old map. */
    private static List<Successor> derived(Workbook old, MapGeometry now, Dataset dataset)
            throws IOException, WorkbookException {
        Optional<MapGeometry> before = WorkbookGeometry.of(old);
        if (before.isEmpty()) {
            return List.of();
        }
        return SuccessorTable.derive(before.get().municipalities(), now.municipalities(),
                names(old.dataset().municipalities()), names(dataset.municipalities()));
    }

    private static Map<String, String> names(List<Municipality> municipalities) {
        Map<String, String> names = new HashMap<>();
        municipalities.forEach(m -> names.put(m.code(), m.name()));
        return names;
    }
}
