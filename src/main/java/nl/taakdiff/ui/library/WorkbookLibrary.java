package nl.taakdiff.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.HistoryState;
import nl.taakdiff.store.HistoryStep;
import nl.taakdiff.store.ScenarioInfo;
import nl.taakdiff.store.VersionInfo;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;

/**
 * A {@link ScenarioLibrary} over a SQLite {@link Workbook}; its undo history is the workbook's
 * journal, so undoing a delete brings the scenario back with its versions. Used only on the store
 * thread.
 */
public final class WorkbookLibrary implements ScenarioLibrary {
    private final Workbook workbook;

    public WorkbookLibrary(Workbook workbook) {
        this.workbook = workbook;
    }

    public Workbook workbook() {
        return workbook;
    }

    private static LibraryException wrap(WorkbookException e) {
        return new LibraryException(e.getMessage(), e);
    }

    @Override
    public String location() {
        return workbook.file().toString();
    }

    @Override
    public Path path() {
        return workbook.file();
    }

    @Override
    public Optional<nl.taakdiff.io.MapGeometry> storedGeometry() throws LibraryException {
        try {
            Optional<String> text = workbook.boundaries();
            return text.isEmpty() ? Optional.empty()
                    : Optional.of(nl.taakdiff.io.MapGeometry.read(text.get(), workbook.file().getFileName() + " (boundaries)"));
        } catch (WorkbookException e) {
            throw wrap(e);
        } catch (java.io.IOException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    @Override
    public boolean isReadOnly() {
        return workbook.isReadOnly();
    }

    @Override
    public Optional<String> readOnlyReason() {
        return workbook.readOnlyReason();
    }

    @Override
    public Optional<java.nio.file.Path> damagedJournal() {
        return workbook.damagedJournal();
    }

    @Override
    public Study study() throws LibraryException {
        try {
            return workbook.study();
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public List<Scenario> scenarios() throws LibraryException {
        try {
            List<Scenario> list = new ArrayList<>();
            for (ScenarioInfo info : workbook.scenarios()) {
                list.add(workbook.scenario(info.name()));
            }
            return list;
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public void save(String previousName, Scenario scenario, String label) throws LibraryException {
        try {
            if (previousName != null) {
                workbook.saveScenario(previousName, scenario, label);
            } else {
                workbook.createScenario(scenario, label);
            }
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public void saveTasks(List<Task> tasks, String label) throws LibraryException {
        try {
            workbook.saveTasks(tasks, label);
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public void delete(String name, String label) throws LibraryException {
        try {
            workbook.deleteScenario(name, label);
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public HistoryState history() throws LibraryException {
        try {
            return workbook.history();
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public Optional<HistoryStep> undo() throws LibraryException {
        try {
            return workbook.undo();
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public Optional<HistoryStep> redo() throws LibraryException {
        try {
            return workbook.redo();
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public ScenarioVersion saveVersion(String scenarioName, String label) throws LibraryException {
        try {
            VersionInfo info = workbook.saveVersion(scenarioName, label);
            return new ScenarioVersion(info.number(), scenarioName, info.label(), info.savedAt());
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public Optional<Scenario> currentSituation() throws LibraryException {
        try {
            return Optional.of(workbook.currentSituation());
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public List<ScenarioVersion> versions(String scenarioName) throws LibraryException {
        try {
            List<ScenarioVersion> list = new ArrayList<>();
            for (VersionInfo info : workbook.versions(scenarioName)) {
                list.add(0, new ScenarioVersion(info.number(), scenarioName, info.label(), info.savedAt()));
            }
            return list;
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public Scenario version(ScenarioVersion version) throws LibraryException {
        try {
            return workbook.version(version.scenarioName(), (int) version.id()).scenario()
                    .withName(version.scenarioName());
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public List<nl.taakdiff.engine.appraisal.WeightSet> weightSets() throws LibraryException {
        try {
            return workbook.weightSets();
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public void saveWeightSet(String previousName, nl.taakdiff.engine.appraisal.WeightSet set, String label)
            throws LibraryException {
        try {
            workbook.saveWeightSet(previousName, set, label);
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public void deleteWeightSet(String name, String label) throws LibraryException {
        try {
            workbook.deleteWeightSet(name, label);
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }

    @Override
    public void close() throws LibraryException {
        try {
            workbook.close();
        } catch (WorkbookException e) {
            throw wrap(e);
        }
    }
}
