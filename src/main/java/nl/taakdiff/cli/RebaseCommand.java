package nl.taakdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.BundledData;
import nl.taakdiff.io.InputException;
import nl.taakdiff.rebase.RebasePlanner;
import nl.taakdiff.rebase.RebaseReport;
import nl.taakdiff.rebase.WorkbookRebase;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code taakdiff workbook rebase IN OUT [--year Y | --dataset CBS_CSV --regions CSV [--boundaries TOPOJSON]]
 * [--report F]}: a new workbook with newer data and every scenario; the old file is only read.
 */
@Command(name = "rebase", mixinStandardHelpOptions = true,
        description = {"Move a study to newer data: write a new workbook OUT with the new data set, the task "
                + "catalogue and every scenario of IN (rules carry over; overrides of merged municipalities move to "
                + "the successor; those of divided municipalities are dropped) and every saved version as history "
                + "of IN. IN is not changed.",
                "The report (mergers, divisions, renamed municipalities, size-class and region changes, overrides "
                        + "moved or dropped) is printed, and written as CSV with --report."})
final class RebaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The workbook to move (read only).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The new workbook (must not exist).")
    Path out;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--year", paramLabel = "YEAR",
                description = "A bundled data set: 2020 or 2025 (the default: the newest).")
        Integer year;

        @ArgGroup(exclusive = false)
        Imported imported;
    }

    static final class Imported {
        @Option(names = "--dataset", required = true, paramLabel = "CBS_CSV",
                description = "A CBS \"Gebieden in Nederland\" CSV export (';'-separated).")
        Path dataset;

        @Option(names = "--regions", required = true, paramLabel = "CSV",
                description = "Its region memberships: municipality_code,region_type,region_code,region_name.")
        Path regions;

        @Option(names = "--boundaries", paramLabel = "TOPOJSON",
                description = "Municipal boundaries of the same year (TopoJSON, WGS84, properties.statcode); "
                        + "for the map and to find where the old municipalities went.")
        Path boundaries;
    }

    @Option(names = "--report", paramLabel = "F",
            description = "Also write the report as CSV: change,old_code,old_name,new_code,new_name,detail.")
    Path report;

    @Override
    public Integer call() throws IOException, InputException, WorkbookException {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new ParameterException(spec.commandLine(), "OUT must be another file than IN");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Workbook old = Workbook.open(in)) {
            WorkbookRebase.Target target;
            if (source != null && source.imported != null) {
                target = WorkbookRebase.imported(old, source.imported.dataset, source.imported.regions,
                        source.imported.boundaries);
            } else {
                int year = source != null && source.year != null ? source.year : BundledData.NEWEST_YEAR;
                if (!BundledData.has(year)) {
                    throw new ParameterException(spec.commandLine(), "--year: " + year
                            + " is not a bundled year (bundled: " + BundledData.yearsText() + ")");
                }
                target = WorkbookRebase.bundledYear(old, year);
            }
            RebasePlanner.Plan plan = WorkbookRebase.plan(old, target);
            WorkbookRebase.Written written = WorkbookRebase.write(old, target, plan, out);
            RebaseReport.print(plan.changes(), stdout);
            if (report != null) {
                AtomicFiles.writeUtf8(report, w -> RebaseReport.writeCsv(plan.changes(), w));
            }
            stdout.printf("Wrote %s: %s (%d municipalities), %d scenarios, %d saved versions from %s%n",
                    written.file().getFileName(), target.dataset().name(), target.dataset().municipalities().size(),
                    written.scenarios(), written.versions(), old.file().getFileName());
            stdout.flush();
        }
        return ExitCodes.OK;
    }
}
