package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.Direction;
import nl.taakdiff.engine.appraisal.Measure;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weight sets (appraisal) and parameter ranges (uncertainty, kept in the task catalogue) are undone
 * through the workbook's journal, so their undo works after the workbook was closed and reopened.
 */
class PersistentUndoTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("w.taakdiff");
    }

    private static WeightSet mine(double weight) {
        return new WeightSet("Mijn weging", Method.PROMETHEE, List.of(
                new Criterion(Measure.COST_PER_INHABITANT, Direction.LOWER, weight, 1.0, 5.0),
                Criterion.of(Measure.LOSERS, 1)));
    }

    @Test
    void aWeightSetEditIsUndoneAfterReopening() throws Exception {
        WeightSet vng;
        try (Workbook wb = Workbook.create(file(), Fixtures.dataset(), Fixtures.tasks())) {
            vng = wb.weightSet("VNG");
            wb.saveWeightSet(null, mine(2.5), "nieuw");
            wb.saveWeightSet("Mijn weging", mine(4), "zwaarder");
            wb.deleteWeightSet("VNG", "weg");
        }
        try (Workbook wb = Workbook.open(file())) {
            assertThat(wb.history().undo()).contains("weg");
            assertThat(wb.undo()).get().satisfies(step -> assertThat(step.changesWeightSets()).isTrue());
            assertThat(wb.weightSet("VNG")).isEqualTo(vng);
            wb.undo();
            assertThat(wb.weightSet("Mijn weging")).isEqualTo(mine(2.5));
        }
        try (Workbook wb = Workbook.open(file())) {
            assertThat(wb.history().undo()).contains("nieuw");
            wb.undo();
            assertThat(wb.weightSets()).extracting(WeightSet::name).containsExactly("Gelijk", "IPO", "Rijk", "VNG");
            wb.redo();
            wb.redo();
            assertThat(wb.weightSet("mijn weging")).isEqualTo(mine(4));
        }
    }

    @Test
    void aRenameIsUndoneAndTheOldNameReturns() throws Exception {
        try (Workbook wb = Workbook.create(file(), Fixtures.dataset(), Fixtures.tasks())) {
            wb.saveWeightSet("Rijk", wb.weightSet("Rijk").withName("Kabinet"), "hernoemd");
        }
        try (Workbook wb = Workbook.open(file())) {
            wb.undo();
            assertThat(wb.weightSets()).extracting(WeightSet::name).contains("Rijk").doesNotContain("Kabinet");
            assertThat(wb.weightSetVersions("Rijk")).hasSize(3);
        }
    }

    @Test
    void aRangeEditIsUndoneAfterReopening() throws Exception {
        List<Task> ranged = List.of(Fixtures.tasks().get(0).withRanges(
                new TaskRanges(150.0, 220.0, null, null, null, null)), Fixtures.tasks().get(1));
        try (Workbook wb = Workbook.create(file(), Fixtures.dataset(), Fixtures.tasks())) {
            wb.saveTasks(ranged, "bandbreedte");
        }
        try (Workbook wb = Workbook.open(file())) {
            assertThat(wb.history().undo()).contains("bandbreedte");
            assertThat(wb.undo()).get().satisfies(step -> assertThat(step.tasks()).contains(Fixtures.tasks()));
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());
        }
        try (Workbook wb = Workbook.open(file())) {
            wb.redo();
            assertThat(wb.tasks()).isEqualTo(ranged);
        }
    }

    /** Random mixes of weight set and range edits, with reopenings between them: undoing all returns to the start. */
    @Test
    void undoingEverythingReturnsToTheInitialState() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            Path f = dir.resolve("p" + seed + ".taakdiff");
            List<WeightSet> initialSets;
            List<Task> initialTasks;
            try (Workbook wb = Workbook.create(f, Fixtures.dataset(), Fixtures.tasks())) {
                initialSets = wb.weightSets();
                initialTasks = wb.tasks();
            }
            int edits = 0;
            for (int round = 0; round < 3; round++) {
                try (Workbook wb = Workbook.open(f)) {
                    for (int i = 0; i < 8; i++) {
                        edits += randomEdit(wb, random) ? 1 : 0;
                    }
                }
            }
            try (Workbook wb = Workbook.open(f)) {
                for (int i = 0; i < edits; i++) {
                    assertThat(wb.undo()).as("undo %d of %d (seed %d)", i + 1, edits, seed).isPresent();
                }
            }
            try (Workbook wb = Workbook.open(f)) {
                assertThat(wb.undo()).isEmpty();
                assertThat(wb.weightSets()).as("seed %d", seed).isEqualTo(initialSets);
                assertThat(wb.tasks()).as("seed %d", seed).isEqualTo(initialTasks);
            }
        }
    }

    /** One edit of a weight set or of a task's range; false when it changed nothing (no journal entry). */
    private static boolean randomEdit(Workbook wb, Random random) throws WorkbookException {
        List<WeightSet> sets = wb.weightSets();
        switch (random.nextInt(4)) {
            case 0 -> {
                wb.saveWeightSet(null, mine(1 + random.nextInt(5)).withName("Set " + random.nextInt(1_000_000)), "new");
                return true;
            }
            case 1 -> {
                WeightSet set = sets.get(random.nextInt(sets.size()));
                List<Criterion> criteria = new ArrayList<>(set.criteria());
                Criterion first = criteria.get(0);
                criteria.set(0, new Criterion(first.measure(), first.direction(), first.weight() + 1 + random.nextInt(3),
                        first.indifference(), first.preference()));
                wb.saveWeightSet(set.name(), new WeightSet(
                        random.nextBoolean() ? set.name() : "R" + random.nextInt(1_000_000), set.method(), criteria),
                        "change");
                return true;
            }
            case 2 -> {
                if (sets.size() < 2) {
                    return false;
                }
                wb.deleteWeightSet(sets.get(random.nextInt(sets.size())).name(), "delete");
                return true;
            }
            default -> {
                List<Task> tasks = new ArrayList<>(wb.tasks());
                Task t = tasks.get(0);
                double high = t.unitCost() + 1 + random.nextInt(100);
                tasks.set(0, t.withRanges(new TaskRanges(t.unitCost() * 0.8, high, null, null, null, null)));
                if (tasks.equals(wb.tasks())) {
                    return false;
                }
                wb.saveTasks(tasks, "range");
                return true;
            }
        }
    }
}
