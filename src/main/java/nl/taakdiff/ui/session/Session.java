package nl.taakdiff.ui.session;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;

/**
 * The state the whole window shares: the study, the open workbook's scenarios, the current and the
 * baseline scenario. Every edit changes the in-memory scenarios at once (FX thread) and queues the
 * matching workbook write, with a label for the Undo menu, on the store thread, so the UI never
 * waits for SQLite and nothing typed is lost when a write fails. Tabs read the scenarios here and
 * edit them through the methods below.
 *
 * <p>There is one undo history: the workbook's journal ({@link ScenarioLibrary#undo()}). Undo and
 * redo run there, after the writes queued before them, and the session then shows what the step
 * changed; so an undo in the app is an undo in the file, which the CLI and the next start see.
 *
 * <p>The scenarios in memory are kept by {@link OpenScenarios}, the edits by {@link ScenarioEdits};
 * this class is what the views see of them.
 */
public final class Session {
    /** What the status bar says about the workbook. */
    public enum SaveState { NO_WORKBOOK, SAVED, SAVING, FAILED, READ_ONLY, IN_MEMORY }

    /** A workbook write that failed; {@code actionKey} names the edit for the message. */
    public record StoreFailure(String actionKey, String scenarioName, Throwable error) {
    }

    private final Jobs jobs;
    private final Messages messages;
    private final UndoHistory history;
    private final ReadOnlyObjectWrapper<Study> study = new ReadOnlyObjectWrapper<>(this, "study");
    private Evaluator evaluator;
    private final OpenScenarios open = new OpenScenarios();
    private final ReadOnlyObjectWrapper<ScenarioLibrary> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final StringProperty selectedMunicipality = new SimpleStringProperty(this, "selectedMunicipality");
    private final StringProperty selectedTask = new SimpleStringProperty(this, "selectedTask");
    private final WorkbookWrites writes;
    private final ScenarioEdits edits;

    public Session(Study study, Jobs jobs, Messages messages) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.writes = new WorkbookWrites(jobs, messages, library::get, editable::get);
        this.history = new UndoHistory(this, open, writes);
        this.edits = new ScenarioEdits(this, open, history, writes, messages);
        setStudy(study);
    }

    // ---- study -------------------------------------------------------------------------------

    public void setStudy(Study newStudy) {
        evaluator = new Evaluator(newStudy);
        study.set(newStudy);
        String selected = selectedMunicipality.get();
        if (selected != null && newStudy.dataset().municipalities().stream().noneMatch(m -> m.code().equals(selected))) {
            selectedMunicipality.set(null);
        }
        open.touched();
    }

    public Study study() {
        return study.get();
    }

    public ReadOnlyObjectProperty<Study> studyProperty() {
        return study.getReadOnlyProperty();
    }

    /** The evaluator for the current study; immutable and safe to use on any thread. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /**
     * The code of the municipality the user selected (e.g. by clicking it on the map), or null.
     * Shared so that every view can follow the selection; cleared when the study no longer has it.
     */
    public StringProperty selectedMunicipalityProperty() {
        return selectedMunicipality;
    }

    /** The task code selected anywhere (e.g. a tornado row); the Tasks view follows it. */
    public StringProperty selectedTaskProperty() {
        return selectedTask;
    }

    public String selectedMunicipality() {
        return selectedMunicipality.get();
    }

    // ---- workbook ----------------------------------------------------------------------------

    /** Shows a workbook whose scenarios were loaded on the store thread; clears the undo history. */
    public void attach(ScenarioLibrary newLibrary, List<Scenario> loaded, boolean readOnly) {
        attach(newLibrary, loaded, readOnly, null);
    }

    /** As {@link #attach(ScenarioLibrary, List, boolean)}, with the workbook's own study (when not null). */
    public void attach(ScenarioLibrary newLibrary, List<Scenario> loaded, boolean readOnly, Study workbookStudy) {
        if (workbookStudy != null && !workbookStudy.equals(study.get())) {
            setStudy(workbookStudy);
        }
        library.set(newLibrary);
        location.set(newLibrary == null ? "" : newLibrary.location());
        history.forget();
        open.load(loaded);
        editable.set(newLibrary != null && !readOnly);
        open.chooseDefaults();
        writes.reset();
        if (newLibrary != null) {
            newLibrary.shownWith(study());
            jobs.store(messages.get("status.loading"), newLibrary::history, state -> {
                if (newLibrary == library.get()) {
                    history.show(state);
                }
            }, error -> { });
        }
    }

    public ScenarioLibrary library() {
        return library.get();
    }

    public ReadOnlyObjectProperty<ScenarioLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public boolean isEditable() {
        return editable.get();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return writes.saveStateProperty();
    }

    public void setFailureHandler(Consumer<StoreFailure> handler) {
        writes.setFailureHandler(handler);
    }

    // ---- scenarios ---------------------------------------------------------------------------

    /** All scenarios of the workbook, in workbook order. */
    public ObservableList<Scenario> scenarios() {
        return open.view();
    }

    public Optional<Scenario> scenario(String name) {
        return open.scenario(name);
    }

    public List<String> names() {
        return open.names();
    }

    public StringProperty currentNameProperty() {
        return open.currentNameProperty();
    }

    public ReadOnlyObjectProperty<Scenario> currentProperty() {
        return open.currentProperty();
    }

    public Scenario current() {
        return open.currentProperty().get();
    }

    public StringProperty baselineNameProperty() {
        return open.baselineNameProperty();
    }

    public ReadOnlyObjectProperty<Scenario> baselineProperty() {
        return open.baselineProperty();
    }

    public Scenario baseline() {
        return open.baselineProperty().get();
    }

    /** Increments whenever a scenario's content, the set of scenarios or the study changes. */
    public ReadOnlyIntegerProperty scenarioRevisionProperty() {
        return open.revisionProperty();
    }

    /** Called with (old name, new name) after a scenario is renamed, also by undo and redo. */
    public void addRenameListener(BiConsumer<String, String> listener) {
        open.addRenameListener(listener);
    }

    public void removeRenameListener(BiConsumer<String, String> listener) {
        open.removeRenameListener(listener);
    }

    /** Undo and redo of the open workbook's history, for the menu and the tool bar. */
    public UndoHistory history() {
        return history;
    }

    /** Why a name cannot be used (a message key), or empty when it can. */
    public Optional<String> nameProblem(String name, String renaming) {
        return open.nameProblem(name, renaming);
    }

    // ---- edits (all undoable) ----------------------------------------------------------------

    /** Sets cells of the current scenario; false when nothing changed or editing is not possible. */
    public boolean setLevels(Map<Scenarios.Cell, Level> changes) {
        return edits.setLevels(changes);
    }

    /** Replaces the current scenario's rules (and tiering) with imported ones. */
    public boolean replaceRules(List<Rule> rules, Tiering tiering, String sourceName) {
        return edits.replaceRules(rules, tiering, sourceName);
    }

    public boolean replaceOverrides(List<LevelOverride> overrides, String sourceName) {
        return edits.replaceOverrides(overrides, sourceName);
    }

    /** Replaces a scenario by another version of it (e.g. a restored version). */
    public boolean replace(Scenario before, Scenario after, EditLabel label) {
        return edits.replace(before, after, label);
    }

    /**
     * Replaces the task catalogue (the study's tasks) as one undoable edit and saves it in the
     * workbook; every scenario is evaluated against the new catalogue. False when nothing changed.
     */
    public boolean setTasks(List<Task> tasks, EditLabel label) {
        return edits.setTasks(tasks, label);
    }

    /**
     * The clean start of a new scenario, unnamed: every task with the municipalities, on the
     * baseline's size classes and overheads (the current scenario's when there is no baseline).
     */
    public Scenario municipalityStart() {
        Scenario like = baseline() != null ? baseline() : current();
        Tiering tiering = like != null ? like.tiering() : Tiering.DEFAULT;
        nl.taakdiff.model.Overheads overheads = like != null ? like.overheads() : nl.taakdiff.model.Overheads.DEFAULT;
        return Scenarios.uniform("", "", study().tasks(), tiering, Level.MUNICIPALITY, overheads);
    }

    /** A new uniform scenario (every task with the municipalities) on the baseline's tiering. */
    public Optional<Scenario> createScenario(String name) {
        return edits.createScenario(name);
    }

    /** Adds a scenario built elsewhere (e.g. an explorer's proposal) as one undoable edit, and selects it. */
    public Optional<Scenario> addScenario(Scenario scenario, String descriptionKey) {
        return edits.addScenario(scenario, descriptionKey);
    }

    public Optional<Scenario> duplicate(String name, String newName) {
        return edits.duplicate(name, newName);
    }

    public boolean rename(String name, String newName) {
        return edits.rename(name, newName);
    }

    public boolean delete(String name) {
        return edits.delete(name);
    }
}
