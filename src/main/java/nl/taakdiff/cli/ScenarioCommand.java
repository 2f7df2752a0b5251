package nl.taakdiff.cli;

import nl.taakdiff.transfer.WorkbookTransfer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.InputException;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.store.ScenarioInfo;
import nl.taakdiff.store.ScenarioTemplate;
import nl.taakdiff.store.VersionInfo;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import nl.taakdiff.store.WorkbookProblem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taakdiff scenario …}: the scenarios of a workbook. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "List, show, import, export, delete and version the scenarios of a workbook.",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Show.class, ScenarioCommand.Delete.class,
                ScenarioCommand.Import.class, ScenarioCommand.Export.class, ScenarioCommand.Versions.class,
                ScenarioCommand.SaveVersion.class, ScenarioCommand.Restore.class, ScenarioCommand.Diff.class,
                ScenarioCommand.Create.class, ScenarioCommand.Rename.class, ScenarioCommand.Describe.class,
                ScenarioCommand.Undo.class, ScenarioCommand.Redo.class})
final class ScenarioCommand {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** Options every subcommand has. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        // Every subcommand has -h/--help; -V/--version is left to the root command because
        // `show` and `restore` use --version N for a saved version.
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--workbook", required = true, paramLabel = "FILE", description = "The workbook (.taakdiff).")
        Path workbook;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Opens the workbook; for a change, a read-only workbook is refused before anything is read. */
        Workbook open(boolean forChange) throws WorkbookException {
            Workbook wb = Workbook.open(workbook);
            wb.openWarning().ifPresent(w -> spec.commandLine().getErr().println(w));
            if (wb.isReadOnly()) {
                if (forChange) {
                    String reason = wb.readOnlyReason().orElse("");
                    wb.close();
                    throw new WorkbookException(WorkbookProblem.ONLY_READ_ONLY, workbook.getFileName(), reason);
                }
                wb.readOnlyNotice().ifPresent(n -> spec.commandLine().getErr().println(n));
            }
            return wb;
        }
    }

    /** The scenario name, positional or as --name. */
    static final class NameArg {
        @Parameters(index = "0", paramLabel = "NAME", description = "The scenario.")
        String positional;

        @Option(names = "--name", paramLabel = "NAME", description = "The scenario.")
        String option;

        String get() {
            return positional != null ? positional : option;
        }
    }

    @Command(name = "list", description = "List the scenarios.")
    static final class ListScenarios extends Base {
        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(false)) {
                List<ScenarioInfo> scenarios = wb.scenarios();
                int width = Math.max(4, scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(0));
                PrintWriter out = out();
                out.printf("%-" + width + "s  %-14s  %8s  %-19s  %s%n", "name", "allocation", "versions", "updated",
                        "description");
                for (ScenarioInfo s : scenarios) {
                    out.printf("%-" + width + "s  %-14s  %8d  %-19s  %s%n", s.name(),
                            s.differentiated() ? "differentiated" : "uniform", s.versionCount(),
                            TIME.format(s.updatedAt()), firstLine(EnglishDescriptions.of(s.description())));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show",
            description = "Show a scenario: size classes, overheads, the level of each task per size class, overrides.")
    static final class Show extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        NameArg name;

        @Option(names = "--version", paramLabel = "N", converter = OptionValues.PositiveWhole.class,
                description = "Show saved version N instead of the current state.")
        Integer version;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(false)) {
                Scenario s = version == null ? wb.scenario(name.get()) : wb.version(name.get(), version).scenario();
                print(out(), s);
            }
            return ExitCodes.OK;
        }

        static void print(PrintWriter out, Scenario s) {
            out.println("scenario: " + s.name() + (s.isDifferentiated() ? " (differentiated)" : " (uniform)"));
            if (!s.description().isEmpty()) {
                out.println("description: " + EnglishDescriptions.of(s.description()).replace("\n", "\n  "));
            }
            out.println("size classes: " + s.tiering().format());
            out.println("overheads: " + s.overheads().format());
            List<SizeClass> classes = s.tiering().classes();
            List<String> tasks = s.rules().stream().map(Rule::taskCode).distinct().toList();
            int width = Math.max(4, tasks.stream().mapToInt(String::length).max().orElse(0));
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "task"));
            for (SizeClass c : classes) {
                header.append(String.format(Locale.ROOT, "  %-13s", c.label()));
            }
            out.println(header.toString().stripTrailing());
            for (String task : tasks) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", task));
                for (SizeClass c : classes) {
                    String level = s.rules().stream()
                            .filter(r -> r.taskCode().equals(task) && r.minPopulation() == c.lower())
                            .map(r -> r.level().code()).findFirst().orElse("-");
                    row.append(String.format(Locale.ROOT, "  %-13s", level));
                }
                out.println(row.toString().stripTrailing());
            }
            if (!s.overrides().isEmpty()) {
                out.println("overrides:");
                for (LevelOverride o : s.overrides()) {
                    out.println("  " + o.municipalityCode() + " " + o.taskCode() + " " + o.level().code()
                            + (o.reason().isEmpty() ? "" : " (" + o.reason() + ")"));
                }
            }
        }
    }

    @Command(name = "delete", description = "Delete a scenario.")
    static final class Delete extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        NameArg name;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(true)) {
                wb.deleteScenario(name.get());
                out().println("Deleted scenario " + name.get());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import",
            description = {"Import an allocation (and overrides) as a scenario: creates it, or replaces its rules.",
                    "All or nothing: on any problem nothing is written and every problem is listed as FILE:LINE: message."})
    static final class Import extends Base {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--allocation", required = true, paramLabel = "CSV",
                description = "task_code,min_population,level")
        Path allocation;

        @Option(names = "--overrides", paramLabel = "CSV", description = "municipality_code,task_code,level[,reason]")
        Path overrides;

        @Override
        public Integer call() throws WorkbookException, IOException, InputException {
            try (Workbook wb = open(true)) {
                boolean existed = wb.hasScenario(name);
                Scenario s = WorkbookTransfer.importAllocation(wb, name, CsvSource.of(allocation),
                        overrides == null ? null : CsvSource.of(overrides));
                out().printf("%s scenario %s: %d rules, %d overrides, size classes %s%n",
                        existed ? "Updated" : "Created", s.name(), s.rules().size(), s.overrides().size(),
                        s.tiering().format());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export",
            description = "Export a scenario's allocation (and overrides) as CSV files.")
    static final class Export extends Base {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--allocation", required = true, paramLabel = "CSV")
        Path allocation;

        @Option(names = "--overrides", paramLabel = "CSV")
        Path overrides;

        @Override
        public Integer call() throws WorkbookException, IOException {
            new OutputGuard().input("--workbook", workbook).output("--allocation", allocation)
                    .output("--overrides", overrides).check(spec);
            List<AtomicFiles.Entry> files = new ArrayList<>();
            try (Workbook wb = open(false)) {
                StringWriter rules = new StringWriter();
                WorkbookTransfer.exportAllocation(wb, name, rules);
                files.add(new AtomicFiles.Entry(allocation, AtomicFiles.utf8(w -> w.write(rules.toString()))));
                if (overrides != null) {
                    StringWriter levels = new StringWriter();
                    WorkbookTransfer.exportOverrides(wb, name, levels);
                    files.add(new AtomicFiles.Entry(overrides, AtomicFiles.utf8(w -> w.write(levels.toString()))));
                }
            }
            // Byte for byte as stored, for a round trip: text is not neutralised for spreadsheets here.
            AtomicFiles.writeAll(files);
            return ExitCodes.OK;
        }
    }

    @Command(name = "versions", description = "List the saved versions of a scenario.")
    static final class Versions extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        NameArg name;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(false)) {
                PrintWriter out = out();
                out.printf("%7s  %-19s  %s%n", "version", "saved", "label");
                for (VersionInfo v : wb.versions(name.get())) {
                    out.printf("%7d  %-19s  %s%n", v.number(), TIME.format(v.savedAt()), v.label());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "save-version",
            description = "Save the scenario's current state (with the task catalogue) as a named version.")
    static final class SaveVersion extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        NameArg name;

        @Option(names = "--label", paramLabel = "TEXT", description = "What this version is (default: Version N).")
        String label;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(true)) {
                VersionInfo v = wb.saveVersion(name.get(), label);
                out().printf("Saved version %d of %s: %s%n", v.number(), name.get(), v.label());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore",
            description = "Make a saved version the scenario's current state again.")
    static final class Restore extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        NameArg name;

        @Option(names = "--version", required = true, paramLabel = "N", converter = OptionValues.PositiveWhole.class)
        int version;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(true)) {
                wb.restoreVersion(name.get(), version);
                out().printf("Restored version %d of %s%n", version, name.get());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "diff",
            description = {"Show the assumptions that differ between two scenarios, or two versions of one scenario.",
                    "  scenario diff --workbook F --name A --with B",
                    "  scenario diff --workbook F --name A --versions 1 3"})
    static final class Diff extends Base {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--with", paramLabel = "OTHER", description = "The scenario to compare with.")
        String with;

        @Option(names = "--versions", arity = "2", paramLabel = "N", converter = OptionValues.PositiveWhole.class,
                description = "Two version numbers.")
        int[] versions;

        @Override
        public Integer call() throws WorkbookException {
            if ((with == null) == (versions == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give either --with OTHER or --versions N M");
            }
            try (Workbook wb = open(false)) {
                List<AssumptionDiff> diffs = EnglishDescriptions.in(with != null ? wb.diffScenarios(name, with)
                        : wb.diffVersions(name, versions[0], versions[1]));
                String left = with != null ? name : "version " + versions[0];
                String right = with != null ? with : "version " + versions[1];
                PrintWriter out = out();
                if (diffs.isEmpty()) {
                    out.println("No differences in assumptions.");
                    return ExitCodes.OK;
                }
                int keyWidth = diffs.stream().mapToInt(d -> d.key().length()).max().orElse(3);
                int leftWidth = Math.max(left.length(), diffs.stream().mapToInt(d -> d.left().length()).max().orElse(0));
                out.printf("%-11s  %-" + keyWidth + "s  %-" + leftWidth + "s  %s%n", "kind", "key", left, right);
                for (AssumptionDiff d : diffs) {
                    out.printf("%-11s  %-" + keyWidth + "s  %-" + leftWidth + "s  %s%n",
                            d.kind().name().toLowerCase(Locale.ROOT), d.key(), d.left(), d.right());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create",
            description = "Create a scenario: from the workbook's current situation (default), empty, or as a copy.")
    static final class Create extends Base {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--description", paramLabel = "TEXT", defaultValue = "")
        String description;

        @Option(names = "--from", paramLabel = "TEMPLATE", defaultValue = "current",
                description = "current (the uniform current situation) or empty (default: ${DEFAULT-VALUE}).")
        String from;

        @Option(names = "--copy-of", paramLabel = "SCENARIO", description = "Copy this scenario instead.")
        String copyOf;

        @Override
        public Integer call() throws WorkbookException {
            ScenarioTemplate template = switch (from) {
                case "current" -> ScenarioTemplate.CURRENT_SITUATION;
                case "empty" -> ScenarioTemplate.EMPTY;
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--from: '" + from + "' is not current or empty");
            };
            try (Workbook wb = open(true)) {
                Scenario s = copyOf != null ? wb.duplicateScenario(copyOf, name)
                        : wb.createScenario(name, description, template);
                if (copyOf != null && !description.isEmpty()) {
                    s = wb.describeScenario(s.name(), description);
                }
                out().println("Created scenario " + s.name());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", description = "Rename a scenario.")
    static final class Rename extends Base {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--to", required = true, paramLabel = "NEW_NAME")
        String to;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(true)) {
                out().println("Renamed scenario " + name + " to " + wb.renameScenario(name, to).name());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "describe", description = "Set a scenario's description.")
    static final class Describe extends Base {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--description", required = true, paramLabel = "TEXT")
        String description;

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(true)) {
                wb.describeScenario(name, description);
            }
            return ExitCodes.OK;
        }
    }

    /** Undo and redo of a scenario's latest change: one command, in two directions. */
    abstract static class HistoryStepCommand extends Base {
        /** A step through a scenario's history; empty when there is none to take. */
        @FunctionalInterface
        interface Step {
            Optional<Scenario> take(Workbook wb, String scenario) throws WorkbookException;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        NameArg name;

        private final Step step;
        private final String done;
        private final String verb;

        /** @param done "Undone" or "Redone"; @param verb "undo" or "redo" */
        HistoryStepCommand(Step step, String done, String verb) {
            this.step = step;
            this.done = done;
            this.verb = verb;
        }

        @Override
        public Integer call() throws WorkbookException {
            try (Workbook wb = open(true)) {
                out().println(step.take(wb, name.get()).map(s -> done + "; scenario is now " + s.name())
                        .orElse("Nothing to " + verb));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "undo", description = "Undo the latest change of a scenario.")
    static final class Undo extends HistoryStepCommand {
        Undo() {
            super(Workbook::undo, "Undone", "undo");
        }
    }

    @Command(name = "redo", description = "Redo the change that was undone last.")
    static final class Redo extends HistoryStepCommand {
        Redo() {
            super(Workbook::redo, "Redone", "redo");
        }
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " …";
    }

    private ScenarioCommand() {
    }
}
