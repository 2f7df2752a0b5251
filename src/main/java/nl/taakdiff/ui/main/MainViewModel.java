package nl.taakdiff.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.DialogService.FileType;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.appraisal.AppraisalViewModel;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.io.export.CsvExport;
import nl.taakdiff.io.export.ExportInput;
import nl.taakdiff.ui.library.LibraryException;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.library.ScenarioVersion;
import nl.taakdiff.ui.map.MapViewModel;
import nl.taakdiff.ui.present.PresentationViewModel;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.librarypanel.LibraryViewModel;
import nl.taakdiff.ui.tabs.WorkspaceTabs;
import nl.taakdiff.ui.undo.Command;
import nl.taakdiff.ui.workspace.AppContext;
import nl.taakdiff.ui.workspace.WorkspaceTab;

/**
 * The menu bar, tool bar and status bar: workbooks, versions, undo/redo, import, export, language,
 * about. Workbook work runs on the store thread; failures end in a dialog that says what happened
 * and what to do.
 */
public final class MainViewModel {
    private final AppContext context;
    private final Session session;
    private final Messages messages;
    private final DialogService dialogs;
    private final LibraryViewModel library;
    private final CompareViewModel compare;
    private final AppraisalViewModel appraisal;
    private final List<WorkspaceTab> tabs;
    private final MapViewModel map;
    private final PresentationViewModel presentation;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Runnable exitAction = () -> { };
    private final nl.taakdiff.ui.rebase.RebaseViewModel rebase;
    private nl.taakdiff.ui.rebase.RebaseViewModel.ReportDialog rebaseDialog = preview -> false;

    public MainViewModel(AppContext context) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.library = new LibraryViewModel(session, messages, dialogs);
        this.compare = new CompareViewModel(session, context.jobs(), messages);
        this.map = new MapViewModel(session, compare, context.jobs(), messages, dialogs);
        this.appraisal = new AppraisalViewModel(session, context.jobs(), messages, compare);
        this.tabs = WorkspaceTabs.standard(context, compare, map, appraisal);
        ExploreViewModel explore = WorkspaceTabs.model(tabs, ExploreViewModel.class)
                .orElseThrow(() -> new IllegalStateException("the explore tab is missing"));
        this.presentation = new PresentationViewModel(session, compare, map, appraisal, explore, messages);
        map.noticeProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                notice.set(now);
            }
        });
        recent.setAll(context.settings().recentWorkbooks());
        session.setFailureHandler(this::storeFailed);
        this.rebase = new nl.taakdiff.ui.rebase.RebaseViewModel(session, context.jobs(), messages, dialogs,
                preview -> rebaseDialog.confirm(preview), this::openWorkbook);
    }

    /** Moving the study to newer data (File menu). */
    public nl.taakdiff.ui.rebase.RebaseViewModel rebase() {
        return rebase;
    }

    /** The dialog that shows the rebase report and asks to confirm; the view sets the real one. */
    public void setRebaseDialog(nl.taakdiff.ui.rebase.RebaseViewModel.ReportDialog dialog) {
        this.rebaseDialog = java.util.Objects.requireNonNull(dialog, "dialog");
    }

    public LibraryViewModel library() {
        return library;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public AppraisalViewModel appraisal() {
        return appraisal;
    }

    /** The map tab's view model (also used by the presentation and the PNG export menu items). */
    public MapViewModel map() {
        return map;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    /** Starts presentation mode (F11); the main window opens the full-screen stage. */
    public void present() {
        presentation.open();
    }

    /** "Selected: Amsterdam (GM0363)" for the status bar, or empty. */
    public String selectionText() {
        String code = session.selectedMunicipality();
        return code == null ? "" : messages.get("status.selected", map.nameOf(code), code);
    }

    public List<WorkspaceTab> tabs() {
        return tabs;
    }

    public Session session() {
        return session;
    }

    public Messages messages() {
        return messages;
    }

    public nl.taakdiff.ui.common.Jobs jobs() {
        return context.jobs();
    }

    public ObservableList<Path> recentWorkbooks() {
        return recent;
    }

    /** A short message for the status bar, e.g. "Version saved". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void setExitAction(Runnable action) {
        this.exitAction = Objects.requireNonNull(action);
    }

    // ---- workbooks ---------------------------------------------------------------------------

    private record Opened(ScenarioLibrary library, List<Scenario> scenarios, boolean readOnly,
                          nl.taakdiff.model.Study study, String readOnlyReason) {
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
                .map(MainViewModel::withExtension)
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
                        opened.readOnlyReason().orElse(""));
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
            if (opened.readOnly()) {
                dialogs.showInformation(messages.get("workbook.readOnly.title"),
                        messages.get("workbook.readOnly.header", opened.library().location(), opened.readOnlyReason()),
                        messages.get("workbook.readOnly.advice"));
            }
        }, error -> {
            dialogs.showError(messages.get("workbook.open.title"),
                    messages.get("workbook.openFailed", path == null ? messages.get("workbook.default") : path.getFileName(),
                            reason(error)),
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

    // ---- versions ----------------------------------------------------------------------------

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
                version -> notice.set(messages.get("version.saved", version.label(), current.name())),
                error -> dialogs.showError(messages.get("version.save.title"),
                        messages.get("version.saveFailed", current.name(), reason(error)),
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
        }, error -> dialogs.showError(messages.get("version.restore.title"), reason(error),
                messages.get("store.failed.advice")));
    }

    private void restore(ScenarioLibrary open, Scenario current, ScenarioVersion version) {
        context.jobs().store(messages.get("status.loading"), () -> open.version(version), restored -> {
            Scenario now = session.scenario(current.name()).orElse(null);
            if (now != null && session.replace(now, restored.withName(now.name()),
                    new Command.Description("command.restore", version.label()))) {
                notice.set(messages.get("version.restored", version.label()));
            }
        }, error -> dialogs.showError(messages.get("version.restore.title"), reason(error),
                messages.get("store.failed.advice")));
    }

    // ---- undo --------------------------------------------------------------------------------

    public void undo() {
        session.commands().undo();
    }

    public void redo() {
        session.commands().redo();
    }

    /** "Undo set level to Region" or plain "Undo". */
    public String undoText(Command next) {
        return next == null ? messages.get("edit.undo") : messages.get("edit.undoWhat", describe(next));
    }

    public String redoText(Command next) {
        return next == null ? messages.get("edit.redo") : messages.get("edit.redoWhat", describe(next));
    }

    private String describe(Command command) {
        return messages.get(command.description().key(), command.description().args());
    }

    // ---- import and export -------------------------------------------------------------------

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
                notice.set(messages.get("import.done", outcome.source(), current.name()));
            }
        }, error -> dialogs.showError(title, messages.get("import.readFailed", path.getFileName(), reason(error)),
                messages.get("import.readFailed.advice")));
    }

    /** Exports the comparison on the Compare tab as CSV (comma, '.' decimals). */
    public void exportComparison() {
        exportComparison(CsvExport.Dialect.STANDARD);
    }

    /** Exports it for Excel with Dutch settings (';', decimal comma, BOM). */
    public void exportComparisonForExcel() {
        exportComparison(CsvExport.Dialect.EXCEL_NL);
    }

    private void exportComparison(CsvExport.Dialect dialect) {
        CompareViewModel.Result result = compare.result();
        if (result == null) {
            dialogs.showInformation(messages.get("export.title"), messages.get("export.nothing"),
                    messages.get("export.nothing.advice"));
            return;
        }
        dialogs.saveFile(messages.get("export.title"), FileType.CSV, messages.get("export.fileName"))
                .ifPresent(path -> exportComparison(path, dialect));
    }

    /**
     * Writes the comparison tables (summary, size classes, municipalities; one set per alternative)
     * next to {@code out}, all or nothing, with the project's CSV export.
     */
    public void exportComparison(Path out, CsvExport.Dialect dialect) {
        CompareViewModel.Result result = compare.result();
        if (result == null) {
            return;
        }
        ExportInput input = ExportInput.of(result.comparisons(), new ExportInput.About(version(),
                java.time.Instant.now(), session.locationProperty().get()));
        Path folder = out.toAbsolutePath().getParent();
        context.jobs().compute(messages.get("status.exporting"), () -> CsvExport.write(input, dialect, out),
                files -> notice.set(messages.get("export.done", files.size(), folder)),
                error -> dialogs.showError(messages.get("export.title"),
                        messages.get("export.failed", folder, reason(error)), messages.get("export.failed.advice")));
    }

    // ---- language and help -------------------------------------------------------------------

    public void setLanguage(Locale locale) {
        context.settings().setLanguage(Messages.supported(locale));
        messages.setLocale(locale);
    }

    public void about() {
        dialogs.showInformation(messages.get("about.title"), messages.get("about.header", version()),
                messages.get("about.text"));
    }

    static String version() {
        String version = MainViewModel.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    // ---- failures ----------------------------------------------------------------------------

    private void storeFailed(Session.StoreFailure failure) {
        dialogs.showError(messages.get("store.failed.title"),
                messages.get("store.failed.header", failure.scenarioName(), reason(failure.error())),
                messages.get("store.failed.keep"));
    }

    /** The cause in plain words, never a stack trace. */
    static String reason(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message;
    }
}
