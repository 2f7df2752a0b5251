package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help with its usage and status 0 (an option named --version must not break it). */
class HelpTest {
    private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
        out.add(path);
        for (var entry : cli.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            collect(entry.getValue(), sub, out);
        }
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Cli.commandLine(), List.of(), paths);
        assertThat(paths).hasSizeGreaterThan(15);
        CliHarness cli = new CliHarness();
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertThat(cli.run(args.toArray(String[]::new))).as("%s --help: %s", path, cli.err()).isZero();
            assertThat(cli.out()).as("%s --help", path).startsWith("Usage: taakdiff");
        }
    }
}
