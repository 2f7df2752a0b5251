package nl.taakdiff.ui.present;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The full-screen stage of presentation mode, and the presenter view. With a second screen the
 * audience sees the slide full screen there and the presenter view opens on the main window's
 * screen; with one screen the slide is full screen and P shows or hides the presenter view in a
 * window. Right, Down, Space, Page Down and Enter go forward; Left, Up, Page Up and Backspace go
 * back; Home and End jump; Esc or F11 leave, after which the main window has the focus again.
 */
public final class PresentationWindow {
    private final PresentationViewModel model;
    private final Stage owner;
    private final String stylesheet;
    private final Screens screens;
    private Stage stage;
    private PresentationView view;
    private Stage presenterStage;
    private PresenterView presenter;
    private Rectangle2D presenterScreen;
    private boolean leaving;
    private double slideWidth = ScaledSlide.DESIGN_MIN_WIDTH;

    public PresentationWindow(PresentationViewModel model, Stage owner, String stylesheet) {
        this(model, owner, stylesheet, Screens.system());
    }

    public PresentationWindow(PresentationViewModel model, Stage owner, String stylesheet, Screens screens) {
        this.model = Objects.requireNonNull(model, "model");
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.screens = Objects.requireNonNull(screens, "screens");
    }

    /** The presenter view's stage while it is shown, else null. */
    public Stage presenterStage() {
        return presenterStage != null && presenterStage.isShowing() ? presenterStage : null;
    }

    public PresenterView presenter() {
        return presenterStage() == null ? null : presenter;
    }

    public Stage stage() {
        return stage;
    }

    public PresentationView view() {
        return view;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /**
     * The screen to present on: the first screen that does not hold the centre of the main window,
     * else the one that does, else the primary screen.
     */
    static int chooseScreen(List<Rectangle2D> screens, double ownerCentreX, double ownerCentreY, int primary) {
        int ownerScreen = -1;
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).contains(ownerCentreX, ownerCentreY)) {
                ownerScreen = i;
                break;
            }
        }
        if (ownerScreen < 0) {
            return primary;
        }
        for (int i = 0; i < screens.size(); i++) {
            if (i != ownerScreen) {
                return i;
            }
        }
        return ownerScreen;
    }

    /** Opens the presentation (once; a second call brings it to the front). */
    public void show() {
        if (isShowing()) {
            stage.toFront();
            return;
        }
        List<Rectangle2D> all = screens.bounds();
        double cx = owner == null ? 0 : owner.getX() + owner.getWidth() / 2;
        double cy = owner == null ? 0 : owner.getY() + owner.getHeight() / 2;
        Rectangle2D bounds;
        int ownerScreen = -1;
        if (all.isEmpty()) {
            bounds = Screen.getPrimary().getBounds();
        } else {
            int audience = chooseScreen(all, cx, cy, screens.primary());
            bounds = all.get(audience);
            ownerScreen = ownerScreen(all, cx, cy);
            presenterScreen = ownerScreen >= 0 && ownerScreen != audience ? all.get(ownerScreen) : null;
        }

        view = new PresentationView(model);
        slideWidth = ScaledSlide.designWidth(bounds.getWidth(), bounds.getHeight());
        ScaledSlide scaled = new ScaledSlide(view.root(), slideWidth, ScaledSlide.DESIGN_HEIGHT);
        scaled.getStyleClass().add("presentation-screen");
        Scene scene = scene(scaled, bounds.getWidth(), bounds.getHeight());
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle(model.messages().get("menu.view.present"));
        if (owner != null) {
            stage.getIcons().setAll(owner.getIcons());
        }
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnHidden(e -> hidden());
        stage.show();
        stage.toFront();
        stage.requestFocus();
        if (presenterScreen != null) {
            showPresenter();
        }
    }

    private Scene scene(javafx.scene.Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getStylesheets().add(nl.taakdiff.ui.common.PaletteStyles.stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::released);
        return scene;
    }

    private static int ownerScreen(List<Rectangle2D> screens, double x, double y) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /** Shows the presenter view, or hides it when it is shown (the P key). */
    public void togglePresenter() {
        if (presenterStage() != null) {
            presenterStage.close();
            stage.requestFocus();
        } else {
            showPresenter();
        }
    }

    private void showPresenter() {
        if (stage == null) {
            return;
        }
        Rectangle2D audience = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        presenter = new PresenterView(model, slideWidth, ScaledSlide.DESIGN_HEIGHT);
        Rectangle2D place = presenterScreen != null ? presenterScreen
                : new Rectangle2D(audience.getMinX() + audience.getWidth() * 0.1, audience.getMinY() + audience.getHeight() * 0.1,
                        audience.getWidth() * 0.8, audience.getHeight() * 0.8);
        Scene scene = scene(presenter.root(), place.getWidth(), place.getHeight());
        presenterStage = new Stage();
        // on one screen the window must stay above the full-screen slide
        if (presenterScreen == null) {
            presenterStage.initOwner(stage);
        }
        presenterStage.setTitle(model.messages().get("presenter.title"));
        if (owner != null) {
            presenterStage.getIcons().setAll(owner.getIcons());
        }
        presenterStage.setScene(scene);
        presenterStage.setX(place.getMinX());
        presenterStage.setY(place.getMinY());
        presenterStage.setWidth(place.getWidth());
        presenterStage.setHeight(place.getHeight());
        PresenterView shown = presenter;
        presenterStage.setOnHidden(e -> shown.dispose());
        presenterStage.show();
        if (presenterScreen != null) {
            presenterStage.setMaximized(true);
        }
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl input) {
            // typing notes: only the page keys turn slides, Esc leaves the notes
            if (e.getCode() == KeyCode.ESCAPE) {
                input.getScene().getRoot().requestFocus();
                e.consume();
                return;
            }
            if (e.getCode() != KeyCode.PAGE_DOWN && e.getCode() != KeyCode.PAGE_UP) {
                return;
            }
        }
        if (e.getCode() == KeyCode.P) {
            togglePresenter();
            e.consume();
            return;
        }
        if (model.slide() == PresentationViewModel.Slide.APPRAISAL && appraisalKey(e)) {
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> model.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case ESCAPE, F11 -> leaving = true;
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** On the appraisal slide the arrows move weights: up and down choose the criterion, left and right move it. */
    private boolean appraisalKey(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> model.focusCriterion(-1);
            case DOWN -> model.focusCriterion(1);
            case LEFT, MINUS, SUBTRACT -> model.nudgeWeight(-0.5);
            case RIGHT, PLUS, ADD, EQUALS -> model.nudgeWeight(0.5);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Leaves when Esc (or F11) is released, so that no key event reaches a closed window. */
    private void released(KeyEvent e) {
        if (leaving && (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11)) {
            leaving = false;
            e.consume();
            model.close();
        }
    }

    /** Closes the presentation stage, if open. */
    public void close() {
        if (presenterStage != null && presenterStage.isShowing()) {
            presenterStage.close();
        }
        if (stage != null && stage.isShowing()) {
            stage.close();
        }
    }

    private void hidden() {
        if (presenterStage != null && presenterStage.isShowing()) {
            presenterStage.close();
        }
        if (view != null) {
            view.dispose();
            view = null;
        }
        model.close();
        if (owner != null) {
            owner.toFront();
            owner.requestFocus();
        }
    }
}
