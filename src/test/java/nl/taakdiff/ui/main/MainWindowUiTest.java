package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.allocation.AllocationViewModel;
import nl.taakdiff.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless (Monocle), driven like a user would. */
class MainWindowUiTest extends WithMainWindow {
    private String text(FxRobot robot, String query) {
        return app.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private Scenario current() {
        return app.onFx(() -> app.window.model().session().current());
    }

    /** The cell of the last size class in the first task row. */
    private Node lastClassCellOfFirstRow(FxRobot robot) {
        return app.onFx(() -> {
            TableView<?> table = robot.lookup("#allocation-table").queryAs(TableView.class);
            String lastColumn = "class-" + (table.getColumns().size() - 2);
            return robot.from(table).lookup(".level-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                    && c.getIndex() == 0 && lastColumn.equals(c.getTableColumn().getId())).query();
        });
    }

    /** The ids of the tabs whose view has been built (a built tab has content). */
    private java.util.List<String> builtTabs(FxRobot robot) {
        return app.onFx(() -> robot.lookup("#workspace-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> tab.getContent() != null).map(Tab::getId).toList());
    }

    @Test
    void theStartBuildsOnlyTheSelectedTabAndAnotherOneWhenItIsFirstSelected(FxRobot robot) {
        app.awaitIdle();
        assertThat(app.onFx(() -> robot.lookup("#allocation-table").queryAs(TableView.class).getItems()))
                .as("the matrix is on screen").isNotEmpty();
        assertThat(app.onFx(() -> app.window.model().compare().result())).as("the comparison is computed").isNotNull();
        assertThat(builtTabs(robot)).containsExactly("allocation");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        app.awaitIdle();
        assertThat(app.onFx(() -> app.window.view().selectedTabId())).isEqualTo("map");
        assertThat(builtTabs(robot)).containsExactly("allocation", "map");
        assertThat(robot.lookup("#map-canvas").tryQuery()).as("the map view is on screen").isPresent();
    }

    @Test
    void editingACellChangesTheKpisAndUndoBringsThemBack(FxRobot robot) {
        app.settle();
        String before = text(robot, "#kpi-total_cost-0");
        String deltaBefore = text(robot, "#kpi-total_cost-delta-0");
        Level old = app.onFx(() -> nl.taakdiff.ui.tabs.WorkspaceTabs.model(app.window.model().tabs(),
                        nl.taakdiff.ui.allocation.AllocationViewModel.class)
                .map(m -> m.rows().get(0))
                .map(r -> r.cell(r.size() - 1).get().level()).orElseThrow());
        Level wanted = old == Level.STATE ? Level.PROVINCE : Level.STATE;

        robot.clickOn(lastClassCellOfFirstRow(robot));
        robot.type(wanted == Level.STATE ? KeyCode.DIGIT5 : KeyCode.DIGIT4);
        app.settle();
        assertThat(text(robot, "#kpi-total_cost-0")).isNotEqualTo(before);
        assertThat(text(robot, "#kpi-total_cost-delta-0")).isNotEqualTo(deltaBefore);
        assertThat(app.onFx(() -> robot.lookup("#menu-bar").query() != null)).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(text(robot, "#kpi-total_cost-0")).isEqualTo(before);
        assertThat(text(robot, "#kpi-total_cost-delta-0")).isEqualTo(deltaBefore);

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        app.settle();
        assertThat(text(robot, "#kpi-total_cost-0")).isNotEqualTo(before);
    }

    @Test
    void theLevelButtonsSetTheSelectedCells(FxRobot robot) {
        app.settle();
        robot.clickOn(lastClassCellOfFirstRow(robot));
        robot.clickOn("#set-level-province");
        app.settle();
        AllocationViewModel.CellState state = app.onFx(() -> nl.taakdiff.ui.tabs.WorkspaceTabs.model(app.window.model().tabs(),
                        nl.taakdiff.ui.allocation.AllocationViewModel.class)
                .map(m -> m.rows().get(0))
                .map(r -> r.cell(r.size() - 1).get()).orElseThrow());
        assertThat(state.level()).isEqualTo(Level.PROVINCE);
        assertThat(app.onFx(() -> robot.lookup("#status-saved").queryAs(Label.class).getText()))
                .isEqualTo("All changes saved");
    }

    @Test
    void switchingToDutchTranslatesLabelsAndNumbers(FxRobot robot) {
        app.settle();
        assertThat(text(robot, "#kpi-cost_per_inhabitant-0")).startsWith("€").doesNotContain("€ ");
        robot.clickOn("#tool-language");
        app.settle();
        TabPane tabs = robot.lookup("#workspace-tabs").queryAs(TabPane.class);
        assertThat(app.onFx(() -> tabs.getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("Toedeling", "Grootteklassen", "Taken", "Gemeenten", "Vergelijken", "Kaart",
                        "Gevoeligheid", "Afweging", "Verkennen");
        assertThat(app.onFx(() -> robot.lookup("#library-create").queryAs(Button.class).getText()))
                .isEqualTo("Nieuw scenario");
        assertThat(app.onFx(() -> robot.lookup("#tool-new").queryAs(Button.class).getText())).isEqualTo("Nieuwe werkmap");
        String total = text(robot, "#kpi-total_cost-0");
        assertThat(total).matches("€ \\d+,\\d\\d mld");
        assertThat(text(robot, "#kpi-direct_control_share-0")).matches("\\d+,\\d%");
        assertThat(text(robot, "#status-municipalities")).endsWith("342 gemeenten (CBS 2025)");
        assertThat(app.settings.language()).contains(Messages.DUTCH);

        robot.clickOn("#tool-language");
        app.settle();
        assertThat(app.onFx(() -> robot.lookup("#workspace-tabs").queryAs(TabPane.class).getTabs().get(0).getText()))
                .isEqualTo("Allocation");
    }

    @Test
    void aBadImportShowsEveryProblemAndLeavesTheScenarioAlone(FxRobot robot, @TempDir Path dir) throws Exception {
        app.settle();
        Scenario before = current();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "task_code,min_population,level\nJZ-LOK,0,county\nJZ-LOK,abc,region\nNOPE,0,region\n");
        robot.interact(() -> app.window.model().importFile(bad, true));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#problem-list").tryQuery().isPresent());
        String problems = app.onFx(() -> robot.lookup("#problem-list").queryAs(TextArea.class).getText());
        assertThat(problems).contains("bad.csv:2: ").contains("bad.csv:3: ");
        assertThat(problems).doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn("OK");
        app.settle();
        assertThat(current()).isEqualTo(before);
        assertThat(app.onFx(() -> app.window.model().session().history().canUndoProperty().get())).isFalse();
    }

    @Test
    void aGoodImportIsOneUndoableEdit(FxRobot robot, @TempDir Path dir) throws Exception {
        app.settle();
        Scenario before = current();
        StringBuilder csv = new StringBuilder("task_code,min_population,level\n");
        for (var task : app.window.model().session().study().tasks()) {
            csv.append(task.code()).append(",0,state\n");
        }
        Path good = dir.resolve("good.csv");
        Files.writeString(good, csv);
        robot.interact(() -> app.window.model().importFile(good, true));
        app.settle();
        assertThat(current().rules()).allMatch(r -> r.level() == Level.STATE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(current()).isEqualTo(before);
    }

    private void answer(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#dialog-text").queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        robot.clickOn("OK");
        app.settle();
    }

    private java.util.List<String> names(FxRobot robot) {
        return app.onFx(() -> robot.lookup("#scenario-list").queryAs(ListView.class).getItems().stream()
                .map(s -> ((Scenario) s).name()).toList());
    }

    @Test
    void createDuplicateRenameAndDeleteScenarios(FxRobot robot) {
        app.settle();
        robot.clickOn("#library-create");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#new-scenario-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Small towns pool"));
        robot.clickOn("OK");
        app.settle();
        assertThat(names(robot)).contains("Small towns pool");
        assertThat(current().name()).isEqualTo("Small towns pool");

        robot.clickOn("#library-duplicate");
        answer(robot, "Pool copy");
        assertThat(names(robot)).contains("Small towns pool", "Pool copy");

        robot.clickOn("#library-rename");
        answer(robot, "Pool variant");
        assertThat(names(robot)).contains("Pool variant").doesNotContain("Pool copy");

        robot.clickOn("#library-delete");
        robot.clickOn("Yes");
        app.settle();
        assertThat(names(robot)).doesNotContain("Pool variant");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(names(robot)).contains("Pool variant");
    }

    @Test
    void theStatusBarShowsWorkbookStateAndMunicipalities(FxRobot robot) {
        app.settle();
        assertThat(text(robot, "#status-workbook")).isEqualTo("Workbook: " + app.workbook.toAbsolutePath());
        assertThat(text(robot, "#status-saved")).isEqualTo("All changes saved");
        assertThat(text(robot, "#status-municipalities")).isEqualTo("342 municipalities (CBS 2025)");
    }
}
