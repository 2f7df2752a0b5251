package nl.taakdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.taakdiff.io.DataBuilder;
import nl.taakdiff.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code taakdiff data …}: maintenance of the data set shipped with the application. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Maintain the data set shipped with the application.",
        subcommands = {DataCommand.Build.class})
final class DataCommand {

    /** {@code taakdiff data build --from ../shared/data --to data} */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Generate, for 2020 and 2025, municipalities-YEAR.csv, municipality-regions-YEAR.csv and "
                    + "geometry-YEAR.txt, and once tasks.csv, from the open source data (CBS exports, derived region "
                    + "files, indicative tasks, CBS/PDOK boundary layers as TopoJSON).",
                    "Nothing is written unless every input is valid."})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "<dir>",
                description = "Folder with, per year, cbs-gebieden-in-nederland-YEAR.csv, municipality-regions-YEAR.csv"
                        + " and the TopoJSON layers gemeente_YEAR, veiligheidsregio_YEAR, jeugdregio_YEAR,"
                        + " arbeidsmarktregio_YEAR, ggdregio_YEAR (and provincie_YEAR where there is one), and "
                        + DataBuilder.TASKS_INPUT + ".")
        Path from;

        @Option(names = "--to", required = true, paramLabel = "<dir>",
                description = "Folder to write the data files to (created when missing).")
        Path to;

        @Override
        public Integer call() throws IOException, InputException {
            DataBuilder.Result result = DataBuilder.build(from, to);
            PrintWriter out = spec.commandLine().getOut();
            for (Path file : result.files()) {
                out.println("wrote " + file);
            }
            for (DataBuilder.YearResult year : result.years()) {
                out.println(year.year() + ": " + year.municipalities() + " municipalities, population "
                        + year.population() + ", map layers " + String.join(", ", year.mapLayers()));
            }
            out.println(result.tasks() + " tasks");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
