package nl.taakdiff.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Overheads;
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
 * <p>Over 500 lines because every kind of edit (levels, overrides, tiering, tasks, scenarios) must
 * change the shared state and queue its journal write in one place, or undo would miss some.
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
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<Scenario> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final StringProperty currentName = new SimpleStringProperty(this, "currentName");
    private final ReadOnlyObjectWrapper<Scenario> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final StringProperty baselineName = new SimpleStringProperty(this, "baselineName");
    private final ReadOnlyObjectWrapper<Scenario> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyObjectWrapper<ScenarioLibrary> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final ReadOnlyIntegerWrapper scenarioRevision = new ReadOnlyIntegerWrapper(this, "scenarioRevision", 0);
    private final StringProperty selectedMunicipality = new SimpleStringProperty(this, "selectedMunicipality");
    private final StringProperty selectedTask = new SimpleStringProperty(this, "selectedTask");
    private final List<BiConsumer<String, String>> renameListeners = new CopyOnWriteArrayList<>();
    private final WorkbookWrites writes;

    public Session(Study study, Jobs jobs, Messages messages) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.writes = new WorkbookWrites(jobs, messages, library::get, editable::get);
        this.history = new UndoHistory(this, writes);
        setStudy(study);
        currentName.addListener((obs, old, now) -> refresh());
        baselineName.addListener((obs, old, now) -> refresh());
    }

    // ---- study -------------------------------------------------------------------------------

    public void setStudy(Study newStudy) {
        evaluator = new Evaluator(newStudy);
        study.set(newStudy);
        String selected = selectedMunicipality.get();
        if (selected != null && newStudy.dataset().municipalities().stream().noneMatch(m -> m.code().equals(selected))) {
            selectedMunicipality.set(null);
        }
        scenarioRevision.set(scenarioRevision.get() + 1);
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
        scenarios.setAll(loaded);
        editable.set(newLibrary != null && !readOnly);
        baselineName.set(defaultBaseline(loaded));
        String firstOther = loaded.stream().map(Scenario::name)
                .filter(n -> !n.equals(baselineName.get())).findFirst().orElse(baselineName.get());
        currentName.set(firstOther);
        refresh();
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

    /** The first uniform scenario, else the first one. */
    static String defaultBaseline(List<Scenario> list) {
        return list.stream().filter(s -> !Scenarios.isDifferentiated(s)).map(Scenario::name).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0).name());
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
        return scenariosView;
    }

    public Optional<Scenario> scenario(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Scenario s : scenarios) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            names.add(s.name());
        }
        return names;
    }

    public StringProperty currentNameProperty() {
        return currentName;
    }

    public ReadOnlyObjectProperty<Scenario> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Scenario current() {
        return current.get();
    }

    public StringProperty baselineNameProperty() {
        return baselineName;
    }

    public ReadOnlyObjectProperty<Scenario> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public Scenario baseline() {
        return baseline.get();
    }

    /** Increments whenever a scenario's content, the set of scenarios or the study changes. */
    public ReadOnlyIntegerProperty scenarioRevisionProperty() {
        return scenarioRevision.getReadOnlyProperty();
    }

    /** Called with (old name, new name) after a scenario is renamed, also by undo and redo. */
    public void addRenameListener(BiConsumer<String, String> listener) {
        renameListeners.add(listener);
    }

    public void removeRenameListener(BiConsumer<String, String> listener) {
        renameListeners.remove(listener);
    }

    /** Undo and redo of the open workbook's history, for the menu and the tool bar. */
    public UndoHistory history() {
        return history;
    }

    /** Why a name cannot be used (a message key), or empty when it can. */
    public Optional<String> nameProblem(String name, String renaming) {
        if (name == null || name.isBlank()) {
            return Optional.of("name.problem.blank");
        }
        String stripped = name.strip();
        if (stripped.length() > 120) {
            return Optional.of("name.problem.long");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("name.problem.control");
        }
        for (Scenario s : scenarios) {
            if (s.name().equalsIgnoreCase(stripped) && !s.name().equals(renaming)) {
                return Optional.of("name.problem.taken");
            }
        }
        return Optional.empty();
    }

    // ---- edits (all undoable) ----------------------------------------------------------------

    private boolean canEdit() {
        return editable.get() && !history.isStepping();
    }

    /** Sets cells of the current scenario; false when nothing changed or editing is not possible. */
    public boolean setLevels(Map<Scenarios.Cell, Level> changes) {
        Scenario before = current();
        if (!canEdit() || before == null || changes.isEmpty()) {
            return false;
        }
        Scenario after = Scenarios.withLevels(before, changes);
        if (after.equals(before)) {
            return false;
        }
        EditLabel label = changes.size() == 1
                ? EditLabel.of("command.setLevel", messages.level(changes.values().iterator().next()))
                : EditLabel.of("command.setLevels", changes.size());
        replaceScenario(label, before, after);
        return true;
    }

    /** Replaces the current scenario's rules (and tiering) with imported ones. */
    public boolean replaceRules(List<Rule> rules, Tiering tiering, String sourceName) {
        Scenario before = current();
        if (!canEdit() || before == null) {
            return false;
        }
        Scenario after = before.withRules(rules).withTiering(tiering);
        replaceScenario(EditLabel.of("command.importAllocation", sourceName), before, after);
        return true;
    }

    public boolean replaceOverrides(List<LevelOverride> overrides, String sourceName) {
        Scenario before = current();
        if (!canEdit() || before == null) {
            return false;
        }
        Scenario after = before.withOverrides(overrides);
        replaceScenario(EditLabel.of("command.importOverrides", sourceName), before, after);
        return true;
    }

    /** Replaces a scenario by another version of it (e.g. a restored version). */
    public boolean replace(Scenario before, Scenario after, EditLabel label) {
        if (!canEdit() || scenario(before.name()).isEmpty()) {
            return false;
        }
        replaceScenario(label, before, after);
        return true;
    }

    /**
     * Replaces the task catalogue (the study's tasks) as one undoable edit and saves it in the
     * workbook; every scenario is evaluated against the new catalogue. False when nothing changed.
     */
    public boolean setTasks(List<Task> tasks, EditLabel label) {
        if (!canEdit() || tasks.equals(study().tasks())) {
            return false;
        }
        List<Task> after = List.copyOf(tasks);
        setStudy(new Study(study().dataset(), after));
        recorded(label, "store.tasks", messages.get("store.catalogue"), lib -> lib.saveTasks(after, label.encode()));
        return true;
    }

    /** A new uniform scenario (every task with the municipalities) on the baseline's tiering. */
    public Optional<Scenario> createScenario(String name) {
        if (!canEdit() || nameProblem(name, null).isPresent()) {
            return Optional.empty();
        }
        Scenario template = baseline() != null ? baseline() : current();
        Tiering tiering = template != null ? template.tiering() : Tiering.DEFAULT;
        Overheads overheads = template != null ? template.overheads() : Overheads.DEFAULT;
        Scenario created = Scenarios.uniform(name.strip(), "", study().tasks(), tiering, Level.MUNICIPALITY, overheads);
        addScenario(EditLabel.of("command.create", created.name()), created);
        return Optional.of(created);
    }

    /** Adds a scenario built elsewhere (e.g. an explorer's proposal) as one undoable edit, and selects it. */
    public Optional<Scenario> addScenario(Scenario scenario, String descriptionKey) {
        if (!canEdit() || nameProblem(scenario.name(), null).isPresent()) {
            return Optional.empty();
        }
        Scenario named = scenario.withName(scenario.name().strip());
        addScenario(EditLabel.of(descriptionKey, named.name()), named);
        return Optional.of(named);
    }

    public Optional<Scenario> duplicate(String name, String newName) {
        Optional<Scenario> source = scenario(name);
        if (!canEdit() || source.isEmpty() || nameProblem(newName, null).isPresent()) {
            return Optional.empty();
        }
        Scenario copy = source.get().withName(newName.strip());
        addScenario(EditLabel.of("command.duplicate", name), copy);
        return Optional.of(copy);
    }

    public boolean rename(String name, String newName) {
        Optional<Scenario> source = scenario(name);
        if (!canEdit() || source.isEmpty() || nameProblem(newName, name).isPresent()
                || name.equals(newName.strip())) {
            return false;
        }
        Scenario renamed = source.get().withName(newName.strip());
        replaceScenario(EditLabel.of("command.rename", name, renamed.name()), source.get(), renamed);
        return true;
    }

    public boolean delete(String name) {
        Optional<Scenario> source = scenario(name);
        if (!canEdit() || source.isEmpty()) {
            return false;
        }
        EditLabel label = EditLabel.of("command.delete", name);
        history.deleting(name, scenarios.indexOf(source.get()), name.equals(baselineName.get()));
        remove(name);
        recorded(label, "store.delete", name, lib -> lib.delete(name, label.encode()));
        return true;
    }

    private void replaceScenario(EditLabel label, Scenario before, Scenario after) {
        put(before.name(), after);
        select(after.name());
        boolean renamed = !before.name().equals(after.name());
        recorded(label, renamed ? "store.rename" : "store.save", after.name(),
                lib -> lib.save(before.name(), after, label.encode()));
    }

    private void addScenario(EditLabel label, Scenario created) {
        history.creating(created.name(), currentName.get());
        add(Integer.MAX_VALUE, created);
        select(created.name());
        recorded(label, "store.create", created.name(), lib -> lib.save(null, created, label.encode()));
    }

    /** An edit made here: undoable at once, and written to the workbook in the background. */
    private void recorded(EditLabel label, String actionKey, String scenarioName, Write write) {
        history.recorded(label);
        writes.run(actionKey, scenarioName, lib -> {
            write.run(lib);
            return Boolean.TRUE;
        }, ok -> { }, () -> { });
    }

    /** A workbook write on the store thread. */
    @FunctionalInterface
    private interface Write {
        void run(ScenarioLibrary library) throws Exception;
    }

    // ---- primitive changes in memory -----------------------------------------------------------

    /** Replaces the scenario called {@code previousName} by {@code scenario}. */
    void put(String previousName, Scenario scenario) {
        int index = indexOf(previousName);
        if (index < 0) {
            throw new IllegalStateException("no scenario called " + previousName);
        }
        scenarios.set(index, scenario);
        boolean renamed = !previousName.equals(scenario.name());
        if (renamed) {
            if (previousName.equals(currentName.get())) {
                currentName.set(scenario.name());
            }
            if (previousName.equals(baselineName.get())) {
                baselineName.set(scenario.name());
            }
            for (BiConsumer<String, String> listener : renameListeners) {
                listener.accept(previousName, scenario.name());
            }
        }
        changed();
    }

    void add(int index, Scenario scenario) {
        scenarios.add(Math.max(0, Math.min(index, scenarios.size())), scenario);
        changed();
    }

    void remove(String name) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("no scenario called " + name);
        }
        scenarios.remove(index);
        if (name.equals(currentName.get())) {
            currentName.set(scenarios.isEmpty() ? null : scenarios.get(Math.min(index, scenarios.size() - 1)).name());
        }
        if (name.equals(baselineName.get())) {
            baselineName.set(defaultBaseline(scenarios));
        }
        changed();
    }

    /** Makes a scenario current (edits, undo and redo do so, so that one sees what changed). */
    void select(String name) {
        if (scenario(name).isPresent()) {
            currentName.set(name);
        }
    }

    int indexOf(String name) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void changed() {
        refresh();
        scenarioRevision.set(scenarioRevision.get() + 1);
    }

    private void refresh() {
        current.set(scenario(currentName.get()).orElse(null));
        baseline.set(scenario(baselineName.get()).orElse(null));
    }
}
