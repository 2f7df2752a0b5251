package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.Direction;
import nl.taakdiff.engine.appraisal.Measure;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.WeightSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightSetStoreTest {
    @TempDir
    Path dir;

    private Workbook created() throws WorkbookException {
        return Workbook.create(dir.resolve("w.taakdiff"), Fixtures.dataset(), Fixtures.tasks());
    }

    private static WeightSet mine() {
        return new WeightSet("Mijn weging", Method.PROMETHEE, List.of(
                new Criterion(Measure.COST_PER_INHABITANT, Direction.LOWER, 2.5, 1.0, 5.0),
                Criterion.of(Measure.LOSERS, 1)));
    }

    @Test
    void aNewWorkbookHasTheFourIllustrativeSets() throws Exception {
        try (Workbook wb = created()) {
            assertThat(wb.weightSets()).extracting(WeightSet::name).containsExactly("Gelijk", "IPO", "Rijk", "VNG");
            WeightSet vng = wb.weightSet("vng");
            assertThat(vng.method()).isEqualTo(Method.WEIGHTED_SUM);
            assertThat(vng.measures()).containsExactly(Measure.COST_PER_INHABITANT, Measure.DIRECT_CONTROL_SHARE,
                    Measure.CAPACITY_RISK_MUNICIPALITIES, Measure.JOINT_ARRANGEMENTS, Measure.TASK_PACKAGES,
                    Measure.LOSERS);
            assertThat(vng.criteria().get(1)).isEqualTo(Criterion.of(Measure.DIRECT_CONTROL_SHARE, 3));
            assertThat(wb.weightSetVersions("VNG")).hasSize(1);
        }
    }

    @Test
    void saveRenameAndDeleteAreKeptAsVersionsAndSurviveReopening() throws Exception {
        Path file;
        try (Workbook wb = created()) {
            file = wb.file();
            wb.saveWeightSet(null, mine());
            WeightSet heavier = mine().withCriteria(List.of(mine().criteria().get(0).withWeight(4),
                    mine().criteria().get(1)));
            wb.saveWeightSet("Mijn weging", heavier);
            wb.saveWeightSet("mijn weging", heavier.withName("Voorzitter"));
            long ticket = wb.deleteWeightSet("Voorzitter");
            assertThat(wb.weightSets()).extracting(WeightSet::name).doesNotContain("Voorzitter");
            assertThat(wb.undeleteWeightSet(ticket).name()).isEqualTo("Voorzitter");
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.weightSet("Voorzitter")).isEqualTo(mine().withName("Voorzitter").withCriteria(List.of(
                    new Criterion(Measure.COST_PER_INHABITANT, Direction.LOWER, 4, 1.0, 5.0),
                    Criterion.of(Measure.LOSERS, 1))));
            List<WeightSetVersion> versions = wb.weightSetVersions("Voorzitter");
            assertThat(versions).extracting(WeightSetVersion::number).containsExactly(1, 2, 3);
            assertThat(versions.get(0).weightSet()).isEqualTo(mine());
            assertThat(versions.get(2).weightSet().name()).isEqualTo("Voorzitter");
        }
    }

    @Test
    void namesAreUniqueIgnoringCaseAndMissingSetsAreNamed() throws Exception {
        try (Workbook wb = created()) {
            assertThatThrownBy(() -> wb.saveWeightSet(null, mine().withName("rijk")))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkbookException.Reason.NAME_TAKEN))
                    .hasMessageContaining("weight set named 'Rijk'");
            assertThatThrownBy(() -> wb.weightSet("Provincies"))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.reason()).isEqualTo(WorkbookException.Reason.NO_SUCH_WEIGHT_SET))
                    .hasMessageContaining("no weight set named 'Provincies'").hasMessageContaining("Gelijk, IPO");
            assertThatThrownBy(() -> wb.saveWeightSet(null, mine().withName("  ")))
                    .hasMessageContaining("needs a name");
        }
    }

    @Test
    void theAssumptionDiffNamesEveryCriterionThatDiffers() throws Exception {
        try (Workbook wb = created()) {
            List<AssumptionDiff> diff = wb.diffWeightSets("Rijk", "VNG");
            assertThat(diff).allSatisfy(d -> assertThat(d.kind()).isEqualTo(AssumptionDiff.Kind.WEIGHT));
            assertThat(diff).contains(new AssumptionDiff(AssumptionDiff.Kind.WEIGHT, "direct_control_share",
                    "higher=1", "higher=3"));
            assertThat(diff).extracting(AssumptionDiff::key).containsExactly("cost_per_inhabitant",
                    "direct_control_share", "capacity_risk_municipalities", "joint_arrangements", "task_packages",
                    "losers");
            wb.saveWeightSet(null, mine());
            assertThat(wb.diffWeightSets("Gelijk", "Mijn weging")).contains(
                    new AssumptionDiff(AssumptionDiff.Kind.WEIGHT, "method", "weighted-sum", "promethee"),
                    new AssumptionDiff(AssumptionDiff.Kind.WEIGHT, "cost_per_inhabitant", "lower=1", "lower=2.5/1/5"),
                    new AssumptionDiff(AssumptionDiff.Kind.WEIGHT, "joint_arrangements", "lower=1", AssumptionDiff.ABSENT));
        }
    }

    @Test
    void anOlderWorkbookGetsTheSetsWhenUpgraded() throws Exception {
        Path file = dir.resolve("v1.taakdiff");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Schema.migrate(c, 0, 1);
            c.commit();
        }
        try (Workbook wb = Workbook.open(file)) {
            assertThat(wb.weightSets()).hasSize(4);
        }
    }
}
