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
 * The full-screen stage of presentation mode. It opens on a second screen when one is attached
 * (the main window stays where it is), otherwise on the main window's screen. Right, Down, Space,
 * Page Down and Enter go forward; Left, Up, Page Up and Backspace go back; Home and End jump; Esc
 * or F11 leave, after which the main window has the focus again.
 */
public final class PresentationWindow {
    private final PresentationViewModel model;
    private final Stage owner;
    private final String stylesheet;
    private Stage stage;
    private PresentationView view;
    private boolean leaving;

    public PresentationWindow(PresentationViewModel model, Stage owner, String stylesheet) {
        this.model = Objects.requireNonNull(model, "model");
        this.owner = owner;
        this.stylesheet = stylesheet;
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
        List<Screen> screens = Screen.getScreens();
        double cx = owner == null ? 0 : owner.getX() + owner.getWidth() / 2;
        double cy = owner == null ? 0 : owner.getY() + owner.getHeight() / 2;
        int primary = Math.max(0, screens.indexOf(Screen.getPrimary()));
        Screen screen = screens.isEmpty() ? Screen.getPrimary()
                : screens.get(chooseScreen(screens.stream().map(Screen::getBounds).toList(), cx, cy, primary));
        Rectangle2D bounds = screen.getBounds();

        view = new PresentationView(model);
        Scene scene = new Scene(view.root(), bounds.getWidth(), bounds.getHeight());
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getStylesheets().add(nl.taakdiff.ui.common.PaletteStyles.stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::released);
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
    }

    private void key(KeyEvent e) {
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
        if (stage != null && stage.isShowing()) {
            stage.close();
        }
    }

    private void hidden() {
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
