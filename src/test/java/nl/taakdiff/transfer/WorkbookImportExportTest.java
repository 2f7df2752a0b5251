package nl.taakdiff.transfer;

import nl.taakdiff.store.Fixtures;
import nl.taakdiff.store.ScenarioInfo;
import nl.taakdiff.store.Workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.model.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookImportExportTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void create() throws Exception {
        file = dir.resolve("study.taakdiff");
        try (Workbook wb = Workbook.create(file, Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.differentiated("Diff"));
        }
    }

    private static String allocation(Workbook wb, String name) throws Exception {
        StringWriter w = new StringWriter();
        WorkbookTransfer.exportAllocation(wb, name, w);
        return w.toString();
    }

    private static String overrides(Workbook wb, String name) throws Exception {
        StringWriter w = new StringWriter();
        WorkbookTransfer.exportOverrides(wb, name, w);
        return w.toString();
    }

    @Test
    void allocationAndOverridesRoundTripByteForByte() throws Exception {
        try (Workbook wb = Workbook.open(file)) {
            String rules = allocation(wb, "Diff");
            String over = overrides(wb, "Diff");
            WorkbookTransfer.importAllocation(wb, "Copy", CsvSource.ofString("rules.csv", rules), CsvSource.ofString("over.csv", over));
            assertThat(allocation(wb, "Copy")).isEqualTo(rules);
            assertThat(overrides(wb, "Copy")).isEqualTo(over);
            Scenario copy = wb.scenario("Copy");
            Scenario original = wb.scenario("Diff");
            assertThat(copy.rules()).isEqualTo(original.rules());
            assertThat(copy.overrides()).isEqualTo(original.overrides());
            assertThat(copy.tiering()).isEqualTo(original.tiering());
        }
    }

    @Test
    void tasksRoundTripByteForByteAndDatasetExports() throws Exception {
        try (Workbook wb = Workbook.open(file)) {
            StringWriter first = new StringWriter();
            WorkbookTransfer.exportTasks(wb, first);
            WorkbookTransfer.importTasks(wb, CsvSource.ofString("tasks.csv", first.toString()));
            StringWriter second = new StringWriter();
            WorkbookTransfer.exportTasks(wb, second);
            assertThat(second.toString()).isEqualTo(first.toString());
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());

            StringWriter m = new StringWriter();
            StringWriter r = new StringWriter();
            WorkbookTransfer.exportDataset(wb, m, r);
            assertThat(m.toString()).startsWith("code,name,province,population\nGM0001,Klein,Drenthe,8000\n");
            assertThat(r.toString()).contains("GM0001,jeugdregio,JR1,Jeugd R1\nGM0001,veiligheidsregio,VR1,Veilig R1\n");
        }
    }

    @Test
    void importReplacingAScenarioCanBeUndone() throws Exception {
        try (Workbook wb = Workbook.open(file)) {
            Scenario before = wb.scenario("Diff");
            String uniform = "task_code,min_population,level\n"
                    + "JZ,0,region\nJZ,50000,municipality\nBRW,0,municipality\nBRW,50000,municipality\n";
            Scenario imported = WorkbookTransfer.importAllocation(wb, "Diff", CsvSource.ofString("u.csv", uniform), null);
            assertThat(imported.tiering().lowerBounds()).containsExactly(0L, 50_000L);
            assertThat(imported.overrides()).isEqualTo(before.overrides());
            assertThat(imported.description()).isEqualTo(before.description());
            assertThat(wb.undo("Diff")).contains(before);
        }
    }

    @Test
    void badRowsWriteNothingAndReportEveryProblemWithItsLine() throws Exception {
        try (Workbook wb = Workbook.open(file)) {
            String rules = "task_code,min_population,level\n"
                    + "JZ,0,region\n"
                    + "JZ,50000,sideways\n"      // line 3: bad level
                    + "NOPE,0,municipality\n"    // line 4: unknown task (found by validation)
                    + "BRW,0,municipality\n"
                    + "BRW,5O000,municipality\n"; // line 6: not a number
            String over = "municipality_code,task_code,level\nGM9999,JZ,centre\n";
            assertThatThrownBy(() -> WorkbookTransfer.importAllocation(wb, "New", CsvSource.ofString("rules.csv", rules),
                    CsvSource.ofString("over.csv", over)))
                    .isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).problems()).extracting(SourceProblem::format)
                            .anySatisfy(p -> assertThat(p).startsWith("rules.csv:3: column level"))
                            .anySatisfy(p -> assertThat(p).startsWith("rules.csv:6: column min_population")));

            String validRows = "task_code,min_population,level\nJZ,0,region\nNOPE,0,municipality\nBRW,0,municipality\n";
            assertThatThrownBy(() -> WorkbookTransfer.importAllocation(wb, "New", CsvSource.ofString("rules.csv", validRows),
                    CsvSource.ofString("over.csv", over)))
                    .isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).problems()).extracting(SourceProblem::format)
                            .contains("rules.csv:3: rule for unknown task NOPE",
                                    "over.csv:2: override for unknown municipality GM9999"));

            String startsHigh = "task_code,min_population,level\nJZ,10,region\nBRW,10,municipality\n";
            assertThatThrownBy(() -> WorkbookTransfer.importAllocation(wb, "Diff", CsvSource.ofString("r.csv", startsHigh), null))
                    .hasMessageContaining("r.csv:2: the smallest min_population is 10");

            String badTasks = "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n"
                    + "A,Een,d,1,2,3,jeugdregio,s\nA,Twee,d,-1,2,3,jeugdregio,s\n";
            assertThatThrownBy(() -> WorkbookTransfer.importTasks(wb, CsvSource.ofString("t.csv", badTasks)))
                    .isInstanceOf(InputException.class).hasMessageContaining("t.csv:3:");
            assertThat(wb.scenarios()).extracting(ScenarioInfo::name).containsExactly("Diff");
            assertThat(wb.tasks()).isEqualTo(Fixtures.tasks());
            assertThat(wb.canUndo("Diff")).isFalse();
            assertThat(wb.catalogueHistory()).hasSize(1);
        }
    }
}
