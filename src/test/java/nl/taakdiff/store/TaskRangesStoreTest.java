package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter ranges in the workbook's task catalogue: stored, versioned, diffed, validated. */
class TaskRangesStoreTest {
    @TempDir
    Path dir;

    private static List<Task> ranged() {
        List<Task> tasks = Fixtures.tasks();
        return List.of(tasks.get(0).withRanges(new TaskRanges(150.0, 220.0, null, null, 100_000.0, 200_000.0)),
                tasks.get(1));
    }

    @Test
    void catalogueDocumentsKeepRangesAndOldCataloguesReadWithout() {
        List<Task> tasks = ranged();
        String text = Documents.tasks(tasks);
        assertThat(text).startsWith(Documents.TASKS_WITH_RANGES_HEADER + "\n");
        assertThat(Documents.parseTasks(text)).isEqualTo(tasks);
        String old = Documents.tasks(Fixtures.tasks());
        assertThat(old).startsWith(Documents.TASKS_HEADER + "\n");
        assertThat(Documents.parseTasks(old)).allSatisfy(t -> assertThat(t.ranges()).isEqualTo(TaskRanges.NONE));
    }

    @Test
    void rangesAreSavedVersionedAndDiffed() throws Exception {
        try (Workbook wb = Workbook.create(dir.resolve("w.taakdiff"), Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.uniform("S"));
            wb.saveVersion("S", "zonder bandbreedtes");
            wb.saveTasks(ranged());
            wb.saveVersion("S", "met bandbreedtes");
            assertThat(wb.tasks()).isEqualTo(ranged());
            assertThat(wb.version("S", 1).tasks()).isEqualTo(Fixtures.tasks());
            assertThat(wb.diffVersions("S", 1, 2)).contains(
                    new AssumptionDiff(AssumptionDiff.Kind.TASK, "JZ unit_cost_low", "", "150"),
                    new AssumptionDiff(AssumptionDiff.Kind.TASK, "JZ min_scale_high", "", "200000"))
                    .noneMatch(d -> d.key().equals("JZ fixed_cost_low"));
            StringWriter csv = new StringWriter();
            nl.taakdiff.transfer.WorkbookTransfer.exportTasks(wb, csv);
            assertThat(csv.toString().lines().findFirst().orElseThrow()).endsWith(
                    ",unit_cost_low,unit_cost_high,fixed_cost_low,fixed_cost_high,min_scale_low,min_scale_high");
        }
        try (Workbook wb = Workbook.open(dir.resolve("w.taakdiff"))) {
            assertThat(wb.tasks()).isEqualTo(ranged());
        }
    }

    @Test
    void aRangeOutOfOrderIsRefused() throws Exception {
        try (Workbook wb = Workbook.create(dir.resolve("w.taakdiff"), Fixtures.dataset(), Fixtures.tasks())) {
            List<Task> bad = List.of(Fixtures.tasks().get(0).withRanges(new TaskRanges(null, 170.0, null, null, null,
                    null)), Fixtures.tasks().get(1));
            assertThatThrownBy(() -> wb.saveTasks(bad)).isInstanceOf(WorkbookException.class)
                    .hasMessageContaining("task JZ: unit_cost_high 170 is below unit_cost 180");
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());
        }
    }
}
