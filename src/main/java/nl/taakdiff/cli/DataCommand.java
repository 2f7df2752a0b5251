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
            description = {"Generate municipalities-2020.csv, municipality-regions-2020.csv, tasks.csv and "
                    + "geometry-2020.txt from the open source data (CBS export, derived region file, indicative "
                    + "tasks, CBS/PDOK boundary layers as TopoJSON).",
                    "Nothing is written unless every input is valid."})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "<dir>",
                description = "Folder with " + DataBuilder.CBS_INPUT + ", " + DataBuilder.REGIONS_INPUT
                        + ", " + DataBuilder.TASKS_INPUT + " and the TopoJSON layers gemeente_2020,"
                        + " veiligheidsregio_2020, jeugdregio_2020, arbeidsmarktregio_2020 and ggdregio_2020.")
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
            out.println(result.municipalities() + " municipalities, population " + result.population()
                    + ", " + result.tasks() + " tasks");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
