package nl.taakdiff.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.model.Scenario;

/**
 * The open workbook's scenarios in memory, in workbook order, and which of them is current and
 * which the baseline. The primitive changes here keep both names pointing at a scenario (a rename
 * or removal moves them along) and count every change, so that views know when to recompute.
 */
final class OpenScenarios {
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<Scenario> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final StringProperty currentName = new SimpleStringProperty(this, "currentName");
    private final ReadOnlyObjectWrapper<Scenario> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final StringProperty baselineName = new SimpleStringProperty(this, "baselineName");
    private final ReadOnlyObjectWrapper<Scenario> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "scenarioRevision", 0);
    private final List<BiConsumer<String, String>> renameListeners = new CopyOnWriteArrayList<>();

    OpenScenarios() {
        currentName.addListener((obs, old, now) -> refresh());
        baselineName.addListener((obs, old, now) -> refresh());
    }

    /** Shows another workbook's scenarios; {@link #chooseDefaults()} then picks baseline and current. */
    void load(List<Scenario> loaded) {
        scenarios.setAll(loaded);
    }

    /** The first uniform scenario becomes the baseline, the first other one current. */
    void chooseDefaults() {
        baselineName.set(defaultBaseline(scenarios));
        String firstOther = scenarios.stream().map(Scenario::name)
                .filter(n -> !n.equals(baselineName.get())).findFirst().orElse(baselineName.get());
        currentName.set(firstOther);
        refresh();
    }

    /** The first uniform scenario, else the first one. */
    static String defaultBaseline(List<Scenario> list) {
        return list.stream().filter(s -> !Scenarios.isDifferentiated(s)).map(Scenario::name).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0).name());
    }

    ObservableList<Scenario> view() {
        return scenariosView;
    }

    Optional<Scenario> scenario(String name) {
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

    List<String> names() {
        List<String> names = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            names.add(s.name());
        }
        return names;
    }

    /** Why a name cannot be used (a message key), or empty when it can. */
    Optional<String> nameProblem(String name, String renaming) {
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

    StringProperty currentNameProperty() {
        return currentName;
    }

    ReadOnlyObjectProperty<Scenario> currentProperty() {
        return current.getReadOnlyProperty();
    }

    StringProperty baselineNameProperty() {
        return baselineName;
    }

    ReadOnlyObjectProperty<Scenario> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Something the scenarios are evaluated against changed (e.g. the study). */
    void touched() {
        revision.set(revision.get() + 1);
    }

    void addRenameListener(BiConsumer<String, String> listener) {
        renameListeners.add(listener);
    }

    void removeRenameListener(BiConsumer<String, String> listener) {
        renameListeners.remove(listener);
    }

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
        touched();
    }

    private void refresh() {
        current.set(scenario(currentName.get()).orElse(null));
        baseline.set(scenario(baselineName.get()).orElse(null));
    }
}
