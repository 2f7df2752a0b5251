package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.Screenshots;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.municipalities.MunicipalitiesViewModel;
import nl.taakdiff.ui.tabs.WorkspaceTabs;
import nl.taakdiff.ui.tasks.TasksViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Size classes, Tasks and Municipalities tabs in the real main window, headless. */
class WorkspaceTabsUiTest extends WithMainWindow {
    private void select(FxRobot robot, String id) {
        robot.interact(() -> app.window.view().selectTab(id));
        app.settle();
    }

    private String text(FxRobot robot, String query) {
        return app.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private Scenario current() {
        return app.onFx(() -> app.window.model().session().current());
    }

    private List<Task> tasks() {
        return app.onFx(() -> app.window.model().session().study().tasks());
    }

    private <T> T tab(Class<T> type) {
        return app.onFx(() -> WorkspaceTabs.model(app.window.model().tabs(), type).orElseThrow());
    }

    private void shot(String name) {
        app.onFx(() -> {
            Screenshots.save(app.window.stage().getScene(), name);
            return null;
        });
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
    }

    /** The cell of a task field in the first row, scrolled into view (the range columns make the table wide). */
    private Node taskCell(FxRobot robot, String field) {
        app.onFx(() -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            TableView<Object> table = robot.lookup("#tasks-table").queryAs(TableView.class);
            for (javafx.scene.control.TableColumn<Object, ?> column : table.getVisibleLeafColumns()) {
                if (("tasks-column-" + field).equals(column.getId())) {
                    table.scrollToColumn(column);
                }
            }
            return null;
        });
        app.settle();
        return app.onFx(() -> {
            TableView<?> table = robot.lookup("#tasks-table").queryAs(TableView.class);
            return robot.from(table).lookup(".task-cell").match(n -> n instanceof TableCell<?, ?> c
                    && c.getIndex() == 0 && ("tasks-column-" + field).equals(c.getTableColumn().getId())).query();
        });
    }

    private void typeInto(FxRobot robot, Node cell, String value) {
        robot.doubleClickOn(cell);
        TextField editor = robot.lookup("#task-editor").queryAs(TextField.class);
        robot.interact(editor::selectAll);
        robot.write(value);
    }

    @Test
    void anInvalidTaskFigureIsExplainedAndNotApplied(FxRobot robot) {
        app.settle();
        select(robot, "tasks");
        List<Task> before = tasks();
        String kpi = text(robot, "#kpi-total_cost-0");

        typeInto(robot, taskCell(robot, "unit_cost"), "12.5.3");
        assertThat(text(robot, "#tasks-message")).contains("not a number");
        robot.type(KeyCode.ENTER);
        app.settle();
        // still editing, the typed text kept, nothing applied
        assertThat(app.onFx(() -> robot.lookup("#task-editor").queryAs(TextField.class).getText())).isEqualTo("12.5.3");
        assertThat(text(robot, "#tasks-message")).contains("not a number");
        assertThat(tasks()).isEqualTo(before);
        assertThat(text(robot, "#kpi-total_cost-0")).isEqualTo(kpi);
        shot("tasks-invalid");

        robot.interact(() -> robot.lookup("#tasks-source").query().requestFocus());
        app.settle();
        TasksViewModel.Row row = tab(TasksViewModel.class).rows().get(0);
        assertThat(app.onFx(() -> row.draft(TasksViewModel.Field.UNIT_COST).map(TasksViewModel.Draft::text)))
                .contains("12.5.3");
        assertThat(text(robot, "#tasks-message")).contains("not applied");
        assertThat(tasks()).isEqualTo(before);
        assertThat(app.onFx(() -> app.window.model().session().history().canUndoProperty().get())).isFalse();

        typeInto(robot, taskCell(robot, "unit_cost"), "-4");
        assertThat(text(robot, "#tasks-message")).contains("0 or more");
        robot.type(KeyCode.ESCAPE);
        app.settle();
        assertThat(app.onFx(() -> row.drafts().isEmpty())).isTrue();
        assertThat(tasks()).isEqualTo(before);
    }

    @Test
    void changingATaskFigureChangesTheKpisAndUndoBringsThemBack(FxRobot robot) throws Exception {
        app.settle();
        select(robot, "tasks");
        String total = text(robot, "#kpi-total_cost-0");
        String baseline = text(robot, "#kpi-total_cost-baseline");
        Task first = tasks().get(0);

        typeInto(robot, taskCell(robot, "unit_cost"), "1,234.5");
        robot.type(KeyCode.ENTER);
        app.settle();
        assertThat(tasks().get(0).unitCost()).isEqualTo(1234.5);
        assertThat(text(robot, "#kpi-total_cost-0")).isNotEqualTo(total);
        assertThat(text(robot, "#kpi-total_cost-baseline")).isNotEqualTo(baseline);
        assertThat(app.onFx(() -> ((javafx.scene.control.Labeled) taskCell(robot, "unit_cost")).getText()))
                .isEqualTo("€1,234.50 /inh./yr");
        assertThat(text(robot, "#tasks-source")).isEqualTo(first.source());
        var workbook = ((nl.taakdiff.ui.library.WorkbookLibrary) app.window.model().session().library()).workbook();
        assertThat(workbook.tasks().get(0).unitCost()).isEqualTo(1234.5);
        int history = workbook.catalogueHistory().size();

        undo(robot);
        assertThat(tasks().get(0)).isEqualTo(first);
        assertThat(text(robot, "#kpi-total_cost-0")).isEqualTo(total);
        assertThat(text(robot, "#kpi-total_cost-baseline")).isEqualTo(baseline);
        assertThat(workbook.tasks().get(0)).isEqualTo(first);
        assertThat(workbook.catalogueHistory()).as("undo steps back in the journal, it saves no new catalogue")
                .hasSize(history);
        assertThat(workbook.history().redo()).isPresent();
    }

    @Test
    void theRegionTypeMustBeOneOfTheDataSet(FxRobot robot) {
        app.settle();
        select(robot, "tasks");
        Task first = tasks().get(0);
        String other = first.regionType().equals("ggdregio") ? "veiligheidsregio" : "ggdregio";

        typeInto(robot, taskCell(robot, "region_type"), "county");
        shot("tasks-region-type");
        assertThat(text(robot, "#tasks-message")).contains("county is not in the data set");
        robot.type(KeyCode.ENTER);
        app.settle();
        assertThat(tasks().get(0)).isEqualTo(first);
        robot.type(KeyCode.ESCAPE);
        app.settle();

        typeInto(robot, taskCell(robot, "region_type"), other);
        robot.type(KeyCode.ENTER);
        app.settle();
        assertThat(tasks().get(0).regionType()).isEqualTo(other);
        assertThat(app.onFx(() -> ((javafx.scene.control.Labeled) taskCell(robot, "region_type")).getText()))
                .isEqualTo(other);
    }

    @Test
    void theCbsPresetGivesEightClassesInOneUndoableStep(FxRobot robot) {
        app.settle();
        select(robot, "tiering");
        Scenario before = current();
        robot.clickOn("#tiering-preset-cbs8");
        app.settle();
        assertThat(robot.lookup("#tiering-bound-7").tryQuery()).isPresent();
        assertThat(robot.lookup("#tiering-bound-8").tryQuery()).isEmpty();
        assertThat(app.onFx(() -> robot.lookup("#tiering-bound-5").queryAs(TextField.class).getText())).isEqualTo("100,000");
        assertThat(text(robot, "#tiering-total")).startsWith("In total 342 municipalities");
        shot("tiering-cbs");
        robot.clickOn("#tiering-apply");
        app.settle();
        assertThat(current().tiering().lowerBounds())
                .containsExactly(0L, 5_000L, 10_000L, 20_000L, 50_000L, 100_000L, 150_000L, 250_000L);
        assertThat(current().rules()).hasSize(8 * tasks().size());
        assertThat(app.onFx(() -> robot.lookup("#allocation-table").queryAs(TableView.class).getColumns().size()))
                .isEqualTo(9);
        assertThat(app.onFx(() -> app.window.model().compare().problemProperty().get())).isEmpty();

        undo(robot);
        assertThat(current()).isEqualTo(before);
        assertThat(robot.lookup("#tiering-bound-4").tryQuery()).isEmpty();
    }

    @Test
    void anInvalidTieringIsExplainedAndCannotBeApplied(FxRobot robot) {
        app.settle();
        select(robot, "tiering");
        TextField second = robot.lookup("#tiering-bound-1").queryAs(TextField.class);
        robot.interact(() -> second.setText(""));
        robot.clickOn(second).write("60000");
        app.settle();
        assertThat(text(robot, "#tiering-problems")).contains("Class 3 starts at 50,000");
        assertThat(app.onFx(() -> robot.lookup("#tiering-apply").query().isDisabled())).isTrue();
        assertThat(current().tiering().lowerBounds()).containsExactly(0L, 20_000L, 50_000L, 100_000L);
    }

    @Test
    void filteringTheMunicipalitiesShrinksTheTable(FxRobot robot) {
        app.settle();
        select(robot, "municipalities");
        MunicipalitiesViewModel model = tab(MunicipalitiesViewModel.class);
        TableView<?> table = robot.lookup("#municipalities-table").queryAs(TableView.class);
        assertThat(app.onFx(() -> table.getItems().size())).isEqualTo(342);
        assertThat(text(robot, "#municipalities-shown")).isEqualTo("342 of 342 municipalities");
        shot("municipalities");

        robot.clickOn("#municipalities-search").write("dam");
        app.settle();
        int byText = app.onFx(() -> table.getItems().size());
        assertThat(byText).isBetween(1, 354);
        assertThat(app.onFx(() -> model.filtered().stream().allMatch(r -> (r.municipality().name() + " "
                + r.municipality().province() + r.municipality().regions()).toLowerCase().contains("dam")))).isTrue();
        robot.interact(() -> robot.lookup("#municipalities-search").queryAs(TextField.class).clear());
        app.settle();

        @SuppressWarnings("unchecked")
        ComboBox<Integer> sizeClass = robot.lookup("#municipalities-class-filter").queryAs(ComboBox.class);
        robot.interact(() -> sizeClass.setValue(0));
        app.settle();
        int small = app.onFx(() -> table.getItems().size());
        assertThat(small).isBetween(1, 341);
        assertThat(app.onFx(() -> model.filtered().stream().allMatch(r -> r.municipality().population() < 20_000)))
                .isTrue();
        assertThat(text(robot, "#municipalities-shown")).isEqualTo(small + " of 342 municipalities");

        robot.clickOn("#municipalities-search").write("zzzz-no-such-place");
        app.settle();
        assertThat(app.onFx(() -> table.getItems().size())).isZero();
    }

    @Test
    void theMunicipalitiesTableFollowsTheSharedSelectionBothWays(FxRobot robot) {
        app.settle();
        select(robot, "municipalities");
        TableView<?> table = robot.lookup("#municipalities-table").queryAs(TableView.class);
        var session = app.onFx(() -> app.window.model().session());
        // Selected elsewhere (as a click on the map does): the table selects that row.
        robot.interact(() -> session.selectedMunicipalityProperty().set("GM0363"));
        app.settle();
        assertThat(app.onFx(() -> ((MunicipalitiesViewModel.Row) table.getSelectionModel().getSelectedItem())
                .municipality().code())).isEqualTo("GM0363");
        // Selected in the table: the rest of the window hears of it.
        robot.interact(() -> table.getSelectionModel().select(0));
        app.settle();
        String first = app.onFx(() -> ((MunicipalitiesViewModel.Row) table.getItems().get(0)).municipality().code());
        assertThat(app.onFx(session::selectedMunicipality)).isEqualTo(first);
    }

    @Test
    void anOverrideWithAReasonIsSavedAndUndoable(FxRobot robot) throws Exception {
        app.settle();
        select(robot, "municipalities");
        Municipality m = app.onFx(() -> app.window.model().session().study().dataset().municipalities().get(0));
        Task t = tasks().get(0);
        Scenario before = current();
        MunicipalitiesViewModel model = tab(MunicipalitiesViewModel.class);
        Double cost = app.onFx(() -> model.rows().get(0).costProperty().get());
        assertThat(cost).isNotNull();
        @SuppressWarnings("unchecked")
        ComboBox<Municipality> municipality = robot.lookup("#override-municipality").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Task> task = robot.lookup("#override-task").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Level> level = robot.lookup("#override-level").queryAs(ComboBox.class);
        robot.interact(() -> {
            municipality.setValue(m);
            task.setValue(t);
            level.setValue(Level.STATE);
        });
        assertThat(app.onFx(() -> robot.lookup("#override-add").query().isDisabled())).isTrue();
        assertThat(text(robot, "#override-problem")).contains("reason");
        robot.clickOn("#override-reason").write("Island municipality, too small to share");
        app.settle();
        robot.clickOn("#override-add");
        app.settle();
        shot("municipalities-override");

        LevelOverride expected = new LevelOverride(m.code(), t.code(), Level.STATE, "Island municipality, too small to share");
        assertThat(current().overrides()).containsExactly(expected);
        List<Scenario> saved = app.onFx(() -> app.window.model().session().library().scenarios());
        assertThat(saved.stream().filter(s -> s.name().equals(before.name())).findFirst().orElseThrow().overrides())
                .containsExactly(expected);
        assertThat(app.onFx(() -> robot.lookup("#overrides-table").queryAs(TableView.class).getItems().size()))
                .isEqualTo(1);
        assertThat(app.onFx(() -> model.rows().get(0).costProperty().get())).isNotEqualTo(cost);
        assertThat(app.onFx(() -> model.rows().get(0).overridesProperty().get())).isEqualTo(1);

        undo(robot);
        assertThat(current()).isEqualTo(before);
        assertThat(app.onFx(() -> model.rows().get(0).costProperty().get())).isEqualTo(cost);
        assertThat(app.onFx(() -> robot.lookup("#overrides-table").queryAs(TableView.class).getItems().size()))
                .isZero();
    }

    @Test
    void theNewTabsSpeakDutchWithDutchNumbers(FxRobot robot) {
        app.settle();
        robot.clickOn("#tool-language");
        app.settle();
        TabPane tabs = robot.lookup("#workspace-tabs").queryAs(TabPane.class);
        assertThat(app.onFx(() -> tabs.getTabs().stream().map(Tab::getText).toList()))
                .contains("Grootteklassen", "Taken", "Gemeenten");
        select(robot, "tiering");
        assertThat(app.onFx(() -> robot.lookup("#tiering-bound-1").queryAs(TextField.class).getText())).isEqualTo("20.000");
        assertThat(text(robot, "#tiering-total")).startsWith("In totaal 342 gemeenten");
        shot("tiering-nl");
        select(robot, "tasks");
        assertThat(app.onFx(() -> ((javafx.scene.control.Labeled) taskCell(robot, "unit_cost")).getText()))
                .matches("€ \\d+,\\d\\d /inw\\./jr");
        shot("tasks-nl");
        select(robot, "municipalities");
        assertThat(text(robot, "#municipalities-shown")).isEqualTo("342 van 342 gemeenten");
        shot("municipalities-nl");
    }
}
