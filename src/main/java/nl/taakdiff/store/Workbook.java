package nl.taakdiff.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.engine.appraisal.WeightSetDiffs;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * A workbook: one analyst's study in one SQLite file ({@code .taakdiff}). It holds a frozen data set
 * (municipalities and region memberships), the task catalogue with its history, any number of
 * scenarios, a per-scenario change journal (undo/redo) and named versions.
 *
 * <p>This class is the one public door to the store; the work is done by one class per section of
 * the file: {@link WorkbookFile} (creating, opening, checks, locking), {@link Catalogue} (data set and
 * task catalogue), {@link ScenarioStore} (scenarios), {@link Journal} (undo and redo) and
 * {@link Versions} (versions and diffs), {@link WeightSetStore} (appraisal weight sets). CSV import and export are in {@code nl.taakdiff.transfer}.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Every change is one SQLite transaction, committed before the method returns (WAL,
 *       {@code synchronous=FULL}): a crash loses nothing that a method reported as done.</li>
 *   <li>A file that is not a workbook, is damaged, or was written by a newer Taakdiff is refused
 *       with a {@link WorkbookException} and not modified.</li>
 *   <li>Only one running instance writes a workbook (see {@link WorkbookLock}); others, and any
 *       instance that finds the file write-protected, get it read-only: {@link #isReadOnly()} and
 *       {@link #readOnlyReason()} say so, and every change method throws
 *       {@link WorkbookException.Reason#READ_ONLY}.</li>
 * </ul>
 *
 * <h2>Threading</h2>
 * A workbook holds one JDBC connection and is meant to be used from one thread (the desktop app's
 * single database executor). Methods are {@code synchronized}, so accidental use from another
 * thread is safe but serialised. Everything returned is an immutable record or an unmodifiable list.
 *
 * <h2>Scenarios and undo</h2>
 * A scenario is identified by its name (unique within the workbook, ignoring case). Its state is
 * a {@link Scenario} record, stored whole. Every change (a save, a rename, creating or deleting a
 * scenario, a new task catalogue, a weight set saved, renamed or deleted) is recorded in the one journal of the workbook, which is in the
 * file, so undo survives a restart and the desktop app and the CLI share it. {@link #undo()} and
 * {@link #redo()} walk all changes (the app's Ctrl+Z); {@link #undo(String)} and {@link #redo(String)}
 * walk the saves of one scenario (the CLI). A new change after undo drops the redo steps, as in any
 * editor. Each change method has a variant with a label, which {@link #history()} gives back (the
 * app stores what its Undo menu item says).
 */
public final class Workbook implements AutoCloseable {
    /** The file name extension of workbooks. */
    public static final String EXTENSION = ".taakdiff";

    private final WorkbookConnection db;
    private final Catalogue catalogue;
    private final ScenarioStore scenarios;
    private final Journal journal;
    private final Versions versions;
    private final WeightSetStore weightSets;

    private Workbook(WorkbookConnection db) {
        this.db = db;
        this.journal = new Journal(db);
        this.catalogue = new Catalogue(db, journal);
        this.scenarios = new ScenarioStore(db, catalogue, journal);
        this.versions = new Versions(db, scenarios, catalogue);
        journal.register(Journal.SCENARIO, scenarios::applyState);
        journal.register(Journal.SCENARIO_EXISTS, scenarios::applyExists);
        journal.register(Journal.CATALOGUE, catalogue::applyCurrent);
        this.weightSets = new WeightSetStore(db.connection(), journal);
        journal.register(Journal.WEIGHT_SET, weightSets::apply);
    }

    // ---- opening and creating ----------------------------------------------------------------

    /**
     * Creates a new workbook file holding the data set and task catalogue, and opens it for writing.
     * The file is built under a temporary name in the same folder and moved into place when
     * complete, so a workbook file is never half-made.
     */
    public static Workbook create(Path file, Dataset dataset, List<Task> tasks) throws WorkbookException {
        return create(file, dataset, tasks, List.of(), null);
    }

    /**
     * Creates a new workbook with scenarios in it; {@code currentSituation} (nullable) is the uniform
     * allocation that {@link ScenarioTemplate#CURRENT_SITUATION} copies.
     */
    public static Workbook create(Path file, Dataset dataset, List<Task> tasks, List<Scenario> scenarios,
                                  Scenario currentSituation) throws WorkbookException {
        return open(WorkbookFile.create(file, dataset, tasks, scenarios, currentSituation));
    }

    /**
     * Opens an existing workbook: for writing when this instance can, otherwise read-only (see
     * {@link #readOnlyReason()}). Upgrades an older workbook to the current schema first.
     */
    public static Workbook open(Path file) throws WorkbookException {
        return new Workbook(WorkbookFile.open(file));
    }

    @Override
    public synchronized void close() throws WorkbookException {
        db.close();
    }

    // ---- the file ----------------------------------------------------------------------------

    public Path file() {
        return db.file();
    }

    /** True when this instance may not change the workbook. */
    public boolean isReadOnly() {
        return db.readOnlyReason() != null;
    }

    /** Why the workbook is read-only, as a sentence part ("the file is write-protected"); empty when writable. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(db.readOnlyReason());
    }

    /** A notice for the analyst when the workbook is read-only, e.g. for a status bar; empty otherwise. */
    /**
     * What the analyst should know about the file as it was found, e.g. that its journal file was
     * damaged or cut off, so that the last saves may be missing; empty normally.
     */
    public Optional<String> openWarning() {
        return Optional.ofNullable(db.openWarning()).map(w -> "Warning: " + w);
    }

    /**
     * The journal file ({@code -wal}) that was found damaged or cut off next to the workbook when it
     * was opened, for a window to name in its own language; empty normally.
     */
    public Optional<Path> damagedJournal() {
        return Optional.ofNullable(db.openWarning()).map(w -> WalCheck.walOf(file()));
    }

    public Optional<String> readOnlyNotice() {
        return readOnlyReason().map(r -> "Opened " + file().getFileName() + " read-only: " + r + ".");
    }

    /** Throws {@link WorkbookException.Reason#READ_ONLY} when this instance may not change the workbook. */
    public void requireWritable() throws WorkbookException {
        db.requireWritable();
    }

    // ---- data set and task catalogue ---------------------------------------------------------

    /** The frozen data set of this workbook. */
    public synchronized Dataset dataset() throws WorkbookException {
        return catalogue.dataset();
    }

    /** The current task catalogue. */
    public synchronized List<Task> tasks() throws WorkbookException {
        return catalogue.tasks();
    }

    /** The data set with the current task catalogue: what scenarios are evaluated against. */
    public synchronized Study study() throws WorkbookException {
        return catalogue.study();
    }

    /**
     * Replaces the task catalogue. The previous catalogue stays in the file: versions saved before
     * keep pointing at the catalogue they were saved with, so they evaluate exactly as they did.
     */
    public synchronized void saveTasks(List<Task> tasks) throws WorkbookException {
        saveTasks(tasks, "catalogue");
    }

    /** As {@link #saveTasks(List)}, recording {@code label} in the journal. */
    public synchronized void saveTasks(List<Task> tasks, String label) throws WorkbookException {
        catalogue.saveTasks(tasks, label);
    }

    /**
     * Makes an earlier task catalogue (from {@link #catalogueHistory()}) the current one again; this
     * is recorded as a new catalogue state, so it can itself be reverted the same way.
     */
    public synchronized List<Task> restoreCatalogue(long id) throws WorkbookException {
        return catalogue.restoreCatalogue(id);
    }

    /** Every saved state of the task catalogue, oldest first. */
    public synchronized List<CatalogueInfo> catalogueHistory() throws WorkbookException {
        return catalogue.catalogueHistory();
    }

    /** A catalogue from {@link #catalogueHistory()}. */
    public synchronized List<Task> catalogue(long id) throws WorkbookException {
        return catalogue.catalogue(id);
    }

    /** The uniform allocation that {@link ScenarioTemplate#CURRENT_SITUATION} starts from. */
    public synchronized Scenario currentSituation() throws WorkbookException {
        return catalogue.currentSituation();
    }

    // ---- scenarios ---------------------------------------------------------------------------

    /** All scenarios, by name (ignoring case). */
    public synchronized List<ScenarioInfo> scenarios() throws WorkbookException {
        return scenarios.scenarios();
    }

    /** The current state of every scenario, ordered as {@link #scenarios()}, in one query. */
    public synchronized List<Scenario> allScenarios() throws WorkbookException {
        return scenarios.allScenarios();
    }

    public synchronized boolean hasScenario(String name) throws WorkbookException {
        return scenarios.hasScenario(name);
    }

    /** The current state of a scenario. */
    public synchronized Scenario scenario(String name) throws WorkbookException {
        return scenarios.scenario(name);
    }

    /** Adds a scenario as given; its name must be new. */
    public synchronized Scenario createScenario(Scenario scenario) throws WorkbookException {
        return createScenario(scenario, "create");
    }

    /** As {@link #createScenario(Scenario)}, recording {@code label} in the journal. */
    public synchronized Scenario createScenario(Scenario scenario, String label) throws WorkbookException {
        return scenarios.createScenario(scenario, label);
    }

    /** Adds a new scenario from a template. */
    public synchronized Scenario createScenario(String name, String description, ScenarioTemplate template)
            throws WorkbookException {
        return scenarios.createScenario(name, description, template);
    }

    /** Adds a copy of a scenario's current state under a new name (versions and journal are not copied). */
    public synchronized Scenario duplicateScenario(String source, String newName) throws WorkbookException {
        return scenarios.duplicateScenario(source, newName);
    }

    /**
     * Writes a scenario's new state in one transaction and records the previous state for
     * {@link #undo}. {@code name} is the scenario's current name; when {@code scenario.name()}
     * differs, the scenario is renamed as part of the same change. Saving an unchanged state does
     * nothing.
     *
     * @return the state as stored (name stripped of surrounding blanks)
     */
    public synchronized Scenario saveScenario(String name, Scenario scenario) throws WorkbookException {
        return saveScenario(name, scenario, "save");
    }

    /** As {@link #saveScenario(String, Scenario)}, recording {@code label} in the journal. */
    public synchronized Scenario saveScenario(String name, Scenario scenario, String label) throws WorkbookException {
        return scenarios.saveScenario(name, scenario, label);
    }

    public synchronized Scenario renameScenario(String name, String newName) throws WorkbookException {
        return scenarios.renameScenario(name, newName);
    }

    public synchronized Scenario describeScenario(String name, String description) throws WorkbookException {
        return scenarios.describeScenario(name, description);
    }

    /** Sets a scenario's tiering (rules keep their lower bounds; see the validator for gaps). */
    public synchronized Scenario saveTiering(String name, Tiering tiering) throws WorkbookException {
        return scenarios.saveTiering(name, tiering);
    }

    /**
     * Deletes a scenario. It stays in the file as deleted, so the returned ticket can bring it back
     * with {@link #undeleteScenario(long)} (an undo of the delete), versions and journal included.
     */
    public synchronized long deleteScenario(String name) throws WorkbookException {
        return deleteScenario(name, "delete");
    }

    /** As {@link #deleteScenario(String)}, recording {@code label} in the journal. */
    public synchronized long deleteScenario(String name, String label) throws WorkbookException {
        return scenarios.deleteScenario(name, label);
    }

    /** Brings back a deleted scenario; fails when its name has been taken since. */
    public synchronized Scenario undeleteScenario(long ticket) throws WorkbookException {
        return scenarios.undeleteScenario(ticket);
    }

    // ---- undo and redo -----------------------------------------------------------------------

    /** What {@link #undo()} and {@link #redo()} would do now, by the labels the changes were made with. */
    public synchronized HistoryState history() throws WorkbookException {
        return journal.state();
    }

    /** Reverts the latest change of the workbook, of any kind; empty when there is nothing to undo. */
    public synchronized Optional<HistoryStep> undo() throws WorkbookException {
        return journal.undo();
    }

    /** Re-applies the change that was undone last; empty when there is nothing to redo. */
    public synchronized Optional<HistoryStep> redo() throws WorkbookException {
        return journal.redo();
    }

    public synchronized boolean canUndo(String name) throws WorkbookException {
        return db.reading("read the history of " + name, () -> journal.canUndo(scenarios.live(name).id()));
    }

    public synchronized boolean canRedo(String name) throws WorkbookException {
        return db.reading("read the history of " + name, () -> journal.canRedo(scenarios.live(name).id()));
    }

    /**
     * Reverts the latest save of a scenario. Returns the restored state (whose name may differ when
     * the change was a rename), or empty when there is nothing to undo.
     */
    public synchronized Optional<Scenario> undo(String name) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("undo in " + name,
                () -> journal.undo(scenarios.live(name).id()).flatMap(HistoryStep::scenario));
    }

    /** Re-applies the save of a scenario that was undone last; empty when there is nothing to redo. */
    public synchronized Optional<Scenario> redo(String name) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("redo in " + name,
                () -> journal.redo(scenarios.live(name).id()).flatMap(HistoryStep::scenario));
    }

    // ---- versions and diffs ------------------------------------------------------------------

    /**
     * Saves the scenario's current state, with the current task catalogue, as a named version.
     * A blank label becomes "Version N".
     */
    public synchronized VersionInfo saveVersion(String name, String label) throws WorkbookException {
        return versions.saveVersion(name, label);
    }

    /**
     * Appends a version taken from another workbook (e.g. when a study moves to newer data): its
     * state, task catalogue and saving time as they were, under {@code label}.
     */
    public synchronized VersionInfo appendVersion(String name, VersionSnapshot version, String label)
            throws WorkbookException {
        return versions.appendVersion(name, version, label);
    }

    // ---- boundaries of the data set (for a data set whose map is not bundled) -----------------

    /** The map geometry stored with the data set, as the text of a geometry file, if any. */
    public synchronized Optional<String> boundaries() throws WorkbookException {
        return db.reading("read the boundaries", () -> db.meta("boundaries"));
    }

    /** Stores the data set's map geometry (the text of a geometry file; not parsed here). */
    public synchronized void saveBoundaries(String geometry) throws WorkbookException {
        db.requireWritable();
        Objects.requireNonNull(geometry, "geometry");
        db.inTransaction("save the boundaries", () -> {
            WorkbookConnection.putMeta(db.connection(), "boundaries", geometry);
            return null;
        });
    }

    /** The versions of a scenario, oldest first. */
    public synchronized List<VersionInfo> versions(String name) throws WorkbookException {
        return versions.versions(name);
    }

    /** A version with the scenario state and task catalogue it was saved with. */
    public synchronized VersionSnapshot version(String name, int number) throws WorkbookException {
        return versions.version(name, number);
    }

    /**
     * Makes a version the scenario's current state again (keeping the scenario's current name); this
     * is an ordinary change, so it can be undone. The task catalogue is not changed: it is shared by
     * all scenarios (use {@link #version} to evaluate the version with its own catalogue).
     */
    public synchronized Scenario restoreVersion(String name, int number) throws WorkbookException {
        return versions.restoreVersion(name, number);
    }

    /** Differences in assumptions between two versions of one scenario, each with its own catalogue. */
    public synchronized List<AssumptionDiff> diffVersions(String name, int left, int right) throws WorkbookException {
        return versions.diffVersions(name, left, right);
    }

    /** Differences in assumptions between the current states of two scenarios (same catalogue). */
    public synchronized List<AssumptionDiff> diffScenarios(String left, String right) throws WorkbookException {
        return versions.diffScenarios(left, right);
    }

    // ---- appraisal weight sets (every change adds a version and is undoable) -----------------

    /** The live weight sets, by name (ignoring case). */
    public synchronized List<WeightSet> weightSets() throws WorkbookException {
        return db.reading("list the weight sets", () -> List.copyOf(weightSetStore().all()));
    }

    public synchronized WeightSet weightSet(String name) throws WorkbookException {
        return db.reading("read weight set " + name, () -> weightSetStore().get(name));
    }

    /** Stores a weight set: a new one when {@code previousName} is null, else replaces (and maybe renames) that one. */
    public synchronized WeightSet saveWeightSet(String previousName, WeightSet set) throws WorkbookException {
        return saveWeightSet(previousName, set, "weight set");
    }

    /** As {@link #saveWeightSet(String, WeightSet)}, recording {@code label} in the journal. */
    public synchronized WeightSet saveWeightSet(String previousName, WeightSet set, String label)
            throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("save weight set " + set.name(),
                () -> weightSetStore().save(previousName, set, label, Instant.now()));
    }

    /** Deletes a weight set; the returned ticket puts it back with {@link #undeleteWeightSet}. */
    public synchronized long deleteWeightSet(String name) throws WorkbookException {
        return deleteWeightSet(name, "delete weight set");
    }

    /** As {@link #deleteWeightSet(String)}, recording {@code label} in the journal. */
    public synchronized long deleteWeightSet(String name, String label) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("delete weight set " + name,
                () -> weightSetStore().delete(name, label, Instant.now()));
    }

    public synchronized WeightSet undeleteWeightSet(long ticket) throws WorkbookException {
        db.requireWritable();
        return db.inTransaction("put back a weight set",
                () -> weightSetStore().undelete(ticket, "put back weight set", Instant.now()));
    }

    /** Every saved state of a weight set, oldest first. */
    public synchronized List<WeightSetVersion> weightSetVersions(String name) throws WorkbookException {
        return db.reading("read the versions of weight set " + name,
                () -> List.copyOf(weightSetStore().versions(name)));
    }

    /** The assumptions that differ between two weight sets. */
    public synchronized List<AssumptionDiff> diffWeightSets(String left, String right) throws WorkbookException {
        return WeightSetDiffs.between(weightSet(left), weightSet(right));
    }

    private WeightSetStore weightSetStore() {
        return weightSets;
    }
}
