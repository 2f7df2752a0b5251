package nl.taakdiff.ui.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Scenario;

/** A library that lives in memory: for tests, and when no workbook file can be used. Thread-safe. */
public final class InMemoryScenarioLibrary implements ScenarioLibrary {
    private final String location;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final List<ScenarioVersion> versions = new ArrayList<>();
    private final Map<Long, Scenario> versionContent = new LinkedHashMap<>();
    private boolean readOnly;
    private boolean closed;
    private long nextVersion = 1;
    private int writes;
    private final List<List<nl.taakdiff.model.Task>> catalogues = new ArrayList<>();
    private final Map<String, nl.taakdiff.engine.appraisal.WeightSet> weightSets = new LinkedHashMap<>();

    private final nl.taakdiff.model.Study study;

    public InMemoryScenarioLibrary(String location, List<Scenario> seed) {
        this(location, seed, null);
    }

    /** A library with its own study (like a workbook file has), or null to use the app's. */
    public InMemoryScenarioLibrary(String location, List<Scenario> seed, nl.taakdiff.model.Study study) {
        this.location = location;
        this.study = study;
        for (Scenario s : seed) {
            scenarios.put(s.name(), s);
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public nl.taakdiff.model.Study study() {
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
    public synchronized void save(String previousName, Scenario scenario) throws LibraryException {
        writable();
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
    }

    @Override
    public synchronized List<nl.taakdiff.engine.appraisal.WeightSet> weightSets() {
        return List.copyOf(weightSets.values());
    }

    @Override
    public synchronized void saveWeightSet(String previousName, nl.taakdiff.engine.appraisal.WeightSet set)
            throws LibraryException {
        writable();
        if (previousName != null) {
            weightSets.remove(previousName);
        }
        weightSets.put(set.name(), set);
        writes++;
    }

    @Override
    public synchronized void deleteWeightSet(String name) throws LibraryException {
        writable();
        weightSets.remove(name);
        writes++;
    }

    @Override
    public synchronized void saveTasks(List<nl.taakdiff.model.Task> tasks) throws LibraryException {
        writable();
        catalogues.add(List.copyOf(tasks));
        writes++;
    }

    /** Every catalogue saved so far, oldest first (the history a workbook keeps), for tests. */
    public synchronized List<List<nl.taakdiff.model.Task>> savedCatalogues() {
        return List.copyOf(catalogues);
    }

    @Override
    public synchronized void delete(String name) throws LibraryException {
        writable();
        if (scenarios.remove(name) == null) {
            throw new LibraryException("there is no scenario called " + name);
        }
        writes++;
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
