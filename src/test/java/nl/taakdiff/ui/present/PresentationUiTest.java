package nl.taakdiff.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.map.MapCanvas;
import nl.taakdiff.ui.map.MapViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window (headless): F11, every slide by keyboard, Esc back to the window. */
class PresentationUiTest extends WithMainWindow {
    @AfterEach
    void closePresentation() {
        app.onFx(() -> {
            if (app.window.presentation() != null) {
                app.window.presentation().close();
            }
            return null;
        });
    }

    private void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return app.onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private boolean presenting() {
        return app.window.presentation() != null && app.window.presentation().stage().isShowing();
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f11OpensFullScreenArrowKeysStepThroughEverySlideAndEscLeaves(FxRobot robot) {
        app.settle();
        waitUntil("the map shapes are loaded", () -> app.window.model().map().shapes() != null);
        robot.clickOn("#workspace-tabs");
        key(robot, KeyCode.F11);
        waitUntil("the presentation is open", this::presenting);
        Stage stage = app.onFx(() -> app.window.presentation().stage());
        assertThat(app.onFx(stage::isFullScreen)).isTrue();
        assertThat(app.onFx(() -> robot.lookup(".menu-bar").queryAll().stream()
                .noneMatch(n -> n.getScene().getWindow() == stage))).as("no editing in the presentation").isTrue();

        PresentationViewModel deck = app.onFx(() -> app.window.model().presentation());
        int count = app.onFx(deck::count);
        assertThat(count).as("nine slides, then the assumptions on as many screens as they need")
                .isEqualTo(9 + app.onFx(() -> deck.assumptionParts().size()));

        // 1: the title slide: study, scenarios, data set, date
        assertThat(text(robot, "#slide-title")).isEqualTo("test");
        assertThat(text(robot, "#slide-counter")).isEqualTo("1 / " + count);
        assertThat(text(robot, "#slide-title-baseline")).isEqualTo("Huidige situatie (uniform)");
        assertThat(text(robot, "#slide-title-alternatives")).isEqualTo("Gedifferentieerd naar schaal");
        var dataset = app.onFx(() -> app.window.model().session().study().dataset());
        assertThat(text(robot, "#slide-title-dataset")).startsWith(dataset.name() + ": "
                + String.format(java.util.Locale.ENGLISH, "%,d", dataset.municipalities().size()) + " municipalities, ");
        assertThat(text(robot, "#slide-title-date")).isEqualTo(java.time.LocalDate.now().format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(app.onFx(() -> app.window.model().messages().locale()))));

        // 2: the options side by side
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-title")).isEqualTo("The options side by side");
        assertThat(text(robot, "#slide-counter")).isEqualTo("2 / " + count);
        assertThat(text(robot, "#slide-kpi-total_cost-baseline")).startsWith("€").endsWith(" bn");
        assertThat(text(robot, "#slide-kpi-total_cost-0")).startsWith("€");
        assertThat(text(robot, "#slide-kpi-task_packages-delta-0")).startsWith("+");

        // 3: the change per size class as labelled bars of the differences
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-title")).isEqualTo("Change per inhabitant, by size class");
        ClassDeltaChart chart = app.onFx(() -> robot.lookup("#slide-chart").queryAs(ClassDeltaChart.class));
        var comparison = app.onFx(() -> app.window.model().compare().result().comparisons().get(0));
        var formats = app.onFx(() -> app.window.model().messages().formats());
        assertThat(app.onFx(chart::valueLabels)).containsExactlyElementsOf(comparison.classes().stream()
                .map(c -> formats.delta(nl.taakdiff.engine.Unit.MONEY, c.deltaPerInhabitant(), false)).toList());

        // 4: the map, coloured as on the Map tab, with no municipality outlined
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("On the map: Change in cost per inhabitant");
        MapCanvas map = app.onFx(() -> app.window.presentation().view().mapCanvas());
        assertThat(map).isNotNull();
        var expected = MapColouring.costChange(comparison);
        assertThat(app.onFx(() -> map.fillOf("GM0088"))).isEqualTo(MapCanvas.fx(expected.colourOf("GM0088")));
        assertThat(app.onFx(() -> robot.lookup("#slide-legend").query() != null)).isTrue();
        waitUntil("the slide map is drawn", () -> map.draws() > 0 && map.getWidth() > 300);

        // 5: winners and losers
        key(robot, KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#slide-title")).isEqualTo("Biggest winners and losers");
        Node winners = app.onFx(() -> robot.lookup("#slide-winners").query());
        assertThat(app.onFx(() -> robot.from(winners).lookup((Label l) -> "Schiermonnikoog".equals(l.getText()))
                .tryQuery().isPresent())).isTrue();
        assertThat(app.onFx(() -> robot.lookup("#slide-losers").query() != null)).isTrue();

        // 6: the appraisal; the arrows move the focused weight and the ranking follows
        key(robot, KeyCode.DOWN);
        assertThat(text(robot, "#slide-title")).isEqualTo("Weighing the options");
        assertThat(text(robot, "#slide-counter")).isEqualTo("6 / " + count);
        assertThat(text(robot, "#slide-rank-1-name")).isEqualTo("Huidige situatie (uniform)");
        for (int i = 0; i < 8; i++) {
            key(robot, KeyCode.RIGHT);
        }
        assertThat(app.onFx(() -> app.window.model().appraisal().criteria().get(0).weightProperty().get()))
                .isEqualTo(5.0);
        assertThat(text(robot, "#slide-rank-1-name")).isEqualTo("Gedifferentieerd naar schaal");
        assertThat(text(robot, "#slide-counter")).isEqualTo("6 / " + count);

        // 7: the best allocation against capacity risk, and the price of uniformity
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("The best allocation: cost against capacity risk");
        waitUntil("the exploration is on the slide", () -> app.window.model().presentation().explore().result() != null
                && robot.lookup("#slide-uniformity").tryQuery().isPresent());
        assertThat(text(robot, "#slide-uniformity")).startsWith("Price of uniformity: €");
        assertThat(app.onFx(() -> robot.lookup("#slide-frontier").queryAs(javafx.scene.chart.ScatterChart.class)
                .getData().size())).isEqualTo(4);

        // 8: the tornado of the difference in total cost
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("Which assumption decides? Total cost");
        waitUntil("the tornado is on the slide", () -> robot.lookup("#slide-tornado").tryQuery().isPresent());

        // 9: the uncertainty of the difference, from draws started when the presentation opened
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).isEqualTo("How sure is the difference?");
        waitUntil("the draws are on the slide", () -> robot.lookup("#slide-readout").tryQuery().isPresent());
        assertThat(text(robot, "#slide-readout")).matches("In \\d+\\.\\d% of the draws the alternative is cheaper\\.");
        assertThat(text(robot, "#slide-draws")).startsWith("10,000 draws, triangular").contains("seed 1");

        // 10 and on: the assumptions, paginated: no screen scrolls
        key(robot, KeyCode.SPACE);
        assertThat(text(robot, "#slide-title")).startsWith("Assumptions");
        assertThat(text(robot, "#slide-counter")).isEqualTo("10 / " + count);
        assertThat(app.onFx(() -> robot.lookup(".scroll-pane").queryAll().stream()
                .noneMatch(n -> n.getScene().getWindow() == stage))).as("no slide scrolls").isTrue();
        assertThat(app.onFx(() -> robot.lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Size classes: below 20,000"))
                .tryQuery().isPresent())).isTrue();
        key(robot, KeyCode.END);
        assertThat(text(robot, "#slide-counter")).isEqualTo(count + " / " + count);
        assertThat(app.onFx(() -> robot.lookup("#slide-tasks").query() != null)).isTrue();

        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-counter")).as("the last slide stays").isEqualTo(count + " / " + count);
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-title")).isEqualTo("The options side by side");
        key(robot, KeyCode.LEFT);
        assertThat(text(robot, "#slide-title")).isEqualTo("test");

        key(robot, KeyCode.ESCAPE);
        waitUntil("the presentation is closed", () -> !presenting());
        assertThat(app.onFx(() -> app.window.model().presentation().isShowing())).isFalse();
        assertThat(app.onFx(() -> app.window.stage().isShowing())).isTrue();
        waitUntil("the main window has the focus", () -> app.window.stage().isFocused());
        assertThat(app.onFx(() -> robot.lookup("#workspace-tabs").query().getScene().getWindow()))
                .isSameAs(app.window.stage());
    }

    @Test
    void theToolbarButtonPresentsInDutch(FxRobot robot) {
        app.settle();
        robot.clickOn("#tool-language");
        app.settle();
        robot.clickOn("#tool-present");
        waitUntil("the presentation is open", this::presenting);
        assertThat(text(robot, "#slide-title-baseline")).isEqualTo("Huidige situatie (uniform)");
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-title")).isEqualTo("De opties naast elkaar");
        assertThat(text(robot, "#slide-kpi-total_cost-baseline")).matches("€ \\d+,\\d\\d mld");
        assertThat(text(robot, "#slide-kpi-direct_control_share-0")).matches("\\d+,\\d%");
        // every screen: no text cut off or past the edge, no chart label rotated or outside its chart
        key(robot, KeyCode.HOME);
        int count = app.onFx(() -> app.window.model().presentation().count());
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int screen = i;
            problems.addAll(app.onFx(() -> {
                var root = app.window.presentation().stage().getScene().getRoot();
                root.applyCss();
                root.layout();
                return nl.taakdiff.ui.LayoutFit.problems(root).stream().map(p -> screen + ": " + p).toList();
            }));
            key(robot, KeyCode.RIGHT);
        }
        assertThat(problems).isEmpty();
        key(robot, KeyCode.END);
        assertThat(text(robot, "#slide-title")).startsWith("Uitgangspunten");
        key(robot, KeyCode.HOME);
        assertThat(text(robot, "#slide-counter")).startsWith("1 / ");
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.RIGHT);
        assertThat(text(robot, "#slide-title")).isEqualTo("Verandering per inwoner, per grootteklasse");
        assertThat(app.onFx(() -> robot.lookup("#slide-chart").queryAs(ClassDeltaChart.class).valueLabels()))
                .isNotEmpty().allSatisfy(label -> assertThat(label).matches("[+\u2212]€ \\d+,\\d\\d|±0"));
        key(robot, KeyCode.ESCAPE);
        waitUntil("the presentation is closed", () -> !presenting());
        assertThat(app.onFx(() -> app.window.stage().isShowing())).isTrue();
    }

    private String title(PresentationView view) {
        return app.onFx(() -> ((Label) view.root().lookup("#slide-title")).getText());
    }

    @Test
    void withASecondScreenTheLaptopShowsThePresenterViewWithTheNextSlideNotesAndClock(FxRobot robot) {
        app.settle();
        Rectangle2D laptop = app.onFx(() -> javafx.stage.Screen.getPrimary().getBounds());
        Rectangle2D projector = new Rectangle2D(laptop.getMaxX(), 0, 1920, 1080);
        app.onFx(() -> {
            app.window.useScreens(Screens.of(List.of(laptop, projector)));
            app.window.model().present();
            return null;
        });
        waitUntil("the presenter view is open", () -> presenting() && app.window.presentation().presenter() != null);
        Stage audience = app.onFx(() -> app.window.presentation().stage());
        Stage laptopStage = app.onFx(() -> app.window.presentation().presenterStage());
        assertThat(app.onFx(audience::getX)).as("the audience screen is the projector").isEqualTo(projector.getMinX());
        assertThat(app.onFx(() -> laptop.contains(laptopStage.getX() + 1, laptopStage.getY() + 1)))
                .as("the presenter view is on the laptop").isTrue();
        PresentationViewModel deck = app.onFx(() -> app.window.model().presentation());
        PresenterView presenter = app.onFx(() -> app.window.presentation().presenter());

        assertThat(title(presenter.current())).isEqualTo("test");
        assertThat(title(presenter.next())).isEqualTo("The options side by side");
        String notes = app.onFx(() -> ((TextArea) laptopStage.getScene().lookup("#presenter-notes")).getText());
        assertThat(notes).isEqualTo(app.onFx(() -> deck.notes(deck.page(0)))).contains("Huidige situatie (uniform)");
        assertThat(app.onFx(() -> ((Label) laptopStage.getScene().lookup("#presenter-clock")).getText()))
                .matches("Time \\d\\d:\\d\\d");
        assertThat(app.onFx(() -> ((Label) laptopStage.getScene().lookup("#presenter-elapsed")).getText()))
                .matches("Elapsed \\d+:\\d\\d");

        key(robot, KeyCode.RIGHT);
        assertThat(title(presenter.current())).isEqualTo("The options side by side");
        assertThat(title(presenter.next())).isEqualTo("Change per inhabitant, by size class");
        assertThat(app.onFx(() -> ((Label) laptopStage.getScene().lookup("#presenter-now")).getText()))
                .isEqualTo("Now: 2 / " + app.onFx(deck::count));
        String optionNotes = app.onFx(() -> ((TextArea) laptopStage.getScene().lookup("#presenter-notes")).getText());
        assertThat(optionNotes).startsWith("Total cost: €").contains(" → ");

        // the presenter's own notes stay with the slide
        app.onFx(() -> {
            TextArea area = (TextArea) laptopStage.getScene().lookup("#presenter-notes");
            area.appendText("Mention the islands.");
            for (var type : List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                javafx.event.Event.fireEvent(area, new javafx.scene.input.KeyEvent(type, "", "", KeyCode.ESCAPE,
                        false, false, false, false));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presenting()).as("Esc in the notes only leaves the notes").isTrue();
        key(robot, KeyCode.RIGHT);
        key(robot, KeyCode.LEFT);
        assertThat(app.onFx(() -> ((TextArea) laptopStage.getScene().lookup("#presenter-notes")).getText()))
                .isEqualTo(optionNotes + "Mention the islands.");

        key(robot, KeyCode.END);
        assertThat(title(presenter.next())).isEqualTo("End of the presentation");
        key(robot, KeyCode.ESCAPE);
        waitUntil("the presentation is closed", () -> !presenting());
        assertThat(app.onFx(laptopStage::isShowing)).isFalse();
    }

    @Test
    void withOneScreenPTogglesThePresenterViewInAWindow(FxRobot robot) {
        app.settle();
        app.onFx(() -> {
            app.window.useScreens(Screens.of(List.of(javafx.stage.Screen.getPrimary().getBounds())));
            app.window.model().present();
            return null;
        });
        waitUntil("the presentation is open", this::presenting);
        assertThat(app.onFx(() -> app.window.presentation().presenter())).as("one screen: no presenter view yet").isNull();
        key(robot, KeyCode.P);
        waitUntil("the presenter view is open", () -> app.window.presentation().presenter() != null);
        PresenterView presenter = app.onFx(() -> app.window.presentation().presenter());
        assertThat(title(presenter.next())).isEqualTo("The options side by side");
        key(robot, KeyCode.P);
        waitUntil("the presenter view is closed", () -> app.window.presentation().presenter() == null);
        assertThat(presenting()).isTrue();
        key(robot, KeyCode.ESCAPE);
        waitUntil("the presentation is closed", () -> !presenting());
    }
}
