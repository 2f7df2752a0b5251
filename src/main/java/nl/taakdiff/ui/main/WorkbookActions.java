package nl.taakdiff.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.DialogService.FileType;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.LibraryException;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.workspace.AppContext;

/**
 * File > New, Open, Recent and leaving: opening a workbook on the store thread, carrying scenarios
 * over from memory, and saying in a dialog why a workbook could not be opened.
 */
final class WorkbookActions {
    private final AppContext context;
    private final Session session;
    private final Messages messages;
    private final DialogService dialogs;
    private final ObservableList<Path> recent;
    private Runnable exitAction = () -> { };

    WorkbookActions(AppContext context, ObservableList<Path> recent) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.recent = recent;
    }

    void setExitAction(Runnable action) {
        this.exitAction = action;
    }


    private record Opened(ScenarioLibrary library, List<Scenario> scenarios, boolean readOnly,
                          nl.taakdiff.model.Study study, String readOnlyReason,
                          java.util.Optional<Path> damagedJournal) {
    }

    @FunctionalInterface
    private interface Opening {
        ScenarioLibrary open() throws Exception;
    }

    /**
     * Opens the default workbook (startup). When that fails, the dialog says why, and the demo
     * scenarios open in memory so the window is usable; File > New workbook then keeps them.
     */
    public void openStartup() {
        open(() -> context.opener().openDefault(), null, List.of(), this::openInMemory);
    }

    /**
     * Opens the workbook the app was started with (a double-clicked {@code .taakdiff} file). When
     * that fails, the dialog says why and the default workbook opens instead.
     */
    public void openStartup(Path workbook) {
        open(() -> context.opener().open(workbook), workbook, List.of(), this::openStartup);
    }

    private void openInMemory() {
        String location = messages.get("workbook.inMemory");
        open(() -> new nl.taakdiff.ui.library.InMemoryScenarioLibrary(location,
                nl.taakdiff.ui.session.StudySource.bundledScenarios(),
                nl.taakdiff.ui.session.StudySource.bundled().load()), null, List.of(), () -> { });
    }

    public void newWorkbook() {
        dialogs.saveFile(messages.get("workbook.new.title"), FileType.WORKBOOK, messages.get("workbook.new.fileName"))
                .map(WorkbookActions::withExtension)
                .ifPresent(path -> {
                    if (Files.exists(path)) {
                        dialogs.showError(messages.get("workbook.new.title"),
                                messages.get("workbook.exists", path.getFileName()),
                                messages.get("workbook.exists.advice"));
                        return;
                    }
                    ScenarioLibrary current = session.library();
                    List<Scenario> carry = current != null && current.path() == null
                            ? List.copyOf(session.scenarios()) : List.of();
                    open(() -> context.opener().create(path), path, carry, () -> { });
                });
    }

    public void openWorkbook() {
        dialogs.openFile(messages.get("workbook.open.title"), FileType.WORKBOOK).ifPresent(this::openWorkbook);
    }

    public void openWorkbook(Path path) {
        if (!Files.exists(path)) {
            dialogs.showError(messages.get("workbook.open.title"), messages.get("workbook.missing", path),
                    messages.get("workbook.missing.advice"));
            recent.remove(path);
            return;
        }
        open(() -> context.opener().open(path), path, List.of(), () -> { });
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + ".taakdiff");
    }

    /** Opens a library on the store thread; {@code carry} are scenarios to copy into it (kept from memory). */
    private void open(Opening opening, Path path, List<Scenario> carry, Runnable afterFailure) {
        ScenarioLibrary previous = session.library();
        context.jobs().store(messages.get("status.opening"), () -> {
            ScenarioLibrary opened = opening.open();
            try {
                if (!carry.isEmpty()) {
                    java.util.Set<String> present = new java.util.HashSet<>();
                    for (Scenario s : opened.scenarios()) {
                        present.add(s.name());
                    }
                    for (Scenario s : carry) {
                        opened.save(present.contains(s.name()) ? s.name() : null, s);
                    }
                }
                return new Opened(opened, opened.scenarios(), opened.isReadOnly(), opened.study(),
                        opened.readOnlyReason().orElse(""), opened.damagedJournal());
            } catch (LibraryException | RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            session.attach(opened.library(), opened.scenarios(), opened.readOnly(), opened.study());
            if (path != null) {
                context.settings().addRecentWorkbook(path);
                recent.setAll(context.settings().recentWorkbooks());
            }
            if (previous != null && previous != opened.library()) {
                closeQuietly(previous);
            }
            opened.damagedJournal().ifPresent(journal -> dialogs.showError(
                    messages.get("workbook.damagedJournal.title"),
                    messages.get("workbook.damagedJournal.header", journal.getFileName().toString()
                            .replaceFirst("-wal$", ""), journal.getFileName()),
                    messages.get("workbook.damagedJournal.advice")));
            if (opened.readOnly()) {
                dialogs.showInformation(messages.get("workbook.readOnly.title"),
                        messages.get("workbook.readOnly.header", opened.library().location(), opened.readOnlyReason()),
                        messages.get("workbook.readOnly.advice"));
            }
        }, error -> {
            dialogs.showError(messages.get("workbook.open.title"),
                    messages.get("workbook.openFailed", path == null ? messages.get("workbook.default") : path.getFileName(),
                            ErrorTexts.of(error, messages)),
                    messages.get(previous == null ? "workbook.openFailed.adviceNone" : "workbook.openFailed.advice"));
            afterFailure.run();
        });
    }

    private void closeQuietly(ScenarioLibrary library) {
        context.jobs().store("", () -> {
            library.close();
            return null;
        }, ok -> { }, error -> { });
    }

    /** Closes the workbook after the queued writes, then leaves. */
    public void exit() {
        ScenarioLibrary open = session.library();
        context.jobs().store(messages.get("status.closing"), () -> {
            if (open != null) {
                open.close();
            }
            return null;
        }, ok -> exitAction.run(), error -> exitAction.run());
    }
}
