package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import nl.taakdiff.io.CsvSource;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.TestData;
import org.junit.jupiter.api.Test;

class ImportsTest {
    private final Scenario current = TestData.scenarios().get(1);

    private String allocationOf(Level level) {
        StringBuilder csv = new StringBuilder("task_code,min_population,level\n");
        for (var task : TestData.study().tasks()) {
            csv.append(task.code()).append(",0,").append(level.code()).append('\n');
            csv.append(task.code()).append(",50000,municipality\n");
        }
        return csv.toString();
    }

    @Test
    void aGoodAllocationReplacesRulesAndTiering() throws Exception {
        var outcome = Imports.allocation(TestData.study(), current,
                CsvSource.ofString("good.csv", allocationOf(Level.REGION)));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.scenario().tiering().lowerBounds()).containsExactly(0L, 50_000L);
        assertThat(outcome.scenario().name()).isEqualTo(current.name());
    }

    @Test
    void fileProblemsComeWithLineNumbers() throws Exception {
        String csv = "task_code,min_population,level\n" + TestData.study().tasks().get(0).code() + ",0,county\nXX,abc,region\n";
        var outcome = Imports.allocation(TestData.study(), current, CsvSource.ofString("bad.csv", csv));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.scenario()).isNull();
        assertThat(outcome.problems()).anyMatch(p -> p.startsWith("bad.csv:2: "));
        assertThat(outcome.problems()).anyMatch(p -> p.startsWith("bad.csv:3: "));
    }

    @Test
    void modelProblemsPointAtTheLineToo() throws Exception {
        String csv = allocationOf(Level.MUNICIPALITY) + "NOPE,0,region\n";
        int line = csv.split("\n").length;
        var outcome = Imports.allocation(TestData.study(), current, CsvSource.ofString("unknown.csv", csv));
        assertThat(outcome.problems()).contains("unknown.csv:" + line + ": rule for unknown task NOPE");
    }

    @Test
    void overridesForUnknownMunicipalitiesAreRefused() throws Exception {
        String task = TestData.study().tasks().get(0).code();
        String csv = "municipality_code,task_code,level\nGM0363," + task + ",state\nGM9999," + task + ",state\n";
        var outcome = Imports.overrides(TestData.study(), current, CsvSource.ofString("o.csv", csv));
        assertThat(outcome.problems()).containsExactly("o.csv:3: override for unknown municipality GM9999");
    }
}
