package nl.taakdiff.ui.librarypanel;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.taakdiff.io.DemoDescription;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;

/** The scenario library panel: search, create, duplicate, rename, delete, choose the baseline. */
public final class LibraryViewModel {
    private final Session session;
    private final Messages messages;
    private final DialogService dialogs;
    private final Jobs jobs;
    private NewScenarioPrompt newScenarioPrompt = form -> Optional.empty();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<Scenario> visible;

    public LibraryViewModel(Session session, Messages messages, DialogService dialogs, Jobs jobs) {
        this.session = session;
        this.messages = messages;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.visible = new FilteredList<>(session.scenarios(), s -> true);
        search.addListener((obs, old, now) -> {
            String wanted = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(wanted.isEmpty() ? s -> true
                    : s -> s.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || description(s).toLowerCase(Locale.ROOT).contains(wanted));
        });
    }

    /** A scenario's description as the library shows it: a shipped one in the UI's language. */
    public String description(Scenario scenario) {
        return DemoDescription.shown(scenario.description(), messages.locale());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The scenarios that match the search, in workbook order. */
    public ObservableList<Scenario> scenarios() {
        return visible;
    }

    public StringProperty selectedNameProperty() {
        return session.currentNameProperty();
    }

    public StringProperty baselineNameProperty() {
        return session.baselineNameProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    public boolean isDifferentiated(Scenario scenario) {
        return Scenarios.isDifferentiated(scenario);
    }

    /** The dialog that asks for a new scenario's name, template and description; the view sets the real one. */
    public void setNewScenarioPrompt(NewScenarioPrompt prompt) {
        this.newScenarioPrompt = java.util.Objects.requireNonNull(prompt, "prompt");
    }

    /**
     * Asks for a new scenario (name, template, description) and adds it as one undoable edit. The
     * workbook's current situation is read on the store thread first, so the dialog can offer it.
     */
    public void create() {
        ScenarioLibrary open = session.library();
        if (!session.isEditable() || open == null) {
            return;
        }
        jobs.store(messages.get("status.loading"), open::currentSituation,
                situation -> ask(open, situation), error -> ask(open, Optional.empty()));
    }

    private void ask(ScenarioLibrary open, Optional<Scenario> currentSituation) {
        if (open != session.library() || !session.isEditable()) {
            return;
        }
        newScenarioPrompt.ask(new NewScenarioForm(session, messages, currentSituation))
                .ifPresent(created -> session.addScenario(created, "command.create"));
    }

    public void duplicate() {
        String name = selectedNameProperty().get();
        if (!session.isEditable() || name == null) {
            return;
        }
        String proposal = Scenarios.uniqueName(messages.get("library.copyName", name), session.names());
        askName("library.duplicate.title", "library.duplicate.header", proposal, null)
                .ifPresent(newName -> session.duplicate(name, newName));
    }

    public void rename() {
        String name = selectedNameProperty().get();
        if (!session.isEditable() || name == null) {
            return;
        }
        askName("library.rename.title", "library.rename.header", name, name)
                .filter(newName -> !newName.equals(name))
                .ifPresent(newName -> session.rename(name, newName));
    }

    /** Changes the selected scenario's description, as one undoable edit. */
    public void describe() {
        String name = selectedNameProperty().get();
        Optional<Scenario> scenario = name == null ? Optional.empty() : session.scenario(name);
        if (!session.isEditable() || scenario.isEmpty()) {
            return;
        }
        String shown = description(scenario.get());
        dialogs.askText(messages.get("library.describe.title"), messages.get("library.describe.header", name), shown)
                .map(String::strip)
                // an unchanged text keeps the stored one (a shipped description stays in both languages)
                .filter(text -> !text.equals(shown))
                .ifPresent(text -> session.replace(scenario.get(), scenario.get().withDescription(text),
                        nl.taakdiff.ui.session.EditLabel.of("command.describe", name)));
    }

    public void delete() {
        String name = selectedNameProperty().get();
        if (!session.isEditable() || name == null) {
            return;
        }
        if (dialogs.confirm(messages.get("library.delete.title"), messages.get("library.delete.header", name),
                messages.get("library.delete.text"))) {
            session.delete(name);
        }
    }

    public void useAsBaseline() {
        String name = selectedNameProperty().get();
        if (name != null) {
            session.baselineNameProperty().set(name);
        }
    }

    /** Asks for a name until it is usable or the user cancels. */
    private Optional<String> askName(String titleKey, String headerKey, String proposal, String renaming) {
        String initial = proposal;
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<String> answer = dialogs.askText(messages.get(titleKey), messages.get(headerKey), initial);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            String name = answer.get().strip();
            Optional<String> problem = session.nameProblem(name, renaming);
            if (problem.isEmpty()) {
                return Optional.of(name);
            }
            dialogs.showError(messages.get(titleKey), messages.get(problem.get(), name),
                    messages.get("name.problem.advice"));
            initial = name;
        }
        return Optional.empty();
    }
}
