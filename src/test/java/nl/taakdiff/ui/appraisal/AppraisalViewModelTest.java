package nl.taakdiff.ui.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.appraisal.Measure;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.library.WorkbookLibrary;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppraisalViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private AppraisalViewModel model;

    private void open(ScenarioLibrary library) throws Exception {
        Messages messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        CompareViewModel compare = new CompareViewModel(session, new InlineJobs(), messages);
        model = new AppraisalViewModel(session, new InlineJobs(), messages, compare);
    }

    private void inMemory() throws Exception {
        open(new InMemoryScenarioLibrary("test", TestData.scenarios()));
    }

    private List<String> order() {
        return model.rankingProperty().get().stream().map(RankedOption::name).toList();
    }

    private CriterionRow row(Measure measure) {
        return model.criteria().stream().filter(r -> r.measure() == measure).findFirst().orElseThrow();
    }

    @Test
    void theOptionsFollowTheComparisonAndAreRanked() throws Exception {
        inMemory();
        assertThat(model.options()).containsExactly(session.baseline().name(), session.current().name());
        assertThat(model.rankingProperty().get()).hasSize(2);
        assertThat(model.stabilityProperty().get()).hasSize(model.criteria().size());
        assertThat(model.acceptabilityProperty().get().draws()).isEqualTo(AppraisalViewModel.DRAWS);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void movingOneWeightFarEnoughChangesTheWinner() throws Exception {
        inMemory();
        model.criteria().forEach(r -> r.weightProperty().set(0));
        row(Measure.COST_PER_INHABITANT).weightProperty().set(1);
        List<String> cheapestFirst = order();
        row(Measure.COST_PER_INHABITANT).weightProperty().set(0);
        row(Measure.TASK_PACKAGES).weightProperty().set(1);
        // the uniform baseline has one task package, the differentiated scenario several
        assertThat(order().get(0)).isEqualTo(session.baseline().name());
        assertThat(order()).isNotEqualTo(cheapestFirst);
        row(Measure.TASK_PACKAGES).weightProperty().set(0);
        assertThat(model.rankingProperty().get()).isEmpty();
        assertThat(model.problemProperty().get()).contains("weight above 0");
    }

    @Test
    void savingAWeightSetIsUndoable() throws Exception {
        InMemoryScenarioLibrary library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        open(library);
        row(Measure.LOSERS).weightProperty().set(5);
        assertThat(model.saveAs("Voorzitter")).isTrue();
        assertThat(model.activeSetProperty().get()).isEqualTo("Voorzitter");
        assertThat(library.weightSets()).extracting(WeightSet::name).containsExactly("Voorzitter");
        assertThat(model.rename("Voorzitter", "Kamer")).isTrue();
        assertThat(library.weightSets()).extracting(WeightSet::name).containsExactly("Kamer");
        session.history().undo();
        assertThat(library.weightSets()).extracting(WeightSet::name).containsExactly("Voorzitter");
        session.history().undo();
        assertThat(library.weightSets()).isEmpty();
        assertThat(model.weightSets()).isEmpty();
        assertThat(model.activeSetProperty().get()).isNull();
    }

    @Test
    void aWorkbookGivesTheIllustrativeSetsAndSwitchingIsUndoable() throws Exception {
        open(new WorkbookLibrary(DefaultWorkbook.createSeeded(dir.resolve("w.taakdiff"))));
        assertThat(model.weightSets()).extracting(WeightSet::name).containsExactly("Gelijk", "IPO", "Rijk", "VNG");
        assertThat(model.activeSetProperty().get()).isEqualTo("Gelijk");
        model.switchTo("VNG");
        assertThat(row(Measure.DIRECT_CONTROL_SHARE).weightProperty().get()).isEqualTo(3);
        model.methodProperty().set(Method.PROMETHEE);
        assertThat(model.appraisalProperty().get().method()).isEqualTo(Method.PROMETHEE);
        session.history().undo();
        assertThat(model.activeSetProperty().get()).isEqualTo("Gelijk");
        assertThat(row(Measure.DIRECT_CONTROL_SHARE).weightProperty().get()).isEqualTo(1);
        assertThat(model.methodProperty().get()).isEqualTo(Method.WEIGHTED_SUM);

        assertThat(model.delete("Rijk")).isTrue();
        assertThat(model.weightSets()).extracting(WeightSet::name).doesNotContain("Rijk");
        assertThat(((WorkbookLibrary) session.library()).workbook().weightSets()).hasSize(3);
        session.history().undo();
        assertThat(((WorkbookLibrary) session.library()).workbook().weightSet("Rijk").criteria()).hasSize(6);
        session.library().close();
    }

    @Test
    void aWeightSetEditIsUndoneAfterTheWorkbookWasReopened() throws Exception {
        Path file = dir.resolve("w.taakdiff");
        open(new WorkbookLibrary(DefaultWorkbook.createSeeded(file)));
        WeightSet rijk = model.weightSet("Rijk").orElseThrow();
        row(Measure.LOSERS).weightProperty().set(4);
        assertThat(model.saveAs("Voorzitter")).isTrue();
        assertThat(model.rename("Rijk", "Kabinet")).isTrue();
        session.library().close();

        open(new WorkbookLibrary(nl.taakdiff.store.Workbook.open(file)));
        assertThat(model.weightSets()).extracting(WeightSet::name).contains("Kabinet", "Voorzitter");
        assertThat(session.history().nextUndoProperty().get().encode())
                .isEqualTo(nl.taakdiff.ui.session.EditLabel.of("command.renameWeightSet", "Rijk", "Kabinet").encode());
        assertThat(session.history().undo()).isTrue();
        assertThat(model.weightSets()).extracting(WeightSet::name).contains("Rijk").doesNotContain("Kabinet");
        assertThat(model.weightSet("Rijk")).contains(rijk);
        assertThat(session.history().undo()).isTrue();
        assertThat(model.weightSets()).extracting(WeightSet::name).containsExactly("Gelijk", "IPO", "Rijk", "VNG");
        assertThat(session.history().redo()).isTrue();
        assertThat(((WorkbookLibrary) session.library()).workbook().weightSet("Voorzitter").criteria())
                .anySatisfy(c -> assertThat(c.weight()).isEqualTo(4));
        session.library().close();
    }

    @Test
    void criteriaCanBeAddedAndRemoved() throws Exception {
        inMemory();
        int before = model.criteria().size();
        model.addCriterion(Measure.LARGEST_INCREASE_PER_INHABITANT);
        assertThat(model.criteria()).hasSize(before + 1);
        assertThat(model.appraisalProperty().get().criteria()).hasSize(before + 1);
        model.removeCriterion(row(Measure.LARGEST_INCREASE_PER_INHABITANT));
        assertThat(model.unusedMeasures()).contains(Measure.LARGEST_INCREASE_PER_INHABITANT);
    }
}
