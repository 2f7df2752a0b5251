package nl.taakdiff.ui.compare;

import nl.taakdiff.engine.KeyFigures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {
    private Session session;
    private CompareViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        session = new Session(TestData.study(), new InlineJobs(), new Messages(Messages.ENGLISH));
        session.attach(library, library.scenarios(), false);
        model = new CompareViewModel(session, new InlineJobs(), new Messages(Messages.ENGLISH));
    }

    private double total() {
        return model.result().comparisons().get(0).metric(Metric.TOTAL_COST).alternative();
    }

    @Test
    void comparesTheBaselineWithTheCurrentScenario() {
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.result().alternativeNames()).containsExactly(session.current().name());
        assertThat(model.result().baseline().scenario().name()).isEqualTo(session.baseline().name());
    }

    @Test
    void anEditChangesTheKpisAndUndoBringsThemBack() {
        double before = total();
        String task = TestData.study().tasks().get(0).code();
        session.setLevels(Map.of(new Scenarios.Cell(task, 100_000), Level.STATE));
        assertThat(total()).isNotEqualTo(before);
        session.history().undo();
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void upToThreeAlternatives() throws Exception {
        String differentiated = session.current().name();
        session.createScenario("Third");
        assertThat(model.alternativeProperty(0).get()).isEqualTo("Third");
        model.alternativeProperty(1).set(differentiated);
        model.alternativeProperty(2).set(session.baseline().name());
        assertThat(model.result().comparisons()).hasSize(3);
        model.alternativeProperty(1).set(null);
        assertThat(model.result().comparisons()).hasSize(2);
    }

    @Test
    void filtersWinnersAndLosers() {
        int all = model.municipalities().size();
        assertThat(all).isEqualTo(TestData.study().dataset().municipalities().size());
        model.filterProperty().set(CompareViewModel.OutcomeFilter.WINNERS);
        assertThat(model.municipalities()).hasSize(model.winnersProperty().get());
        model.filterProperty().set(CompareViewModel.OutcomeFilter.LOSERS);
        assertThat(model.municipalities()).hasSize(model.losersProperty().get());
        assertThat(model.winnersProperty().get() + model.losersProperty().get()).isPositive();
    }

    @Test
    void anInvalidScenarioIsExplainedNotThrown() {
        var current = session.current();
        String task = TestData.study().tasks().get(0).code();
        var broken = current.withRules(current.rules().stream().filter(r -> !r.taskCode().equals(task)).toList());
        session.replace(current, broken, nl.taakdiff.ui.session.EditLabel.of("test"));
        assertThat(model.result()).isNull();
        assertThat(model.problemProperty().get()).contains("no rule for task " + task);
        session.history().undo();
        assertThat(model.result()).isNotNull();
    }

    @Test
    void renamingAnAlternativeKeepsItChosen() {
        String second = "Second";
        session.createScenario(second);
        model.alternativeProperty(1).set(second);
        session.rename(second, "Renamed");
        assertThat(model.alternativeProperty(1).get()).isEqualTo("Renamed");
    }

    @Test
    void kpiJudgementFollowsTheDirection() {
        var cost = KeyFigures.KPIS.get(0);
        assertThat(cost.judge(new MetricDelta(Metric.TOTAL_COST, 10, 8, -2, -0.2)))
                .isEqualTo(KeyFigures.Judgement.BETTER);
        var control = new KeyFigures.Kpi(Metric.DIRECT_CONTROL_SHARE, KeyFigures.Direction.HIGHER_IS_BETTER);
        assertThat(control.judge(new MetricDelta(Metric.DIRECT_CONTROL_SHARE, 0.5, 0.4, -0.1, -0.2)))
                .isEqualTo(KeyFigures.Judgement.WORSE);
        assertThat(cost.judge(new MetricDelta(Metric.TOTAL_COST, 10, 10, 0, 0.0)))
                .isEqualTo(KeyFigures.Judgement.UNCHANGED);
    }

    @Test
    void exportsTheTablesWithTheProjectCsvExport(@TempDir Path dir) throws Exception {
        var input = nl.taakdiff.io.export.ExportInput.of(model.result().comparisons(),
                new nl.taakdiff.io.export.ExportInput.About("test", java.time.Instant.now(), "test"));
        var files = nl.taakdiff.io.export.CsvExport.write(input, nl.taakdiff.io.export.CsvExport.Dialect.STANDARD,
                dir.resolve("comparison.csv"));
        assertThat(files).hasSize(3);
        var municipalities = Files.readAllLines(files.get(2));
        assertThat(municipalities).hasSizeGreaterThan(TestData.study().dataset().municipalities().size());
    }
}
