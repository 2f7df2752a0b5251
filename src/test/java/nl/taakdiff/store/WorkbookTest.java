package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
    @TempDir
    Path dir;

    private Workbook create() throws WorkbookException {
        return Workbook.create(dir.resolve("study.taakdiff"), Fixtures.dataset(), Fixtures.tasks());
    }

    @Test
    void createdWorkbookKeepsDatasetAndTasksExactly() throws Exception {
        try (Workbook wb = create()) {
            assertThat(wb.isReadOnly()).isFalse();
        }
        try (Workbook wb = Workbook.open(dir.resolve("study.taakdiff"))) {
            assertThat(wb.dataset()).isEqualTo(Fixtures.dataset());
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());
            assertThat(wb.scenarios()).isEmpty();
        }
    }

    @Test
    void scenarioStateRoundTripsExactly() throws Exception {
        try (Workbook wb = create()) {
            Scenario s = Fixtures.differentiated("Gedifferentieerd");
            wb.createScenario(s);
            assertThat(wb.scenario("Gedifferentieerd")).isEqualTo(s);
            assertThat(wb.scenarios()).singleElement().satisfies(info -> {
                assertThat(info.name()).isEqualTo("Gedifferentieerd");
                assertThat(info.differentiated()).isTrue();
                assertThat(info.description()).isEqualTo(s.description());
            });
        }
    }

    @Test
    void namesAreRequiredAndUniqueIgnoringCase() throws Exception {
        try (Workbook wb = create()) {
            wb.createScenario(Fixtures.uniform("Basis"));
            assertThatThrownBy(() -> wb.createScenario(Fixtures.uniform("basis")))
                    .isInstanceOf(WorkbookException.class).hasMessageContaining("already a scenario named");
            wb.createScenario(Fixtures.uniform("Één"));
            assertThatThrownBy(() -> wb.createScenario(Fixtures.uniform("één")))
                    .hasMessageContaining("already a scenario named “Één”");
            wb.deleteScenario("Één");
            assertThatThrownBy(() -> wb.createScenario(Fixtures.uniform("  ")))
                    .isInstanceOf(WorkbookException.class).hasMessageContaining("needs a name");
            wb.createScenario(Fixtures.uniform("Ander"));
            assertThatThrownBy(() -> wb.renameScenario("Ander", "BASIS"))
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(WorkbookException.Reason.NAME_TAKEN);
            assertThat(wb.scenarios()).extracting(ScenarioInfo::name).containsExactly("Ander", "Basis");
        }
    }

    @Test
    void createFromTemplatesAndDuplicate() throws Exception {
        try (Workbook wb = create()) {
            Scenario empty = wb.createScenario("Leeg", "", ScenarioTemplate.EMPTY);
            assertThat(empty.rules()).isEmpty();
            Scenario current = wb.createScenario("Nu", "huidig", ScenarioTemplate.CURRENT_SITUATION);
            assertThat(current.rules()).hasSize(8);
            assertThat(current.isDifferentiated()).isFalse();
            wb.createScenario(Fixtures.differentiated("Diff"));
            Scenario copy = wb.duplicateScenario("Diff", "Diff kopie");
            assertThat(copy).isEqualTo(Fixtures.differentiated("Diff kopie"));
            assertThat(wb.scenarios()).hasSize(4);
            assertThat(wb.allScenarios()).extracting(Scenario::name)
                    .containsExactlyElementsOf(wb.scenarios().stream().map(ScenarioInfo::name).toList());
            assertThat(wb.allScenarios()).contains(copy, current);
        }
    }

    @Test
    void undoAndRedoSurviveReopening() throws Exception {
        Path file = dir.resolve("study.taakdiff");
        Scenario a = Fixtures.uniform("S");
        Scenario b = Fixtures.differentiated("S");
        try (Workbook wb = create()) {
            wb.createScenario(a);
            assertThat(wb.canUndo("S")).isFalse();
            wb.saveScenario("S", b);
            wb.renameScenario("S", "T");
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.undo("T")).contains(b);
            assertThat(wb.undo("S")).contains(a);
            assertThat(wb.undo("S")).isEmpty();
            assertThat(wb.canRedo("S")).isTrue();
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.redo("S")).contains(b);
            assertThat(wb.scenario("S")).isEqualTo(b);
            // a new change drops the redo step
            wb.describeScenario("S", "new text");
            assertThat(wb.canRedo("S")).isFalse();
            assertThat(wb.undo("S")).contains(b);
        }
    }

    @Test
    void deleteCanBeUndone() throws Exception {
        try (Workbook wb = create()) {
            wb.createScenario(Fixtures.uniform("S"));
            wb.saveVersion("S", "v1");
            long ticket = wb.deleteScenario("S");
            assertThat(wb.scenarios()).isEmpty();
            assertThat(wb.hasScenario("S")).isFalse();
            assertThatThrownBy(() -> wb.scenario("S")).hasMessageContaining("no scenario named");
            wb.undeleteScenario(ticket);
            assertThat(wb.versions("S")).hasSize(1);
        }
    }

    @Test
    void versionsKeepStateAndTaskCatalogue() throws Exception {
        try (Workbook wb = create()) {
            wb.createScenario(Fixtures.uniform("S"));
            VersionInfo v1 = wb.saveVersion("S", "eerste");
            wb.saveScenario("S", Fixtures.differentiated("S"));
            List<Task> changed = List.of(Fixtures.tasks().get(0),
                    new Task("BRW", "Brandweer", "veiligheid", 70, 100_000, 50_000, "veiligheidsregio", "test"));
            wb.saveTasks(changed);
            VersionInfo v2 = wb.saveVersion("S", " ");
            assertThat(v1.number()).isEqualTo(1);
            assertThat(v2.label()).isEqualTo("Version 2");
            assertThat(wb.versions("S")).extracting(VersionInfo::label).containsExactly("eerste", "Version 2");

            VersionSnapshot old = wb.version("S", 1);
            assertThat(old.scenario()).isEqualTo(Fixtures.uniform("S"));
            assertThat(old.tasks()).isEqualTo(Fixtures.tasks());
            assertThat(wb.version("S", 2).tasks()).isEqualTo(changed);

            List<AssumptionDiff> diff = wb.diffVersions("S", 1, 2);
            assertThat(diff).contains(
                    new AssumptionDiff(AssumptionDiff.Kind.RULE, "JZ @ 0", "municipality", "region"),
                    new AssumptionDiff(AssumptionDiff.Kind.OVERHEAD, "region", "0.08", "0.1"),
                    new AssumptionDiff(AssumptionDiff.Kind.OVERRIDE, "GM0004 BRW", AssumptionDiff.ABSENT,
                            "centre (pilot, \"quoted\")"),
                    new AssumptionDiff(AssumptionDiff.Kind.TASK, "BRW unit_cost", "60.5", "70"));

            wb.restoreVersion("S", 1);
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
            assertThat(wb.undo("S")).contains(Fixtures.differentiated("S"));
            assertThatThrownBy(() -> wb.version("S", 9)).hasMessageContaining("has no version 9");
        }
    }

    @Test
    void journalKeepsTheLatestChangesOnly() throws Exception {
        try (Workbook wb = create()) {
            wb.createScenario(Fixtures.uniform("S"));
            for (int i = 0; i < Journal.JOURNAL_LIMIT + 60; i++) {
                wb.describeScenario("S", "edit " + i);
            }
            int undone = 0;
            while (wb.undo("S").isPresent()) {
                undone++;
            }
            assertThat(undone).isBetween(Journal.JOURNAL_LIMIT, Journal.JOURNAL_LIMIT + 50);
            assertThat(wb.scenario("S").description()).startsWith("edit ");
        }
    }

    @Test
    void savingAnUnchangedStateRecordsNothing() throws Exception {
        try (Workbook wb = create()) {
            wb.createScenario(Fixtures.uniform("S"));
            wb.saveScenario("S", Fixtures.uniform("S"));
            assertThat(wb.canUndo("S")).isFalse();
            wb.saveTasks(Fixtures.tasks());
            assertThat(wb.catalogueHistory()).hasSize(1);
        }
    }

    @Test
    void invalidTaskCatalogueIsRefused() throws Exception {
        try (Workbook wb = create()) {
            List<Task> dup = List.of(Fixtures.tasks().get(0), Fixtures.tasks().get(0));
            assertThatThrownBy(() -> wb.saveTasks(dup)).hasMessageContaining("duplicate task code JZ")
                    .extracting(e -> ((WorkbookException) e).reason()).isEqualTo(WorkbookException.Reason.INVALID_DATA);
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());
        }
    }

    @Test
    void anEarlierTaskCatalogueCanBeRestored() throws Exception {
        try (Workbook wb = create()) {
            List<Task> changed = List.of(Fixtures.tasks().get(1));
            wb.saveTasks(changed);
            assertThat(wb.catalogueHistory()).hasSize(2);
            long first = wb.catalogueHistory().get(0).id();
            assertThat(wb.restoreCatalogue(first)).isEqualTo(Fixtures.tasks());
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());
            assertThat(wb.catalogueHistory()).hasSize(3).last().extracting(CatalogueInfo::note)
                    .isEqualTo("restored catalogue " + first);
        }
    }
}
