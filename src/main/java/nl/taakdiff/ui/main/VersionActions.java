package nl.taakdiff.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.library.ScenarioVersion;
import nl.taakdiff.ui.session.EditLabel;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.workspace.AppContext;

/** Save version (Ctrl+S) and Restore version: named snapshots of the current scenario. */
final class VersionActions {
    private final AppContext context;
    private final Session session;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<String> notice;

    VersionActions(AppContext context, Consumer<String> notice) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.notice = notice;
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

    /** Lists the versions of the current scenario and restores the chosen one (undoable). */
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
            java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withLocale(messages.locale())
                    .withZone(java.time.ZoneId.systemDefault());
            dialogs.choose(messages.get("version.restore.title"), messages.get("version.restore.header", current.name()),
                    versions, v -> v.label() + " — " + time.format(v.savedAt()))
                    .ifPresent(chosen -> restore(open, current, chosen));
        }, error -> dialogs.showError(messages.get("version.restore.title"), ErrorTexts.of(error, messages),
                messages.get("store.failed.advice")));
    }

    private void restore(ScenarioLibrary open, Scenario current, ScenarioVersion version) {
        context.jobs().store(messages.get("status.loading"), () -> open.version(version), restored -> {
            Scenario now = session.scenario(current.name()).orElse(null);
            if (now != null && session.replace(now, restored.withName(now.name()),
                    EditLabel.of("command.restore", version.label()))) {
                notice.accept(messages.get("version.restored", version.label()));
            }
        }, error -> dialogs.showError(messages.get("version.restore.title"), ErrorTexts.of(error, messages),
                messages.get("store.failed.advice")));
    }
}
