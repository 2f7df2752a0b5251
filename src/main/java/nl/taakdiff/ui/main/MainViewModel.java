package nl.taakdiff.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.appraisal.AppraisalViewModel;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.ui.map.MapViewModel;
import nl.taakdiff.ui.present.PresentationViewModel;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.librarypanel.LibraryViewModel;
import nl.taakdiff.ui.tabs.WorkspaceTabs;
import nl.taakdiff.ui.session.EditLabel;
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
    private final WorkbookActions workbooks;
    private final VersionActions versions;
    private final FileActions files;
    private final nl.taakdiff.ui.export.ExportViewModel export;
    private final nl.taakdiff.ui.rebase.RebaseViewModel rebase;
    private nl.taakdiff.ui.rebase.RebaseViewModel.ReportDialog rebaseDialog = preview -> false;

    public MainViewModel(AppContext context) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.library = new LibraryViewModel(session, messages, dialogs, context.jobs());
        this.compare = new CompareViewModel(session, context.jobs(), messages);
        this.map = new MapViewModel(session, compare, context.jobs(), messages, dialogs);
        this.appraisal = new AppraisalViewModel(session, context.jobs(), messages, compare);
        this.tabs = WorkspaceTabs.standard(context, compare, map, appraisal);
        ExploreViewModel explore = WorkspaceTabs.model(tabs, ExploreViewModel.class)
                .orElseThrow(() -> new IllegalStateException("the explore tab is missing"));
        this.presentation = new PresentationViewModel(session, compare, map, appraisal, explore,
                WorkspaceTabs.model(tabs, nl.taakdiff.ui.sensitivity.SensitivityViewModel.class).orElseThrow(
                        () -> new IllegalStateException("the sensitivity tab is missing")), messages);
        map.noticeProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                notice.set(now);
            }
        });
        recent.setAll(context.settings().recentWorkbooks());
        this.workbooks = new WorkbookActions(context, recent);
        this.versions = new VersionActions(context, notice::set);
        this.files = new FileActions(context, notice::set);
        this.export = new nl.taakdiff.ui.export.ExportViewModel(session, compare, context.jobs(), messages, dialogs,
                MainViewModel::version, java.time.Clock.systemDefaultZone());
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

    /** The Restore version dialog; the view sets the real one. */
    public void setRestoreVersionPrompt(nl.taakdiff.ui.versions.RestoreVersionPrompt prompt) {
        versions.setRestorePrompt(prompt);
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
        workbooks.setExitAction(Objects.requireNonNull(action));
    }

    // ---- workbooks, versions, files (see WorkbookActions, VersionActions, FileActions) --------

    /** Opens the default workbook (startup); on failure the demo scenarios open in memory. */
    public void openStartup() {
        workbooks.openStartup();
    }

    /** Opens the workbook the app was started with; on failure the default one. */
    public void openStartup(Path workbook) {
        workbooks.openStartup(workbook);
    }

    public void newWorkbook() {
        workbooks.newWorkbook();
    }

    public void openWorkbook() {
        workbooks.openWorkbook();
    }

    public void openWorkbook(Path path) {
        workbooks.openWorkbook(path);
    }

    /** Closes the workbook after the queued writes, then leaves. */
    public void exit() {
        workbooks.exit();
    }

    public void saveVersion() {
        versions.saveVersion();
    }

    /** Lists the versions of the current scenario and restores the chosen one (undoable). */
    public void restoreVersion() {
        versions.restoreVersion();
    }

    public void importAllocation() {
        files.importAllocation();
    }

    public void importOverrides() {
        files.importOverrides();
    }

    /** Imports a file into the current scenario: all or nothing, problems in a dialog. */
    public void importFile(Path path, boolean allocation) {
        files.importFile(path, allocation);
    }

    /** The Export dialog's state; the view opens the dialog (File > Export…, Ctrl+E). */
    public nl.taakdiff.ui.export.ExportViewModel export() {
        return export;
    }

    // ---- undo --------------------------------------------------------------------------------

    public void undo() {
        session.history().undo();
    }

    public void redo() {
        session.history().redo();
    }

    /** "Undo set level to Region" or plain "Undo". */
    public String undoText(EditLabel next) {
        return next == null ? messages.get("edit.undo") : messages.get("edit.undoWhat", describe(next));
    }

    public String redoText(EditLabel next) {
        return next == null ? messages.get("edit.redo") : messages.get("edit.redoWhat", describe(next));
    }

    private String describe(EditLabel label) {
        return messages.get(label.key(), label.arguments());
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
                messages.get("store.failed.header", failure.scenarioName(), ErrorTexts.of(failure.error(), messages)),
                messages.get("store.failed.keep"));
    }
}
