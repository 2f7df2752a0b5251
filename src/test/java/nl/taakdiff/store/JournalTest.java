package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's one history: every kind of change, across restarts, and cheap however long it gets. */
class JournalTest {
    private static final int SCENARIOS = 20;
    private static final int EDITS = 10_000;

    @TempDir
    Path dir;

    private Path workbook(String name) throws Exception {
        Path file = dir.resolve(name);
        try (Workbook wb = Workbook.create(file, Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.uniform("A"));
        }
        return file;
    }

    private static Scenario withFirstLevel(Scenario s, Level level) {
        List<Rule> rules = new ArrayList<>(s.rules());
        Rule first = rules.get(0);
        rules.set(0, new Rule(first.taskCode(), first.minPopulation(), level));
        return s.withRules(rules);
    }

    @Test
    void undoAndRedoWalkEveryKindOfChangeInOrderAcrossARestart() throws Exception {
        Path file = workbook("kinds.taakdiff");
        Scenario a = Fixtures.uniform("A");
        List<Task> tasks = Fixtures.tasks();
        List<Task> cheaper = List.of(tasks.get(0), new Task("BRW", "Brandweer", "veiligheid", 50, 100_000, 50_000,
                "veiligheidsregio", "test"));
        try (Workbook wb = Workbook.open(file)) {
            wb.saveScenario("A", withFirstLevel(a, Level.STATE), "first cell");
            wb.saveTasks(cheaper, "cheaper fire brigade");
            wb.createScenario(Fixtures.differentiated("B"), "new B");
            wb.deleteScenario("A", "delete A");
            assertThat(wb.history()).isEqualTo(new HistoryState(java.util.Optional.of("delete A"),
                    java.util.Optional.empty()));
        }
        try (Workbook wb = Workbook.open(file)) {
            HistoryStep delete = wb.undo().orElseThrow();
            assertThat(delete.previousName()).isEmpty();
            assertThat(delete.scenario()).contains(withFirstLevel(a, Level.STATE));
            assertThat(wb.hasScenario("A")).isTrue();

            HistoryStep create = wb.undo().orElseThrow();
            assertThat(create.previousName()).contains("B");
            assertThat(create.scenario()).isEmpty();
            assertThat(wb.hasScenario("B")).isFalse();

            HistoryStep catalogue = wb.undo().orElseThrow();
            assertThat(catalogue.tasks()).contains(tasks);
            assertThat(wb.tasks()).isEqualTo(tasks);

            assertThat(wb.undo().orElseThrow().label()).isEqualTo("first cell");
            assertThat(wb.scenario("A")).isEqualTo(a);
            assertThat(wb.history()).as("next: the creation of A, right after the workbook's")
                    .isEqualTo(new HistoryState(java.util.Optional.of("create"), java.util.Optional.of("first cell")));

            assertThat(wb.redo().orElseThrow().label()).isEqualTo("first cell");
            assertThat(wb.redo().orElseThrow().tasks()).contains(cheaper);
            assertThat(wb.tasks()).isEqualTo(cheaper);
            assertThat(wb.catalogueHistory()).as("undo and redo move between catalogues, they add none")
                    .hasSize(2);
        }
    }

    @Test
    void aNewChangeDropsWhatWasUndoneInEveryScenario() throws Exception {
        Path file = workbook("redo.taakdiff");
        try (Workbook wb = Workbook.open(file)) {
            wb.createScenario(Fixtures.uniform("B"));
            wb.saveScenario("A", withFirstLevel(wb.scenario("A"), Level.STATE));
            wb.undo("A");
            assertThat(wb.canRedo("A")).isTrue();
            wb.saveScenario("B", withFirstLevel(wb.scenario("B"), Level.REGION));
            assertThat(wb.canRedo("A")).isFalse();
            assertThat(wb.history().redo()).isEmpty();
        }
    }

    @Test
    void tenThousandEditsKeepEveryStepAnIndexLookup() throws Exception {
        Path file = workbook("long.taakdiff");
        Scenario last;
        try (Workbook wb = Workbook.open(file)) {
            for (int s = 1; s < SCENARIOS; s++) {
                wb.createScenario(Fixtures.uniform("S" + s));
            }
        }
        // Written in one transaction through the journal's own code, so the test takes a second, not minutes.
        WorkbookConnection db = WorkbookFile.open(file);
        try {
            Journal journal = new Journal(db);
            ScenarioStore scenarios = new ScenarioStore(db, new Catalogue(db, journal), journal);
            last = db.inTransaction("write a long history", () -> {
                ScenarioStore.Row[] rows = new ScenarioStore.Row[SCENARIOS];
                for (int k = 0; k < SCENARIOS; k++) {
                    rows[k] = scenarios.live(k == 0 ? "A" : "S" + k);
                }
                Scenario state = null;
                for (int i = 0; i < EDITS; i++) {
                    ScenarioStore.Row row = rows[i % SCENARIOS];
                    Scenario next = withFirstLevel(Documents.parseScenario(row.state()),
                            Level.values()[i % Level.values().length]).withDescription("edit " + i);
                    String doc = Documents.scenario(next);
                    scenarios.writeState(row.id(), next, doc);
                    journal.record(Journal.SCENARIO, row.id(), "edit " + i, row.state(), doc);
                    rows[i % SCENARIOS] = new ScenarioStore.Row(row.id(), row.name(), doc);
                    state = next;
                }
                return state;
            });
            for (String sql : List.of(Journal.LATEST_DONE, Journal.EARLIEST_UNDONE, Journal.LATEST_DONE_OF,
                    Journal.EARLIEST_UNDONE_OF, Journal.DROP_UNDONE, Journal.MARK)) {
                assertThat(plan(db, sql)).as(sql).allMatch(step -> step.contains("USING") && !step.contains("TEMP B-TREE"));
            }
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT count(*) FROM journal");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the whole history is kept").isGreaterThanOrEqualTo(EDITS);
            }
        } finally {
            db.close();
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.history().undo()).contains("edit " + (EDITS - 1));
            String lastName = "S" + ((EDITS - 1) % SCENARIOS);
            assertThat(wb.scenario(lastName)).isEqualTo(last);
            for (int i = EDITS - 1; i >= EDITS - 100; i--) {
                assertThat(wb.undo().orElseThrow().label()).isEqualTo("edit " + i);
            }
            assertThat(wb.scenario(lastName).description()).isEqualTo("edit " + (EDITS - 1 - 100));
            assertThat(wb.redo().orElseThrow().label()).isEqualTo("edit " + (EDITS - 100));
        }
    }

    /** The steps of SQLite's query plan for a statement (its parameters unbound). */
    private static List<String> plan(WorkbookConnection db, String sql) throws Exception {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int parameters = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                ps.setObject(i, i == 1 && sql.contains("kind = ?") ? Journal.SCENARIO : 1);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
        }
        assertThat(steps).as("a plan for " + sql).isNotEmpty();
        return steps;
    }
}
