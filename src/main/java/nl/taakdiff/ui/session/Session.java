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
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.undo.Command;
import nl.taakdiff.ui.undo.CommandStack;

/**
 * The state the whole window shares: the study, the open workbook's scenarios, the current and the
 * baseline scenario, and the undo history. Every edit is a {@link Command}: it changes the
 * in-memory scenarios at once (FX thread) and queues the matching workbook write on the store
 * thread, so the UI never waits for SQLite and nothing typed is lost when a write fails.
 * Tabs read the scenarios here and edit them through the methods below.
 *
 * <p>Over 500 lines because it is the single place where every kind of edit is turned into an
 * undoable command and a queued write; splitting it would spread that contract over several classes.
 */
public final class Session {
    /** What the status bar says about the workbook. */
    public enum SaveState { NO_WORKBOOK, SAVED, SAVING, FAILED, READ_ONLY, IN_MEMORY }

    /** A workbook write that failed; {@code actionKey} names the edit for the message. */
    public record StoreFailure(String actionKey, String scenarioName, Throwable error) {
    }

    private final Jobs jobs;
    private final Messages messages;
    private final CommandStack commands = new CommandStack();
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
    private final ReadOnlyObjectWrapper<SaveState> saveState =
            new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.NO_WORKBOOK);
    private final ReadOnlyIntegerWrapper scenarioRevision = new ReadOnlyIntegerWrapper(this, "scenarioRevision", 0);
    private final StringProperty selectedMunicipality = new SimpleStringProperty(this, "selectedMunicipality");
    private final StringProperty selectedTask = new SimpleStringProperty(this, "selectedTask");
    private final List<BiConsumer<String, String>> renameListeners = new CopyOnWriteArrayList<>();
    private Consumer<StoreFailure> failureHandler = failure -> { };
    private int pendingWrites;
    private boolean writeFailed;

    public Session(Study study, Jobs jobs, Messages messages) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
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
        commands.clear();
        pendingWrites = 0;
        writeFailed = false;
        scenarios.setAll(loaded);
        editable.set(newLibrary != null && !readOnly);
        baselineName.set(defaultBaseline(loaded));
        String firstOther = loaded.stream().map(Scenario::name)
                .filter(n -> !n.equals(baselineName.get())).findFirst().orElse(baselineName.get());
        currentName.set(firstOther);
        refresh();
        updateSaveState();
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
        return saveState.getReadOnlyProperty();
    }

    public void setFailureHandler(Consumer<StoreFailure> handler) {
        this.failureHandler = handler == null ? failure -> { } : handler;
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

    public CommandStack commands() {
        return commands;
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
        return editable.get();
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
        Command.Description description = changes.size() == 1
                ? new Command.Description("command.setLevel", messages.level(changes.values().iterator().next()))
                : new Command.Description("command.setLevels", changes.size());
        commands.execute(new ReplaceScenarioCommand(this, description, before, after));
        return true;
    }

    /** Replaces the current scenario's rules (and tiering) with imported ones. */
    public boolean replaceRules(List<Rule> rules, Tiering tiering, String sourceName) {
        Scenario before = current();
        if (!canEdit() || before == null) {
            return false;
        }
        Scenario after = before.withRules(rules).withTiering(tiering);
        commands.execute(new ReplaceScenarioCommand(this,
                new Command.Description("command.importAllocation", sourceName), before, after));
        return true;
    }

    public boolean replaceOverrides(List<LevelOverride> overrides, String sourceName) {
        Scenario before = current();
        if (!canEdit() || before == null) {
            return false;
        }
        Scenario after = before.withOverrides(overrides);
        commands.execute(new ReplaceScenarioCommand(this,
                new Command.Description("command.importOverrides", sourceName), before, after));
        return true;
    }

    /** Replaces a scenario by another version of it (e.g. a restored version). */
    public boolean replace(Scenario before, Scenario after, Command.Description description) {
        if (!canEdit() || scenario(before.name()).isEmpty()) {
            return false;
        }
        commands.execute(new ReplaceScenarioCommand(this, description, before, after));
        return true;
    }

    /**
     * Replaces the task catalogue (the study's tasks) as one undoable edit and saves it in the
     * workbook; every scenario is evaluated against the new catalogue. False when nothing changed.
     */
    public boolean setTasks(List<nl.taakdiff.model.Task> tasks, Command.Description description) {
        List<nl.taakdiff.model.Task> before = study().tasks();
        if (!canEdit() || tasks.equals(before)) {
            return false;
        }
        commands.execute(new SetTasksCommand(this, description, before, List.copyOf(tasks)));
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
        commands.execute(new AddScenarioCommand(this, new Command.Description("command.create", created.name()),
                created));
        return Optional.of(created);
    }

    /** Adds a scenario built elsewhere (e.g. an explorer's proposal) as one undoable edit, and selects it. */
    public Optional<Scenario> addScenario(Scenario scenario, String descriptionKey) {
        if (!canEdit() || nameProblem(scenario.name(), null).isPresent()) {
            return Optional.empty();
        }
        Scenario named = scenario.withName(scenario.name().strip());
        commands.execute(new AddScenarioCommand(this, new Command.Description(descriptionKey, named.name()), named));
        return Optional.of(named);
    }

    public Optional<Scenario> duplicate(String name, String newName) {
        Optional<Scenario> source = scenario(name);
        if (!canEdit() || source.isEmpty() || nameProblem(newName, null).isPresent()) {
            return Optional.empty();
        }
        Scenario copy = source.get().withName(newName.strip());
        commands.execute(new AddScenarioCommand(this,
                new Command.Description("command.duplicate", name), copy));
        return Optional.of(copy);
    }

    public boolean rename(String name, String newName) {
        Optional<Scenario> source = scenario(name);
        if (!canEdit() || source.isEmpty() || nameProblem(newName, name).isPresent()
                || name.equals(newName.strip())) {
            return false;
        }
        Scenario renamed = source.get().withName(newName.strip());
        commands.execute(new ReplaceScenarioCommand(this,
                new Command.Description("command.rename", name, renamed.name()), source.get(), renamed));
        return true;
    }

    public boolean delete(String name) {
        Optional<Scenario> source = scenario(name);
        if (!canEdit() || source.isEmpty()) {
            return false;
        }
        commands.execute(new DeleteScenarioCommand(this, new Command.Description("command.delete", name),
                source.get(), scenarios.indexOf(source.get())));
        return true;
    }

    // ---- primitive changes, used by the commands ----------------------------------------------

    /** Replaces the scenario called {@code previousName} by {@code scenario} and saves it. */
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
        write(renamed ? "store.rename" : "store.save", scenario.name(), lib -> lib.save(previousName, scenario));
    }

    /** Makes {@code tasks} the catalogue and saves it (used by {@link SetTasksCommand}). */
    void putTasks(List<nl.taakdiff.model.Task> tasks) {
        setStudy(new Study(study().dataset(), tasks));
        write("store.tasks", messages.get("store.catalogue"), lib -> lib.saveTasks(tasks));
    }

    void add(int index, Scenario scenario) {
        scenarios.add(Math.max(0, Math.min(index, scenarios.size())), scenario);
        changed();
        write("store.create", scenario.name(), lib -> lib.save(null, scenario));
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
        write("store.delete", name, lib -> lib.delete(name));
    }

    /** Makes a scenario current (commands do so, so that undo shows what it undid). */
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

    /** A workbook write on the store thread. */
    @FunctionalInterface
    interface Write {
        void run(ScenarioLibrary library) throws Exception;
    }

    private void write(String actionKey, String scenarioName, Write write) {
        ScenarioLibrary target = library.get();
        if (target == null) {
            return;
        }
        pendingWrites++;
        updateSaveState();
        jobs.store(messages.get("status.saving"), () -> {
            write.run(target);
            return Boolean.TRUE;
        }, ok -> {
            if (target == library.get()) {
                pendingWrites--;
                updateSaveState();
            }
        }, error -> {
            if (target == library.get()) {
                pendingWrites--;
                writeFailed = true;
                updateSaveState();
                failureHandler.accept(new StoreFailure(actionKey, scenarioName, error));
            }
        });
    }

    private void updateSaveState() {
        SaveState state;
        if (library.get() == null) {
            state = SaveState.NO_WORKBOOK;
        } else if (!editable.get()) {
            state = SaveState.READ_ONLY;
        } else if (writeFailed) {
            state = SaveState.FAILED;
        } else if (pendingWrites > 0) {
            state = SaveState.SAVING;
        } else if (library.get().path() == null) {
            state = SaveState.IN_MEMORY;
        } else {
            state = SaveState.SAVED;
        }
        saveState.set(state);
    }
}
