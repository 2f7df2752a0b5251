package nl.taakdiff.cli;

import picocli.CommandLine.Command;

/** {@code taakdiff}: the root of the command tree. */
@Command(name = "taakdiff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scenario modeller for differentiated municipal task packages (taakdifferentiatie).",
        subcommands = {
            EvaluateCommand.class,
            CompareCommand.class,
            SensitivityCommand.class,
            UncertaintyCommand.class,
            AppraiseCommand.class,
            BenchCommand.class,
            DataCommand.class,
            WorkbookCommand.class,
            ScenarioCommand.class,
            ExportCommand.class,
            ExploreCommand.class,
        })
final class RootCommand {
}
