package nl.taakdiff.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.session.EditLabel;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.versions.RestoreVersionModel;
import nl.taakdiff.ui.versions.RestoreVersionPrompt;
import nl.taakdiff.ui.workspace.AppContext;

/** Save version (Ctrl+S) and Restore version: named snapshots of the current scenario. */
final class VersionActions {
    private final AppContext context;
    private final Session session;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<String> notice;
    private RestoreVersionPrompt restorePrompt = model -> Optional.empty();

    VersionActions(AppContext context, Consumer<String> notice) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.notice = notice;
    }


    /** The dialog that shows the versions and what restoring one would change; the view sets the real one. */
    void setRestorePrompt(RestoreVersionPrompt prompt) {
        this.restorePrompt = java.util.Objects.requireNonNull(prompt, "prompt");
    }

    public void saveVersion() {
        Scenario current = session.current();
        ScenarioLibrary open = session.library();
        if (current == null || open == null || !session.isEditable()) {
            return;
        }
        Optional<String> label = dialogs.askText(messages.get("version.save.title"),
                messages.get("version.save.header", current.name()), messages.get("version.save.default"));
        if (label.isEmpty() || label.get().isBlank()) {
            return;
        }
        context.jobs().store(messages.get("status.savingVersion"), () -> open.saveVersion(current.name(), label.get()),
                version -> notice.accept(messages.get("version.saved", version.label(), current.name())),
                error -> dialogs.showError(messages.get("version.save.title"),
                        messages.get("version.saveFailed", current.name(), ErrorTexts.of(error, messages)),
                        messages.get("store.failed.advice")));
    }

    /**
     * Lists the versions of the current scenario with what restoring each would change, and
     * restores the chosen one (undoable).
     */
    public void restoreVersion() {
        Scenario current = session.current();
        ScenarioLibrary open = session.library();
        if (current == null || open == null) {
            return;
        }
        context.jobs().store(messages.get("status.loading"), () -> open.versions(current.name()), versions -> {
            if (versions.isEmpty()) {
                dialogs.showInformation(messages.get("version.restore.title"),
                        messages.get("version.none", current.name()), messages.get("version.none.advice"));
                return;
            }
            restorePrompt.ask(new RestoreVersionModel(open, current, versions, session.evaluator(), context.jobs(),
                    messages)).ifPresent(chosen -> restore(current, chosen));
        }, error -> dialogs.showError(messages.get("version.restore.title"), ErrorTexts.of(error, messages),
                messages.get("store.failed.advice")));
    }

    /** Restores the state the dialog showed; an undoable save like every other edit. */
    private void restore(Scenario current, RestoreVersionModel.Preview chosen) {
        Scenario now = session.scenario(current.name()).orElse(null);
        if (now != null && session.replace(now, chosen.scenario().withName(now.name()),
                EditLabel.of("command.restore", chosen.version().label()))) {
            notice.accept(messages.get("version.restored", chosen.version().label()));
        }
    }
}
