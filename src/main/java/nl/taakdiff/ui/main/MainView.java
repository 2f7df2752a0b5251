package nl.taakdiff.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.model.Study;
import nl.taakdiff.ui.common.LazyTooltip;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.export.ExportDialog;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.librarypanel.LibraryView;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.EditLabel;
import nl.taakdiff.ui.workspace.WorkspaceTab;

/** The main window's content: menus, tool bar, library on the left, tabs, status bar. */
public final class MainView extends View {
    private final MainViewModel model;
    private final Messages messages;
    private final String selectedTab;
    private BorderPane root;
    private MenuBar menuBar;
    private ToolBar toolBar;
    private LibraryView library;
    private static final PseudoClass COMPACT_TABS = PseudoClass.getPseudoClass("compact");
    /** Below this width the tab headers at their normal spacing do not all fit, in either language. */
    private static final double COMPACT_TABS_BELOW = 880;
    private TabPane tabs;
    private final List<View> tabViews = new ArrayList<>();
    private boolean disposed;
    private Menu recentMenu;
    private MenuItem undo;
    private MenuItem redo;
    private Button undoButton;
    private Button redoButton;
    private Label workbook;
    private Label saveState;
    private Label municipalities;
    private Label notice;
    private Label selection;
    private Label work;
    private ProgressIndicator progress;

    public MainView(MainViewModel model, String selectedTab) {
        this.model = model;
        this.messages = model.messages();
        this.selectedTab = selectedTab;
        init();
    }

    @Override
    protected void initializeParts() {
        root = new BorderPane();
        root.setId("main");
        root.getStyleClass().add("main-window");
        library = new LibraryView(model.library(), messages);
        onDispose(library::dispose);
        tabs = new TabPane();
        tabs.setId("workspace-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Tab views are built when first needed: the selected one at once, each other one when it
        // is first selected, so the start builds and lays out only what is on screen.
        for (WorkspaceTab workspaceTab : model.tabs()) {
            tabViews.add(null);
            Tab tab = new Tab(messages.get(workspaceTab.titleKey()));
            tab.setId(workspaceTab.id());
            tabs.getTabs().add(tab);
        }
        menuBar = menus();
        toolBar = toolBar();
        workbook = statusLabel("status-workbook");
        saveState = statusLabel("status-saved");
        municipalities = statusLabel("status-municipalities");
        notice = statusLabel("status-notice");
        selection = statusLabel("status-selection");
        work = statusLabel("status-work");
        progress = new ProgressIndicator();
        progress.setId("status-progress");
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
    }

    private static Label statusLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuBar menus() {
        Session session = model.session();
        recentMenu = new Menu(messages.get("menu.file.recent"));
        recentMenu.setId("menu-recent");
        MenuItem saveVersion = item("menu-save-version", "menu.file.saveVersion", "Shortcut+S", model::saveVersion);
        MenuItem restore = item("menu-restore-version", "menu.file.restoreVersion", "Shortcut+Shift+R",
                model::restoreVersion);
        MenuItem importAllocation = item("menu-import-allocation", "menu.file.importAllocation", "Shortcut+I",
                model::importAllocation);
        MenuItem importOverrides = item("menu-import-overrides", "menu.file.importOverrides", "Shortcut+Shift+I",
                model::importOverrides);
        saveVersion.disableProperty().bind(session.editableProperty().not());
        importAllocation.disableProperty().bind(session.editableProperty().not());
        importOverrides.disableProperty().bind(session.editableProperty().not());
        Menu file = new Menu(messages.get("menu.file"), null,
                item("menu-new", "menu.file.new", "Shortcut+N", model::newWorkbook),
                item("menu-open", "menu.file.open", "Shortcut+O", model::openWorkbook),
                recentMenu,
                new SeparatorMenuItem(),
                saveVersion, restore,
                new SeparatorMenuItem(),
                importAllocation, importOverrides,
                item("menu-rebase", "menu.file.rebase", null, model.rebase()::start),
                new SeparatorMenuItem(),
                item("menu-export", "menu.file.export", "Shortcut+E", this::openExport),
                new SeparatorMenuItem(),
                item("menu-exit", "menu.file.exit", "Shortcut+Q", model::exit));
        file.setId("menu-file");

        undo = item("menu-undo", "edit.undo", "Shortcut+Z", model::undo);
        redo = item("menu-redo", "edit.redo", "Shortcut+Y", model::redo);
        MenuItem redoAlt = item("menu-redo-alt", "edit.redo", "Shortcut+Shift+Z", model::redo);
        redoAlt.setVisible(false);
        MenuItem create = item("menu-scenario-new", "library.create", "Shortcut+Shift+N", model.library()::create);
        MenuItem duplicate = item("menu-scenario-duplicate", "library.duplicate", "Shortcut+D",
                model.library()::duplicate);
        MenuItem rename = item("menu-scenario-rename", "library.rename", null, model.library()::rename);
        MenuItem describe = item("menu-scenario-describe", "library.describe", null, model.library()::describe);
        MenuItem delete = item("menu-scenario-delete", "library.delete", null, model.library()::delete);
        MenuItem baseline = item("menu-scenario-baseline", "library.useAsBaseline", "Shortcut+B",
                model.library()::useAsBaseline);
        for (MenuItem edit : List.of(create, duplicate, rename, describe, delete)) {
            edit.disableProperty().bind(session.editableProperty().not());
        }
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo, redoAlt, new SeparatorMenuItem(),
                create, duplicate, rename, describe, delete, new SeparatorMenuItem(), baseline);
        edit.setId("menu-edit");

        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menu-view");
        int n = 1;
        for (WorkspaceTab workspaceTab : model.tabs()) {
            String id = workspaceTab.id();
            view.getItems().add(item("menu-tab-" + id, workspaceTab.titleKey(), n <= 9 ? "Shortcut+" + n : null,
                    () -> selectTab(id)));
            n++;
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().add(item("menu-present", "menu.view.present", "F11", model::present));
        view.getItems().add(new SeparatorMenuItem());
        Menu language = new Menu(messages.get("menu.language"));
        language.setId("menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem choice = new RadioMenuItem(messages.get("language." + locale.getLanguage()));
            choice.setId("menu-language-" + locale.getLanguage());
            choice.setToggleGroup(languages);
            choice.setSelected(locale.getLanguage().equals(messages.locale().getLanguage()));
            choice.setOnAction(e -> model.setLanguage(locale));
            language.getItems().add(choice);
        }
        view.getItems().add(language);

        Menu help = new Menu(messages.get("menu.help"), null,
                item("menu-about", "menu.help.about", "F1", model::about));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Button toolButton(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.of(button, messages.get(key + ".tooltip"));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The Export dialog, filled from the comparison on screen. */
    private void openExport() {
        new ExportDialog(model.export(), root.getScene() == null ? null : root.getScene().getWindow()).show();
    }

    private ToolBar toolBar() {
        Session session = model.session();
        Button newWorkbook = toolButton("tool-new", "tool.new", model::newWorkbook);
        Button open = toolButton("tool-open", "tool.open", model::openWorkbook);
        Button saveVersion = toolButton("tool-save-version", "tool.saveVersion", model::saveVersion);
        undoButton = toolButton("tool-undo", "tool.undo", model::undo);
        redoButton = toolButton("tool-redo", "tool.redo", model::redo);
        Button importButton = toolButton("tool-import", "tool.import", model::importAllocation);
        Button export = toolButton("tool-export", "tool.export", this::openExport);
        Button present = toolButton("tool-present", "tool.present", model::present);
        saveVersion.disableProperty().bind(session.editableProperty().not());
        importButton.disableProperty().bind(session.editableProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button language = toolButton("tool-language", "tool.language", () -> model.setLanguage(
                messages.isDutch() ? Messages.ENGLISH : Messages.DUTCH));
        ToolBar bar = new ToolBar(newWorkbook, open, saveVersion, new Separator(Orientation.VERTICAL),
                undoButton, redoButton, new Separator(Orientation.VERTICAL), importButton, export,
                new Separator(Orientation.VERTICAL), present, spacer, language);
        bar.setId("tool-bar");
        return bar;
    }

    @Override
    protected void layoutParts() {
        VBox top = new VBox(menuBar, toolBar);
        root.setTop(top);
        // in a narrow window the tab headers move closer together, so that every tab stays in view
        tabs.widthProperty().addListener((o, was, now) ->
                tabs.pseudoClassStateChanged(COMPACT_TABS, now.doubleValue() < COMPACT_TABS_BELOW));
        SplitPane split = new SplitPane(library.root(), tabs);
        split.setId("main-split");
        SplitPane.setResizableWithParent(library.root(), false);
        split.setDividerPositions(0.2);
        root.setCenter(split);
        HBox status = new HBox(14, workbook, sep(), saveState, sep(), municipalities, sep(), selection, notice,
                grow(), progress, work);
        status.setId("status-bar");
        status.getStyleClass().add("status-bar");
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(3, 8, 3, 8));
        notice.setMinWidth(0);
        // a long message takes a second line instead of being cut off
        notice.setWrapText(true);
        workbook.setMinWidth(0);
        workbook.setMaxWidth(420);
        root.setBottom(status);
        if (selectedTab != null) {
            selectTab(selectedTab);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                tabView(model.tabs().get(now.intValue()).id());
            }
        });
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        tabView(model.tabs().get(selected).id());
        // Start on the tabs, not on the first tool button (Enter would make a new workbook) nor on a
        // text field (which would take Ctrl+Z for its own undo instead of the workbook's).
        // Once, and only while nothing else has taken the focus: a later scene change (the window
        // rebuilt, a view moved) must not pull the focus out of a cell being edited.
        tabs.sceneProperty().addListener(new javafx.beans.value.ChangeListener<javafx.scene.Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null) {
                    tabs.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> {
                        javafx.scene.Node owner = scene.getFocusOwner();
                        if (owner == null || owner instanceof javafx.scene.control.ButtonBase) {
                            tabs.requestFocus();
                        }
                    });
                }
            }
        });
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Region grow() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }

    @Override
    protected void bindToModel() {
        java.util.function.Supplier<javafx.stage.Window> window =
                () -> root.getScene() == null ? null : root.getScene().getWindow();
        model.setRebaseDialog(new nl.taakdiff.ui.rebase.FxRebaseDialog(window, messages));
        model.library().setNewScenarioPrompt(new nl.taakdiff.ui.librarypanel.NewScenarioDialog(window, messages));
        model.setRestoreVersionPrompt(new nl.taakdiff.ui.versions.RestoreVersionDialog(window, messages));
        Session session = model.session();
        var commands = session.history();
        undo.disableProperty().bind(commands.canUndoProperty().not());
        redo.disableProperty().bind(commands.canRedoProperty().not());
        undoButton.disableProperty().bind(commands.canUndoProperty().not());
        redoButton.disableProperty().bind(commands.canRedoProperty().not());
        listen(commands.nextUndoProperty(), (obs, old, now) -> updateUndoTexts());
        listen(commands.nextRedoProperty(), (obs, old, now) -> updateUndoTexts());
        updateUndoTexts();

        listenToList(model.recentWorkbooks(), (javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        fillRecent();

        listen(session.locationProperty(), obs -> updateWorkbook());
        updateWorkbook();
        listen(session.saveStateProperty(), obs -> updateSaveState());
        updateSaveState();
        listen(session.studyProperty(), obs -> updateMunicipalities());
        updateMunicipalities();
        notice.textProperty().bind(model.noticeProperty());
        listen(session.selectedMunicipalityProperty(), obs -> selection.setText(model.selectionText()));
        listen(session.studyProperty(), obs -> selection.setText(model.selectionText()));
        selection.setText(model.selectionText());
        work.textProperty().bind(model.jobs().messageProperty());
        progress.visibleProperty().bind(model.jobs().runningProperty().greaterThan(0));
    }

    private void updateUndoTexts() {
        EditLabel nextUndo = model.session().history().nextUndoProperty().get();
        EditLabel nextRedo = model.session().history().nextRedoProperty().get();
        undo.setText(model.undoText(nextUndo));
        redo.setText(model.redoText(nextRedo));
        LazyTooltip.of(undoButton, model.undoText(nextUndo) + " (Ctrl+Z)");
        LazyTooltip.of(redoButton, model.redoText(nextRedo) + " (Ctrl+Y)");
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path path : model.recentWorkbooks()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openWorkbook(path));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void updateWorkbook() {
        String location = model.session().locationProperty().get();
        workbook.setText(location.isEmpty() ? messages.get("status.noWorkbook")
                : messages.get("status.workbook", location));
        LazyTooltip.of(workbook, location.isEmpty() ? null : location);
    }

    private void updateSaveState() {
        Session.SaveState state = model.session().saveStateProperty().get();
        saveState.setText(messages.get("status.save." + state.name().toLowerCase(Locale.ROOT)));
        saveState.getStyleClass().removeIf(c -> c.startsWith("save-"));
        saveState.getStyleClass().add("save-" + state.name().toLowerCase(Locale.ROOT));
    }

    private void updateMunicipalities() {
        Study study = model.session().study();
        int count = study == null ? 0 : study.dataset().municipalities().size();
        municipalities.setText(messages.get("status.municipalities", messages.formats().count(count),
                study == null ? "" : study.dataset().name()));
    }

    /** Selects a tab by its id. */
    public void selectTab(String id) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getId().equals(id)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    /** The tab shown, as it changes. */
    public javafx.beans.value.ObservableValue<Tab> selectedTabProperty() {
        return tabs.getSelectionModel().selectedItemProperty();
    }

    public String selectedTabId() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : tab.getId();
    }

    /** Builds every tab view now (tests, harnesses). */
    public void buildAllTabs() {
        for (WorkspaceTab workspaceTab : model.tabs()) {
            tabView(workspaceTab.id());
        }
    }

    /** The view of a tab, built now if it was not yet; null for an unknown id. */
    public View tabView(String id) {
        for (int i = 0; i < model.tabs().size(); i++) {
            if (model.tabs().get(i).id().equals(id)) {
                View view = tabViews.get(i);
                if (view == null && !disposed) {
                    view = model.tabs().get(i).createView();
                    tabViews.set(i, view);
                    onDispose(view::dispose);
                    tabs.getTabs().get(i).setContent(view.root());
                }
                return view;
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
    }

    @Override
    public Parent root() {
        return root;
    }
}
