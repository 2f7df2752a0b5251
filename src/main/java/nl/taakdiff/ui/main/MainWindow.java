package nl.taakdiff.ui.main;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.taakdiff.ui.present.PresentationWindow;
import nl.taakdiff.ui.workspace.AppContext;

/**
 * The main window: owns the long-lived {@link MainViewModel} and rebuilds its {@link MainView}
 * when the language changes (view models, the selected tab and all data stay).
 */
public final class MainWindow {
    public static final String STYLESHEET = "/nl/taakdiff/ui/taakdiff.css";
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final AppContext context;
    private final Stage stage;
    private final MainViewModel model;
    private MainView view;
    private PresentationWindow presentation;
    private nl.taakdiff.ui.present.Screens screens = nl.taakdiff.ui.present.Screens.system();
    private Scene scene;
    private WorkspaceMemory memory;

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        this.model = new MainViewModel(context);
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    /** Builds the scene and shows the window; {@code onExit} runs after the workbook is closed. */
    public void show(Runnable onExit) {
        model.setExitAction(Objects.requireNonNull(onExit));
        long t0 = System.nanoTime();
        memory = new WorkspaceMemory(context.settings().workspace());
        view = new MainView(model, memory.lastTab());
        followTab();
        if (Boolean.getBoolean("taakdiff.timing")) {
            System.out.println("timing: main view built in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
        // a first start on a small screen (a 1024×768 beamer laptop) opens a window that fits it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(view.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.getStylesheets().add(nl.taakdiff.ui.common.PaletteStyles.stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        memory.restoreAndFollow(stage);
        memory.follow(context.session(), model.compare());
        addIcons(stage);
        updateTitle();
        context.messages().localeProperty().addListener((obs, old, now) -> rebuild());
        context.session().locationProperty().addListener((obs, old, now) -> updateTitle());
        model.presentation().showingProperty().addListener((obs, old, now) -> present(now));
        stage.setOnCloseRequest(e -> {
            e.consume();
            model.exit();
        });
        stage.show();
    }

    /** The app's icon in the sizes window managers and task bars pick from. */
    static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                    MainWindow.class.getResource("/nl/taakdiff/ui/icons/taakdiff-" + size + ".png")).toExternalForm()));
        }
    }

    /** The screens presentation mode chooses from; tests make up a laptop and a projector. */
    public void useScreens(nl.taakdiff.ui.present.Screens screens) {
        this.screens = Objects.requireNonNull(screens, "screens");
    }

    /** The presentation stage while presentation mode is on, else null. */
    public PresentationWindow presentation() {
        return presentation != null && presentation.isShowing() ? presentation : null;
    }

    private void present(boolean on) {
        if (on) {
            if (presentation == null || !presentation.isShowing()) {
                presentation = new PresentationWindow(model.presentation(), stage, scene.getStylesheets().get(0),
                        screens);
            }
            presentation.show();
        } else if (presentation != null) {
            presentation.close();
            presentation = null;
        }
    }

    /** Replaces the view by a new one in the current language. */
    public void rebuild() {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::rebuild);
            return;
        }
        String tab = view.selectedTabId();
        view.dispose();
        view = new MainView(model, tab);
        followTab();
        scene.setRoot(view.root());
        updateTitle();
    }

    private void followTab() {
        view.selectedTabProperty().addListener((obs, old, now) -> memory.rememberTab(now == null ? null : now.getId()));
    }

    private void updateTitle() {
        var library = context.session().library();
        String name = library == null ? "" : (library.path() != null ? library.path().getFileName().toString()
                : library.location()) + " — ";
        stage.setTitle(name + context.messages().get("app.title"));
    }
}
