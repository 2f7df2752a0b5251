package nl.taakdiff.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.DialogService.FileType;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.workspace.AppContext;

/** Import of allocation and overrides files into the current scenario. */
final class FileActions {
    private final AppContext context;
    private final Session session;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<String> notice;

    FileActions(AppContext context, Consumer<String> notice) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.notice = notice;
    }


    public void importAllocation() {
        importFile(true);
    }

    public void importOverrides() {
        importFile(false);
    }

    private void importFile(boolean allocation) {
        Scenario current = session.current();
        if (current == null || !session.isEditable()) {
            return;
        }
        String title = messages.get(allocation ? "import.allocation.title" : "import.overrides.title");
        dialogs.openFile(title, FileType.CSV).ifPresent(path -> importFile(path, allocation));
    }

    /** Imports a file into the current scenario: all or nothing, problems in a dialog. */
    public void importFile(Path path, boolean allocation) {
        Scenario current = session.current();
        if (current == null || !session.isEditable()) {
            return;
        }
        String title = messages.get(allocation ? "import.allocation.title" : "import.overrides.title");
        var study = session.study();
        CsvSource source = new CsvSource(path.getFileName().toString(), () -> Files.newInputStream(path));
        context.jobs().compute(messages.get("status.importing"), () -> allocation
                ? Imports.allocation(study, current, source) : Imports.overrides(study, current, source), outcome -> {
            if (!outcome.ok()) {
                dialogs.showProblems(title, messages.get("import.refused", outcome.source(), current.name()),
                        outcome.problems());
                return;
            }
            Scenario now = session.scenario(current.name()).orElse(null);
            if (now == null) {
                return;
            }
            boolean done = allocation
                    ? session.replaceRules(outcome.scenario().rules(), outcome.scenario().tiering(), outcome.source())
                    : session.replaceOverrides(outcome.scenario().overrides(), outcome.source());
            if (done) {
                notice.accept(messages.get("import.done", outcome.source(), current.name()));
            }
        }, error -> dialogs.showError(title, messages.get("import.readFailed", path.getFileName(), ErrorTexts.of(error, messages)),
                messages.get("import.readFailed.advice")));
    }
}
