package nl.taakdiff.ui.library;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.HistoryState;
import nl.taakdiff.store.HistoryStep;

/**
 * A library that lives in memory: for tests, and when no workbook file can be used. Thread-safe.
 * Its undo history behaves as a workbook's journal does: every change is recorded with its label,
 * undo and redo restore the state before and after it, and a new change drops what was undone.
 */
public final class InMemoryScenarioLibrary implements ScenarioLibrary {
    private static final String SCENARIO = "scenario";
    private static final String SCENARIO_EXISTS = "scenario-exists";
    private static final String CATALOGUE = "catalogue";

    private record State(Map<String, Scenario> scenarios, List<ScenarioVersion> versions, List<Task> tasks,
                         Map<String, WeightSet> weightSets) {
    }

    private record Change(String label, State before, State after, HistoryStep undo, HistoryStep redo) {
    }

    private final Deque<Change> done = new ArrayDeque<>();
    private final Deque<Change> undone = new ArrayDeque<>();
    private List<Task> tasks;
    private final String location;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final List<ScenarioVersion> versions = new ArrayList<>();
    private final Map<Long, Scenario> versionContent = new LinkedHashMap<>();
    private boolean readOnly;
    private boolean closed;
    private long nextVersion = 1;
    private int writes;
    private final List<List<Task>> catalogues = new ArrayList<>();
    private final Map<String, WeightSet> weightSets = new LinkedHashMap<>();

    private final Study study;

    public InMemoryScenarioLibrary(String location, List<Scenario> seed) {
        this(location, seed, null);
    }

    /** A library with its own study (like a workbook file has), or null to use the app's. */
    public InMemoryScenarioLibrary(String location, List<Scenario> seed, Study study) {
        this.location = location;
        this.study = study;
        this.tasks = study == null ? null : study.tasks();
        for (Scenario s : seed) {
            scenarios.put(s.name(), s);
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public Study study() {
        return study;
    }

    @Override
    public synchronized boolean isReadOnly() {
        return readOnly;
    }

    public synchronized void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Number of successful writes, for tests. */
    public synchronized int writes() {
        return writes;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private void writable() throws LibraryException {
        if (closed) {
            throw new LibraryException("the workbook is closed");
        }
        if (readOnly) {
            throw new LibraryException("the workbook is read-only");
        }
    }

    @Override
    public synchronized List<Scenario> scenarios() throws LibraryException {
        if (closed) {
            throw new LibraryException("the workbook is closed");
        }
        return List.copyOf(scenarios.values());
    }

    @Override
    public synchronized void save(String previousName, Scenario scenario, String label) throws LibraryException {
        writable();
        State before = state();
        if (previousName == null) {
            if (scenarios.containsKey(scenario.name())) {
                throw new LibraryException("a scenario called " + scenario.name() + " already exists");
            }
            scenarios.put(scenario.name(), scenario);
        } else {
            if (!scenarios.containsKey(previousName)) {
                throw new LibraryException("there is no scenario called " + previousName);
            }
            if (!previousName.equals(scenario.name()) && scenarios.containsKey(scenario.name())) {
                throw new LibraryException("a scenario called " + scenario.name() + " already exists");
            }
            Map<String, Scenario> copy = new LinkedHashMap<>();
            scenarios.forEach((name, s) -> {
                if (name.equals(previousName)) {
                    copy.put(scenario.name(), scenario);
                } else {
                    copy.put(name, s);
                }
            });
            scenarios.clear();
            scenarios.putAll(copy);
            if (!previousName.equals(scenario.name())) {
                versions.replaceAll(v -> v.scenarioName().equals(previousName)
                        ? new ScenarioVersion(v.id(), scenario.name(), v.label(), v.savedAt()) : v);
            }
        }
        writes++;
        if (previousName == null) {
            record(label, before, step(SCENARIO_EXISTS, label, scenario.name(), null),
                    step(SCENARIO_EXISTS, label, null, scenario));
        } else {
            record(label, before, step(SCENARIO, label, scenario.name(), before.scenarios().get(previousName)),
                    step(SCENARIO, label, previousName, scenario));
        }
    }

    @Override
    public synchronized List<WeightSet> weightSets() {
        return List.copyOf(weightSets.values());
    }

    @Override
    public synchronized void saveWeightSet(String previousName, WeightSet set, String label)
            throws LibraryException {
        writable();
        State before = state();
        if (previousName != null) {
            weightSets.remove(previousName);
        }
        weightSets.put(set.name(), set);
        writes++;
        record(label, before, HistoryStep.weightSets(label), HistoryStep.weightSets(label));
    }

    @Override
    public synchronized void deleteWeightSet(String name, String label) throws LibraryException {
        writable();
        State before = state();
        weightSets.remove(name);
        writes++;
        record(label, before, HistoryStep.weightSets(label), HistoryStep.weightSets(label));
    }

    @Override
    public synchronized void saveTasks(List<Task> newTasks, String label) throws LibraryException {
        writable();
        State before = state();
        catalogues.add(List.copyOf(newTasks));
        tasks = List.copyOf(newTasks);
        writes++;
        record(label, before, catalogueStep(label, before.tasks()), catalogueStep(label, tasks));
    }

    /** Every catalogue saved so far, oldest first (the history a workbook keeps), for tests. */
    public synchronized List<List<Task>> savedCatalogues() {
        return List.copyOf(catalogues);
    }

    @Override
    public synchronized void delete(String name, String label) throws LibraryException {
        writable();
        State before = state();
        Scenario removed = scenarios.remove(name);
        if (removed == null) {
            throw new LibraryException("there is no scenario called " + name);
        }
        writes++;
        record(label, before, step(SCENARIO_EXISTS, label, null, removed), step(SCENARIO_EXISTS, label, name, null));
    }

    @Override
    public synchronized void shownWith(Study shown) {
        if (tasks == null && shown != null) {
            tasks = shown.tasks();
        }
    }

    @Override
    public synchronized HistoryState history() {
        return new HistoryState(Optional.ofNullable(done.peek()).map(Change::label),
                Optional.ofNullable(undone.peek()).map(Change::label));
    }

    @Override
    public synchronized Optional<HistoryStep> undo() throws LibraryException {
        writable();
        Change change = done.poll();
        if (change == null) {
            return Optional.empty();
        }
        restore(change.before());
        undone.push(change);
        return Optional.of(change.undo());
    }

    @Override
    public synchronized Optional<HistoryStep> redo() throws LibraryException {
        writable();
        Change change = undone.poll();
        if (change == null) {
            return Optional.empty();
        }
        restore(change.after());
        done.push(change);
        return Optional.of(change.redo());
    }

    private State state() {
        return new State(new LinkedHashMap<>(scenarios), List.copyOf(versions), tasks, new LinkedHashMap<>(weightSets));
    }

    private void restore(State state) {
        scenarios.clear();
        scenarios.putAll(state.scenarios());
        versions.clear();
        versions.addAll(state.versions());
        tasks = state.tasks();
        weightSets.clear();
        weightSets.putAll(state.weightSets());
        writes++;
    }

    private void record(String label, State before, HistoryStep undo, HistoryStep redo) {
        done.push(new Change(label, before, state(), undo, redo));
        undone.clear();
    }

    private static HistoryStep step(String kind, String label, String previousName, Scenario scenario) {
        return new HistoryStep(kind, label, Optional.ofNullable(previousName), Optional.ofNullable(scenario),
                Optional.empty());
    }

    private static HistoryStep catalogueStep(String label, List<Task> catalogue) {
        return new HistoryStep(CATALOGUE, label, Optional.empty(), Optional.empty(), Optional.ofNullable(catalogue));
    }

    @Override
    public synchronized ScenarioVersion saveVersion(String scenarioName, String label) throws LibraryException {
        writable();
        Scenario scenario = scenarios.get(scenarioName);
        if (scenario == null) {
            throw new LibraryException("there is no scenario called " + scenarioName);
        }
        ScenarioVersion version = new ScenarioVersion(nextVersion++, scenarioName, label, Instant.now());
        versions.add(version);
        versionContent.put(version.id(), scenario);
        writes++;
        return version;
    }

    @Override
    public synchronized List<ScenarioVersion> versions(String scenarioName) {
        List<ScenarioVersion> list = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).scenarioName().equals(scenarioName)) {
                list.add(versions.get(i));
            }
        }
        return list;
    }

    @Override
    public synchronized Scenario version(ScenarioVersion version) throws LibraryException {
        Scenario scenario = versionContent.get(version.id());
        if (scenario == null) {
            throw new LibraryException("version " + version.label() + " no longer exists");
        }
        return scenario.withName(version.scenarioName());
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
