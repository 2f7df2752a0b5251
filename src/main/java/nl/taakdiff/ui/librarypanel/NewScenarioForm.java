package nl.taakdiff.ui.librarypanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;

/**
 * The New scenario form: a name (checked while typing), what the scenario starts from and a
 * description. The problem with the name is said at once in the UI's language and the form is
 * only valid without one.
 */
public final class NewScenarioForm {
    /** What a new scenario can start from. */
    public enum Kind {
        /** Every task at the municipality in every size class: a clean start. */
        MUNICIPALITY,
        /** The workbook's current situation (its uniform allocation). */
        CURRENT_SITUATION,
        /** A copy of a scenario of the workbook. */
        COPY
    }

    /** One choice of the template list; {@code source} is the allocation the new scenario copies. */
    public record Template(Kind kind, Scenario source, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Session session;
    private final Messages messages;
    private final List<Template> templates;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>(this, "template");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    /** A form for the session's workbook; {@code currentSituation} as the workbook keeps it, if it does. */
    public NewScenarioForm(Session session, Messages messages, Optional<Scenario> currentSituation) {
        this.session = session;
        this.messages = messages;
        this.templates = templates(currentSituation);
        name.addListener((obs, was, now) -> check());
        name.set(Scenarios.uniqueName(messages.get("library.newName"), session.names()));
        template.set(templates.get(0));
        check();
    }

    private List<Template> templates(Optional<Scenario> currentSituation) {
        List<Template> list = new ArrayList<>();
        list.add(new Template(Kind.MUNICIPALITY, session.municipalityStart(),
                messages.get("newScenario.template.municipality")));
        currentSituation.ifPresent(s -> list.add(new Template(Kind.CURRENT_SITUATION, s,
                messages.get("newScenario.template.currentSituation"))));
        Scenario current = session.current();
        if (current != null) {
            list.add(new Template(Kind.COPY, current, messages.get("newScenario.template.copyCurrent", current.name())));
        }
        for (Scenario s : session.scenarios()) {
            if (current == null || !s.name().equals(current.name())) {
                list.add(new Template(Kind.COPY, s, messages.get("newScenario.template.copy", s.name())));
            }
        }
        return List.copyOf(list);
    }

    private void check() {
        Optional<String> key = session.nameProblem(name.get(), null);
        problem.set(key.map(k -> messages.get(k, name.get() == null ? "" : name.get().strip())).orElse(""));
        valid.set(key.isEmpty());
    }

    /** The templates in the order offered: the clean start first, then the current situation, then copies. */
    public List<Template> templates() {
        return templates;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    /** Why the name cannot be used, in the UI's language; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The scenario to create: the template's allocation under the name, with the description; empty while invalid. */
    public Optional<Scenario> scenario() {
        Template chosen = template.get();
        if (!valid.get() || chosen == null) {
            return Optional.empty();
        }
        String text = description.get() == null ? "" : description.get().strip();
        return Optional.of(chosen.source().withName(name.get().strip()).withDescription(text));
    }
}
