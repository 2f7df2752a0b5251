package nl.taakdiff.ui.library;

import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.HistoryState;
import nl.taakdiff.store.HistoryStep;

/**
 * The scenarios of one workbook, as the UI needs them. Every method may block (SQLite), so the UI
 * calls them only on the store thread ({@link nl.taakdiff.ui.common.Jobs#store}). Scenarios are
 * identified by name; each write is one transaction.
 *
 * <p>The library keeps the one undo history: every change is recorded with a label, and
 * {@link #undo()}/{@link #redo()} walk it (for a workbook: its journal, shared with the CLI and kept
 * across restarts).
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
     * The journal file that was found damaged or cut off beside the workbook when it was opened
     * (the last saves may be missing); empty normally.
     */
    default java.util.Optional<java.nio.file.Path> damagedJournal() {
        return java.util.Optional.empty();
    }

    /**
     * The data set and task catalogue the workbook's scenarios are evaluated against, or null when
     * the library has none of its own (the app's bundled study is used then).
     */
    default Study study() throws LibraryException {
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
    void save(String previousName, Scenario scenario, String label) throws LibraryException;

    default void save(String previousName, Scenario scenario) throws LibraryException {
        save(previousName, scenario, "save");
    }

    /**
     * Stores the task catalogue; the workbook keeps the previous ones in its history. A library
     * that cannot hold a catalogue says so, so that the edit shows as not saved.
     */
    void saveTasks(List<Task> tasks, String label) throws LibraryException;

    void delete(String name, String label) throws LibraryException;

    default void delete(String name) throws LibraryException {
        delete(name, "delete");
    }

    /** What undo and redo would do now (labels as the changes were recorded). */
    HistoryState history() throws LibraryException;

    /** Reverts the latest change of any kind; empty when there is nothing to undo. */
    Optional<HistoryStep> undo() throws LibraryException;

    /** Re-applies the change undone last; empty when there is nothing to redo. */
    Optional<HistoryStep> redo() throws LibraryException;

    /**
     * Called when the app shows this library with {@code study}; a library without a study of its
     * own (in memory) takes its starting task catalogue from it, so that undo can go back to it.
     */
    default void shownWith(Study study) {
    }

    /**
     * The workbook's current situation, the uniform allocation a new scenario can start from (as
     * {@code taakdiff scenario create --from current}); empty for a library that keeps none.
     */
    default Optional<Scenario> currentSituation() throws LibraryException {
        return Optional.empty();
    }

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

    /**
     * Stores a weight set: a new one when {@code previousName} is null, else replaces (or renames)
     * that one; recorded in the history under {@code label}, like every other change.
     */
    default void saveWeightSet(String previousName, nl.taakdiff.engine.appraisal.WeightSet set, String label)
            throws LibraryException {
        throw new LibraryException("this workbook cannot store weight sets");
    }

    default void deleteWeightSet(String name, String label) throws LibraryException {
        throw new LibraryException("this workbook cannot store weight sets");
    }

    @Override
    void close() throws LibraryException;
}
