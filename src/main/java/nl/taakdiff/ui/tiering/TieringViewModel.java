package nl.taakdiff.ui.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.NumberInput;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.EditLabel;

/**
 * The size classes of the current scenario. The analyst edits a draft (one lower bound per class,
 * as typed); the draft is checked while typing and shows how many municipalities and inhabitants
 * fall in each class. Applying it is one undoable edit that also remaps the scenario's rules (see
 * {@link #remap}); an invalid draft is never applied.
 */
public final class TieringViewModel {
    /** A ready-made tiering. */
    public enum Preset {
        /** The four classes of the policy debate: below 20,000, 20,000–50,000, 50,000–100,000, 100,000 and more. */
        POLICY_4(Tiering.of(0, 20_000, 50_000, 100_000)),
        /**
         * CBS gemeentegrootteklassen (the eight classes of "Gebieden in Nederland", e.g. table 82949NED,
         * and the CBS classification "Gemeentegrootte en stedelijkheid"): below 5,000; 5,000–10,000;
         * 10,000–20,000; 20,000–50,000; 50,000–100,000; 100,000–150,000; 150,000–250,000; 250,000 or more.
         */
        CBS_8(Tiering.of(0, 5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000));

        private final Tiering tiering;

        Preset(Tiering tiering) {
            this.tiering = tiering;
        }

        public Tiering tiering() {
            return tiering;
        }
    }

    /** One class of the draft preview: its bounds, municipalities and inhabitants. */
    public record ClassCount(SizeClass sizeClass, int municipalities, long inhabitants) {
    }

    /** One lower bound as typed, with what is wrong with it (empty when fine). */
    public static final class Bound {
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        Bound(String initial) {
            text.set(initial);
        }

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    private final Session session;
    private final Messages messages;
    private final ObservableList<Bound> bounds = FXCollections.observableArrayList();
    private final ObservableList<ClassCount> preview = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private Tiering shown;
    private Tiering draft;

    public TieringViewModel(Session session, Messages messages) {
        this.session = session;
        this.messages = messages;
        session.currentProperty().addListener((obs, old, now) -> scenarioChanged());
        session.studyProperty().addListener((obs, old, now) -> check());
        messages.localeProperty().addListener((obs, old, now) -> reformat());
        scenarioChanged();
    }

    public ObservableList<Bound> bounds() {
        return bounds;
    }

    /** Municipalities and inhabitants per class of the draft; empty while the draft is invalid. */
    public ObservableList<ClassCount> preview() {
        return preview;
    }

    /** What is wrong with the draft, one sentence each. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True when the draft is valid and differs from the scenario's tiering. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    /** The draft as a tiering when it is valid, else null. */
    public Tiering draft() {
        return draft;
    }

    private void scenarioChanged() {
        Scenario scenario = session.current();
        scenarioName.set(scenario == null ? "" : scenario.name());
        Tiering tiering = scenario == null ? null : scenario.tiering();
        if (tiering != null && tiering.equals(shown)) {
            check();
            return;
        }
        shown = tiering;
        setDraft(tiering == null ? List.of() : tiering.lowerBounds());
    }

    private void setDraft(List<Long> values) {
        List<Bound> list = new ArrayList<>();
        for (Long value : values) {
            list.add(newBound(messages.formats().population(value)));
        }
        bounds.setAll(list);
        check();
    }

    private Bound newBound(String text) {
        Bound bound = new Bound(text);
        bound.textProperty().addListener((obs, old, now) -> check());
        return bound;
    }

    /** Rewrites the typed bounds in the new language's format where they are valid numbers. */
    private void reformat() {
        if (draft != null) {
            setDraft(draft.lowerBounds());
        }
    }

    /** Sets the draft to a preset (not applied yet). */
    public void usePreset(Preset preset) {
        setDraft(preset.tiering().lowerBounds());
    }

    /** Goes back to the scenario's tiering. */
    public void reset() {
        setDraft(shown == null ? List.of() : shown.lowerBounds());
    }

    /** Adds a class after the last one (its bound still to be typed). */
    public void addClass() {
        bounds.add(newBound(""));
        check();
    }

    public void removeClass(int index) {
        if (index >= 0 && index < bounds.size() && bounds.size() > 1) {
            bounds.remove(index);
            check();
        }
    }

    /** Checks the draft: every bound a whole number, the first 0, each above the one before. */
    void check() {
        List<String> found = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        NumberInput input = new NumberInput(messages.locale());
        boolean readable = true;
        for (int i = 0; i < bounds.size(); i++) {
            Bound bound = bounds.get(i);
            NumberInput.Result r = input.whole(bound.textProperty().get());
            if (!r.ok()) {
                String message = messages.get("tiering.problem.bound", i + 1,
                        NumberInput.message(messages, r.problem(), true));
                bound.problem.set(message);
                found.add(message);
                readable = false;
                values.add(null);
            } else {
                bound.problem.set("");
                values.add(r.value().longValue());
            }
        }
        if (bounds.isEmpty()) {
            found.add(messages.get("tiering.problem.empty"));
        } else if (readable) {
            if (values.get(0) != 0L) {
                String message = messages.get("tiering.problem.start", messages.formats().population(values.get(0)));
                bounds.get(0).problem.set(message);
                found.add(message);
            }
            for (int i = 1; i < values.size(); i++) {
                if (values.get(i) <= values.get(i - 1)) {
                    String message = messages.get("tiering.problem.order", i + 1,
                            messages.formats().population(values.get(i)), messages.formats().population(values.get(i - 1)));
                    bounds.get(i).problem.set(message);
                    found.add(message);
                }
            }
        }
        Tiering candidate = null;
        if (found.isEmpty()) {
            candidate = new Tiering(values);
            if (!Validator.validateTiering(candidate).isEmpty()) { // the engine's rule is the last word
                Validator.validateTiering(candidate).forEach(p -> found.add(p.message()));
                candidate = null;
            }
        }
        draft = candidate;
        problems.setAll(found);
        valid.set(candidate != null);
        changed.set(candidate != null && !candidate.equals(shown));
        preview.setAll(candidate == null ? List.of() : counts(candidate, session.study().dataset().municipalities()));
    }

    /** Municipalities and inhabitants per class. */
    public static List<ClassCount> counts(Tiering tiering, List<Municipality> municipalities) {
        List<SizeClass> classes = tiering.classes();
        int[] count = new int[classes.size()];
        long[] inhabitants = new long[classes.size()];
        long[] array = tiering.toArray();
        for (Municipality m : municipalities) {
            int c = Tiering.classIndexOf(array, m.population());
            count[c]++;
            inhabitants[c] += m.population();
        }
        List<ClassCount> list = new ArrayList<>();
        for (SizeClass c : classes) {
            list.add(new ClassCount(c, count[c.index()], inhabitants[c.index()]));
        }
        return list;
    }

    /**
     * The scenario on another tiering, still evaluable: each new class takes, for every task, the
     * level of the old class that contained its lower bound. Overrides and everything else stay.
     */
    public static Scenario remap(Scenario scenario, Tiering tiering) {
        Tiering old = scenario.tiering();
        Map<Scenarios.Cell, Level> levels = Scenarios.levels(scenario);
        List<String> taskCodes = new ArrayList<>();
        for (Rule rule : scenario.rules()) {
            if (!taskCodes.contains(rule.taskCode())) {
                taskCodes.add(rule.taskCode());
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (String task : taskCodes) {
            for (Long lower : tiering.lowerBounds()) {
                long oldLower = old.lowerBounds().isEmpty() ? 0 : old.lowerBounds().get(old.classIndexOf(lower));
                Level level = levels.get(new Scenarios.Cell(task, oldLower));
                if (level != null) {
                    rules.add(new Rule(task, lower, level));
                }
            }
        }
        return scenario.withTiering(tiering).withRules(rules);
    }

    /** Applies the draft to the current scenario as one undoable edit; false when it is invalid or unchanged. */
    public boolean apply() {
        Scenario before = session.current();
        if (before == null || draft == null || draft.equals(before.tiering()) || !session.isEditable()) {
            return false;
        }
        Scenario after = remap(before, draft);
        return session.replace(before, after, EditLabel.of("command.tiering", draft.size()));
    }
}
