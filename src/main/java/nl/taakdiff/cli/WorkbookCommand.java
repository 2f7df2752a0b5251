package nl.taakdiff.cli;

import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.transfer.DatasetImport;
import nl.taakdiff.transfer.ImportedBoundaries;
import nl.taakdiff.transfer.WorkbookTransfer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.BundledData;
import nl.taakdiff.io.CbsGebiedenReader;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.ScenarioInfo;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code taakdiff workbook …}: create and inspect workbook files. */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = "Create and inspect workbooks (.taakdiff files holding a data set, tasks and scenarios).",
        subcommands = {WorkbookCommand.Create.class, WorkbookCommand.Info.class, WorkbookCommand.Export.class,
                WorkbookCommand.ImportTasks.class, RebaseCommand.class})
final class WorkbookCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a new workbook.",
                    "Without --dataset a bundled CBS data set is used (--year, default the newest bundled year) and the "
                            + "two demo scenarios are added; with --dataset the CBS \"Gebieden in Nederland\" CSV export "
                            + "is imported (all or nothing)."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The workbook file to create (.taakdiff).")
        Path file;

        @Option(names = "--dataset", paramLabel = "CBS_CSV",
                description = "A CBS \"Gebieden in Nederland\" CSV export (';'-separated).")
        Path dataset;

        @Option(names = "--year", paramLabel = "YEAR",
                description = "The bundled data set: 2020 or 2025 (default: the newest).")
        Integer year;

        @Option(names = "--regions", paramLabel = "CSV",
                description = "Region memberships (municipality_code,region_type,region_code,region_name) for "
                        + "--dataset; default: the bundled memberships of the default year for matching municipality codes.")
        Path regions;

        @Option(names = "--boundaries", paramLabel = "TOPOJSON",
                description = "Municipal boundaries of the same year as --dataset (TopoJSON, WGS84, "
                        + "properties.statcode), kept in the workbook for the map; without them the map says the "
                        + "data set has no boundaries.")
        Path boundaries;

        @Option(names = "--tasks", paramLabel = "CSV", description = "A task catalogue; default: the bundled one.")
        Path tasks;

        @Option(names = "--name", paramLabel = "NAME", description = "Name of the imported data set (default: the file name).")
        String datasetName;

        @Override
        public Integer call() throws IOException, InputException, WorkbookException {
            if (regions != null && dataset == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--regions needs --dataset");
            }
            if (boundaries != null && dataset == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--boundaries needs --dataset; a bundled data set has its own map");
            }
            if (year != null && dataset != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--year chooses a bundled data set; it cannot go with --dataset");
            }
            int bundledYear = year == null ? BundledData.DEFAULT_YEAR : year;
            if (!BundledData.has(bundledYear)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--year: " + bundledYear
                        + " is not a bundled year (bundled: " + BundledData.yearsText() + ")");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (dataset == null && tasks == null) {
                try (Workbook wb = DefaultWorkbook.createSeeded(file, bundledYear)) {
                    report(out, wb);
                }
                return ExitCodes.OK;
            }
            Dataset data = dataset == null ? DatasetFiles.bundledDataset(bundledYear)
                    : DatasetImport.withRegions(datasetName == null ? dataset.getFileName().toString() : datasetName,
                            CbsGebiedenReader.read(CsvSource.of(dataset)), regions == null ? null : CsvSource.of(regions));
            String map = boundaries == null ? null : ImportedBoundaries.read(boundaries, data);
            List<Task> taskList = TaskFile.read(tasks == null ? CsvSource.bundled("tasks.csv") : CsvSource.of(tasks))
                    .records();
            try (Workbook wb = Workbook.create(file, data, taskList)) {
                if (map != null) {
                    wb.saveBoundaries(map);
                }
                report(out, wb);
            }
            return ExitCodes.OK;
        }

        private static void report(PrintWriter out, Workbook wb) throws WorkbookException {
            out.printf("Created %s: %s, %d municipalities, %d tasks, %d scenarios%n", wb.file().getFileName(),
                    wb.dataset().name(), wb.dataset().municipalities().size(), wb.tasks().size(), wb.scenarios().size());
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Show what a workbook holds.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws WorkbookException {
            PrintWriter out = spec.commandLine().getOut();
            try (Workbook wb = Workbook.open(file)) {
                wb.readOnlyNotice().ifPresent(n -> spec.commandLine().getErr().println(n));
                out.printf("data set: %s (%d municipalities, population %d)%n", wb.dataset().name(),
                        wb.dataset().municipalities().size(), wb.dataset().totalPopulation());
                out.printf("tasks: %d%n", wb.tasks().size());
                List<ScenarioInfo> scenarios = wb.scenarios();
                out.printf("scenarios: %d%n", scenarios.size());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the workbook's task catalogue and/or data set as CSV files.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--tasks", paramLabel = "CSV")
        Path tasks;

        @Option(names = "--municipalities", paramLabel = "CSV")
        Path municipalities;

        @Option(names = "--regions", paramLabel = "CSV")
        Path regions;

        @Override
        public Integer call() throws WorkbookException, IOException {
            if ((municipalities == null) != (regions == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--municipalities and --regions go together");
            }
            if (tasks == null && municipalities == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give --tasks and/or --municipalities with --regions");
            }
            new OutputGuard().input("workbook", file).output("--tasks", tasks).output("--municipalities", municipalities)
                    .output("--regions", regions).check(spec);
            List<AtomicFiles.Entry> files = new java.util.ArrayList<>();
            try (Workbook wb = Workbook.open(file)) {
                if (tasks != null) {
                    java.io.StringWriter t = new java.io.StringWriter();
                    WorkbookTransfer.exportTasks(wb, t);
                    files.add(new AtomicFiles.Entry(tasks, AtomicFiles.utf8(w -> w.write(t.toString()))));
                }
                if (municipalities != null) {
                    java.io.StringWriter m = new java.io.StringWriter();
                    java.io.StringWriter r = new java.io.StringWriter();
                    WorkbookTransfer.exportDataset(wb, m, r);
                    files.add(new AtomicFiles.Entry(municipalities, AtomicFiles.utf8(w -> w.write(m.toString()))));
                    files.add(new AtomicFiles.Entry(regions, AtomicFiles.utf8(w -> w.write(r.toString()))));
                }
            }
            // Byte for byte as stored, for a round trip: text is not neutralised for spreadsheets here.
            AtomicFiles.writeAll(files);
            return ExitCodes.OK;
        }
    }

    @Command(name = "import-tasks", mixinStandardHelpOptions = true,
            description = {"Replace the workbook's task catalogue (all or nothing).",
                    "Saved versions keep the catalogue they were saved with."})
    static final class ImportTasks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--tasks", required = true, paramLabel = "CSV")
        Path tasks;

        @Override
        public Integer call() throws WorkbookException, IOException, InputException {
            try (Workbook wb = Workbook.open(file)) {
                List<Task> imported = WorkbookTransfer.importTasks(wb, CsvSource.of(tasks));
                spec.commandLine().getOut().printf("Imported %d tasks into %s%n", imported.size(), file.getFileName());
            }
            return ExitCodes.OK;
        }
    }
}
