package nl.taakdiff.ui.library;

import java.util.List;
import nl.taakdiff.model.Scenario;

/**
 * The scenarios of one workbook, as the UI needs them. Every method may block (SQLite), so the UI
 * calls them only on the store thread ({@link nl.taakdiff.ui.common.Jobs#store}). Scenarios are
 * identified by name; each write is one transaction.
 */
public interface ScenarioLibrary extends AutoCloseable {
    /** Where the scenarios live, for the status bar: a file path or a description. */
    String location();

    /** A file-backed workbook's path, or null for one that lives in memory only. */
    default java.nio.file.Path path() {
        return null;
    }

    boolean isReadOnly();

    /** Why the library is read-only, as a sentence part; empty when it is writable. */
    default java.util.Optional<String> readOnlyReason() {
        return java.util.Optional.empty();
    }

    /**
     * The data set and task catalogue the workbook's scenarios are evaluated against, or null when
     * the library has none of its own (the app's bundled study is used then).
     */
    default nl.taakdiff.model.Study study() throws LibraryException {
        return null;
    }

    List<Scenario> scenarios() throws LibraryException;

    /**
     * The map geometry stored with the workbook's data set (an imported data set with its own
     * boundaries), or empty when it has none stored: the bundled geometry of the data set's year
     * is used then, if it names one.
     */
    default java.util.Optional<nl.taakdiff.io.MapGeometry> storedGeometry() throws LibraryException {
        return java.util.Optional.empty();
    }

    /**
     * Stores a scenario: a new one when {@code previousName} is null, else replaces the scenario
     * called {@code previousName} (which may differ from the new name: a rename).
     */
    void save(String previousName, Scenario scenario) throws LibraryException;

    /**
     * Stores the task catalogue; the workbook keeps the previous ones in its history. A library
     * that cannot hold a catalogue says so, so that the edit shows as not saved.
     */
    default void saveTasks(List<nl.taakdiff.model.Task> tasks) throws LibraryException {
        throw new LibraryException("this workbook cannot store a task catalogue");
    }

    void delete(String name) throws LibraryException;

    /** Keeps a named copy of the scenario as it is stored now. */
    ScenarioVersion saveVersion(String scenarioName, String label) throws LibraryException;

    /** Versions of a scenario, newest first. */
    List<ScenarioVersion> versions(String scenarioName) throws LibraryException;

    /** The scenario as it was in that version (under the scenario's current name). */
    Scenario version(ScenarioVersion version) throws LibraryException;

    /** The appraisal weight sets kept with the scenarios; none for a library that cannot keep them. */
    default List<nl.taakdiff.engine.appraisal.WeightSet> weightSets() throws LibraryException {
        return List.of();
    }

    /** Stores a weight set: a new one when {@code previousName} is null, else replaces (or renames) that one. */
    default void saveWeightSet(String previousName, nl.taakdiff.engine.appraisal.WeightSet set) throws LibraryException {
        throw new LibraryException("this workbook cannot store weight sets");
    }

    default void deleteWeightSet(String name) throws LibraryException {
        throw new LibraryException("this workbook cannot store weight sets");
    }

    @Override
    void close() throws LibraryException;
}
