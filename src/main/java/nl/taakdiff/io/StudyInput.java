package nl.taakdiff.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;

/** A study read from CSV files, remembering where each record came from. */
public record StudyInput(String datasetName, Sourced<Municipality> municipalities, Sourced<Task> tasks) {

    public Study study() {
        return new Study(new Dataset(datasetName, municipalities.records()), tasks.records());
    }

    /**
     * Reads the three files; problems in all of them are reported together. A null source means the
     * bundled file.
     */
    public static StudyInput read(CsvSource municipalities, CsvSource regions, CsvSource tasks)
            throws IOException, InputException {
        boolean bundled = municipalities == null && regions == null;
        CsvSource m = municipalities != null ? municipalities : CsvSource.bundled(DatasetFiles.BUNDLED_MUNICIPALITIES);
        CsvSource r = regions != null ? regions : CsvSource.bundled(DatasetFiles.BUNDLED_REGIONS);
        CsvSource t = tasks != null ? tasks : CsvSource.bundled(DatasetFiles.BUNDLED_TASKS);
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<Municipality> dataset = collect(() -> DatasetFiles.read(m, r), problems);
        Sourced<Task> catalogue = collect(() -> TaskFile.read(t), problems);
        Checks.throwIfAny(problems);
        return new StudyInput(bundled ? DatasetFiles.BUNDLED_NAME : m.name(), dataset, catalogue);
    }

    /** Reads an allocation and optional overrides file, reporting problems of both together. */
    public static ScenarioInput readScenario(CsvSource allocation, CsvSource overrides)
            throws IOException, InputException {
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<Rule> rules = collect(() -> AllocationFile.read(allocation), problems);
        Sourced<LevelOverride> levelOverrides = overrides == null
                ? Sourced.of("overrides", List.of())
                : collect(() -> OverrideFile.read(overrides), problems);
        Checks.throwIfAny(problems);
        return new ScenarioInput(rules, levelOverrides);
    }

    /**
     * Reads an allocation and optional overrides file, adding every problem to {@code problems}, and
     * returns the rows that were read without problems (null when a file could not be read at all), so
     * that the caller can still check those rows against the study and report all in one run.
     */
    public static ScenarioInput readScenario(CsvSource allocation, CsvSource overrides, List<SourceProblem> problems,
                                             OverrideFile.Reasons reasons) throws IOException {
        Sourced<Rule> rules = AllocationFile.read(allocation, problems);
        Sourced<LevelOverride> levelOverrides = overrides == null
                ? Sourced.of("overrides", List.of())
                : OverrideFile.read(overrides, problems, reasons);
        return rules == null || levelOverrides == null ? null : new ScenarioInput(rules, levelOverrides);
    }

    /** A reader that may fail with input problems. */
    @FunctionalInterface
    public interface Reading<T> {
        T read() throws IOException, InputException;
    }

    /** Runs a reader; on bad input adds its problems and returns null, so the caller can go on. */
    public static <T> T collect(Reading<T> reading, List<SourceProblem> problems) throws IOException {
        try {
            return reading.read();
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The rules and overrides of one scenario, with their sources. */
    public record ScenarioInput(Sourced<Rule> rules, Sourced<LevelOverride> overrides) {
        public Optional<String> overridesSource() {
            return Optional.ofNullable(overrides.source());
        }
    }
}
