package nl.taakdiff.ui.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;

/**
 * Every kind of edit (levels, overrides, tiering, tasks, scenarios) in one place: each changes the
 * scenarios in memory at once, becomes the next step to undo and queues its journal write, so that
 * no edit escapes the one history. {@link Session} offers these to the views.
 */
final class ScenarioEdits {
    private final Session session;
    private final OpenScenarios open;
    private final UndoHistory history;
    private final WorkbookWrites writes;
    private final Messages messages;

    ScenarioEdits(Session session, OpenScenarios open, UndoHistory history, WorkbookWrites writes, Messages messages) {
        this.session = session;
        this.open = open;
        this.history = history;
        this.writes = writes;
        this.messages = messages;
    }

    private boolean canEdit() {
        return session.isEditable() && !history.isStepping();
    }

    boolean setLevels(Map<Scenarios.Cell, Level> changes) {
        Scenario before = session.current();
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

    boolean replaceRules(List<Rule> rules, Tiering tiering, String sourceName) {
        Scenario before = session.current();
        if (!canEdit() || before == null) {
            return false;
        }
        Scenario after = before.withRules(rules).withTiering(tiering);
        replaceScenario(EditLabel.of("command.importAllocation", sourceName), before, after);
        return true;
    }

    boolean replaceOverrides(List<LevelOverride> overrides, String sourceName) {
        Scenario before = session.current();
        if (!canEdit() || before == null) {
            return false;
        }
        Scenario after = before.withOverrides(overrides);
        replaceScenario(EditLabel.of("command.importOverrides", sourceName), before, after);
        return true;
    }

    boolean replace(Scenario before, Scenario after, EditLabel label) {
        if (!canEdit() || open.scenario(before.name()).isEmpty()) {
            return false;
        }
        replaceScenario(label, before, after);
        return true;
    }

    boolean setTasks(List<Task> tasks, EditLabel label) {
        if (!canEdit() || tasks.equals(session.study().tasks())) {
            return false;
        }
        List<Task> after = List.copyOf(tasks);
        session.setStudy(new Study(session.study().dataset(), after));
        recorded(label, "store.tasks", messages.get("store.catalogue"), lib -> lib.saveTasks(after, label.encode()));
        return true;
    }

    Optional<Scenario> createScenario(String name) {
        if (!canEdit() || open.nameProblem(name, null).isPresent()) {
            return Optional.empty();
        }
        Scenario created = session.municipalityStart().withName(name.strip());
        addScenario(EditLabel.of("command.create", created.name()), created);
        return Optional.of(created);
    }

    Optional<Scenario> addScenario(Scenario scenario, String descriptionKey) {
        if (!canEdit() || open.nameProblem(scenario.name(), null).isPresent()) {
            return Optional.empty();
        }
        Scenario named = scenario.withName(scenario.name().strip());
        addScenario(EditLabel.of(descriptionKey, named.name()), named);
        return Optional.of(named);
    }

    Optional<Scenario> duplicate(String name, String newName) {
        Optional<Scenario> source = open.scenario(name);
        if (!canEdit() || source.isEmpty() || open.nameProblem(newName, null).isPresent()) {
            return Optional.empty();
        }
        Scenario copy = source.get().withName(newName.strip());
        addScenario(EditLabel.of("command.duplicate", name), copy);
        return Optional.of(copy);
    }

    boolean rename(String name, String newName) {
        Optional<Scenario> source = open.scenario(name);
        if (!canEdit() || source.isEmpty() || open.nameProblem(newName, name).isPresent()
                || name.equals(newName.strip())) {
            return false;
        }
        Scenario renamed = source.get().withName(newName.strip());
        replaceScenario(EditLabel.of("command.rename", name, renamed.name()), source.get(), renamed);
        return true;
    }

    boolean delete(String name) {
        Optional<Scenario> source = open.scenario(name);
        if (!canEdit() || source.isEmpty()) {
            return false;
        }
        EditLabel label = EditLabel.of("command.delete", name);
        history.deleting(name, open.indexOf(name), name.equals(open.baselineNameProperty().get()));
        open.remove(name);
        recorded(label, "store.delete", name, lib -> lib.delete(name, label.encode()));
        return true;
    }

    private void replaceScenario(EditLabel label, Scenario before, Scenario after) {
        open.put(before.name(), after);
        open.select(after.name());
        boolean renamed = !before.name().equals(after.name());
        recorded(label, renamed ? "store.rename" : "store.save", after.name(),
                lib -> lib.save(before.name(), after, label.encode()));
    }

    private void addScenario(EditLabel label, Scenario created) {
        history.creating(created.name(), open.currentNameProperty().get());
        open.add(Integer.MAX_VALUE, created);
        open.select(created.name());
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
}
