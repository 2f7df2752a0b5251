package nl.taakdiff.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.OverrideFile;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.Sourced;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;

/**
 * A workbook's contents to and from the CSV files of the README ("File formats"). It sits above
 * {@code store} and {@code io}, so the store never parses files and the file formats never know
 * about SQLite; the CLI and the desktop app both come here.
 */
public final class WorkbookTransfer {
    private WorkbookTransfer() {
    }

    /**
     * Imports an allocation file (and optionally an overrides file) as scenario {@code name}:
     * creates the scenario, or replaces its rules (and overrides, when a file is given) as one
     * undoable change. The size classes are the distinct {@code min_population} values of the file.
     * All or nothing: the scenario must validate against the workbook's data set and tasks, and on
     * any problem nothing is written and every problem is reported as {@code FILE:LINE: message}.
     *
     * @param overrides nullable; without it a new scenario has no overrides and an existing one keeps its own
     */
    public static Scenario importAllocation(Workbook workbook, String name, CsvSource allocation, CsvSource overrides)
            throws IOException, InputException, WorkbookException {
        workbook.requireWritable();
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<Rule> rules = AllocationFile.read(allocation, problems);
        Sourced<LevelOverride> overrideRows = overrides == null ? null : OverrideFile.read(overrides, problems);
        if (!problems.isEmpty()) {
            // The overrides that could be read are still checked against the workbook, so that one run
            // reports unknown codes together with the files' own problems.
            if (overrideRows != null) {
                Scenario probe = new Scenario(name, "", Tiering.of(0), List.of(), overrideRows.records(),
                        Overheads.DEFAULT);
                for (Problem p : Validator.validate(workbook.study(), probe)) {
                    if (p.subject() == Problem.Subject.OVERRIDE) {
                        problems.add(new SourceProblem(overrides.name(), overrideRows.lineOf(p.index()), p.message()));
                    }
                }
            }
            throw new InputException(problems);
        }
        Tiering tiering = tieringOf(allocation, rules);
        Optional<Scenario> existing = workbook.hasScenario(name) ? Optional.of(workbook.scenario(name))
                : Optional.empty();
        String overridesSource = overrides != null ? overrides.name() : "scenario " + name + " (overrides kept)";
        List<LevelOverride> overrideList = overrideRows != null ? overrideRows.records()
                : existing.map(Scenario::overrides).orElse(List.of());
        Scenario scenario = new Scenario(name, existing.map(Scenario::description).orElse(""), tiering,
                rules.records(), overrideList, existing.map(Scenario::overheads).orElse(Overheads.DEFAULT));
        for (Problem p : Validator.validate(workbook.study(), scenario)) {
            switch (p.subject()) {
                case RULE -> problems.add(new SourceProblem(allocation.name(), rules.lineOf(p.index()), p.message()));
                case OVERRIDE -> problems.add(new SourceProblem(overridesSource,
                        overrideRows != null ? overrideRows.lineOf(p.index()) : 0, p.message()));
                case TASK, TIERING -> problems.add(new SourceProblem(allocation.name(), 0, p.message()));
                default -> problems.add(new SourceProblem(workbook.file().getFileName().toString(), 0, p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return existing.isPresent() ? workbook.saveScenario(name, scenario) : workbook.createScenario(scenario);
    }

    /** The size classes of an allocation file: its distinct lower bounds, the first of which must be 0. */
    private static Tiering tieringOf(CsvSource allocation, Sourced<Rule> rules) throws InputException {
        if (rules.records().isEmpty()) {
            throw new InputException(new SourceProblem(allocation.name(), 0, "has no rules"));
        }
        TreeSet<Long> bounds = new TreeSet<>();
        rules.records().forEach(r -> bounds.add(r.minPopulation()));
        if (bounds.first() != 0) {
            int first = 0;
            for (int i = 0; i < rules.records().size(); i++) {
                if (rules.records().get(i).minPopulation() == bounds.first()) {
                    first = i;
                    break;
                }
            }
            throw new InputException(new SourceProblem(allocation.name(), rules.lineOf(first),
                    "the smallest min_population is " + bounds.first()
                            + "; the first size class must start at 0"));
        }
        return new Tiering(new ArrayList<>(bounds));
    }

    /** Imports a task catalogue file as the workbook's catalogue (all or nothing). */
    public static List<Task> importTasks(Workbook workbook, CsvSource source)
            throws IOException, InputException, WorkbookException {
        workbook.requireWritable();
        List<Task> tasks = TaskFile.read(source).records();
        if (tasks.isEmpty()) {
            throw new InputException(new SourceProblem(source.name(), 0, "has no tasks"));
        }
        workbook.saveTasks(tasks);
        return tasks;
    }

    /** Writes a scenario's rules as an allocation file, in their stored order. */
    public static void exportAllocation(Workbook workbook, String name, Writer out)
            throws IOException, WorkbookException {
        AllocationFile.write(workbook.scenario(name).rules(), out);
    }

    /** Writes a scenario's overrides as an overrides file, in their stored order. */
    public static void exportOverrides(Workbook workbook, String name, Writer out)
            throws IOException, WorkbookException {
        OverrideFile.write(workbook.scenario(name).overrides(), out);
    }

    public static void exportTasks(Workbook workbook, Writer out) throws IOException, WorkbookException {
        TaskFile.write(workbook.tasks(), out);
    }

    /** Writes the data set as the two data set files; region types in alphabetical order. */
    public static void exportDataset(Workbook workbook, Writer municipalities, Writer regions)
            throws IOException, WorkbookException {
        Dataset d = workbook.dataset();
        TreeSet<String> types = new TreeSet<>();
        d.municipalities().forEach(m -> types.addAll(m.regions().keySet()));
        DatasetFiles.writeMunicipalities(d.municipalities(), municipalities);
        DatasetFiles.writeRegions(d.municipalities(), new ArrayList<>(types), regions);
    }
}
