package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two demo allocations in data/scenarios/ against the bundled data set. */
class DemoScenariosTest {
    private static Study study;

    @BeforeAll
    static void loadBundledData() throws Exception {
        List<Task> tasks = TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records();
        study = new Study(DatasetFiles.dataset(DatasetFiles.BUNDLED_NAME, DatasetFiles.readBundled()), tasks);
    }

    private static Scenario scenario(String file) throws Exception {
        List<Rule> rules = AllocationFile.read(CsvSource.bundled("scenarios/" + file)).records();
        return new Scenario(file, "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
    }

    @Test
    void bundledDataIsValid() {
        assertThat(Validator.validateStudy(study)).isEmpty();
        assertThat(study.dataset().municipalities()).hasSize(342);
        assertThat(study.dataset().totalPopulation()).isEqualTo(18_044_027L);
    }

    @Test
    void everyTaskHasARuleForEverySizeClass() throws Exception {
        for (String file : List.of("current-situation.csv", "differentiated-by-scale.csv")) {
            List<Rule> rules = scenario(file).rules();
            assertThat(rules).as(file).hasSize(study.tasks().size() * Tiering.DEFAULT.size());
            for (Task task : study.tasks()) {
                assertThat(rules).as(file + " " + task.code()).filteredOn(r -> r.taskCode().equals(task.code()))
                        .extracting(Rule::minPopulation).containsExactlyElementsOf(Tiering.DEFAULT.lowerBounds());
            }
        }
    }

    @Test
    void currentSituationIsUniform() throws Exception {
        Scenario current = scenario("current-situation.csv");

        Evaluation result = new Evaluator(study).evaluate(current);

        assertThat(current.isDifferentiated()).isFalse();
        assertThat(result.summary().taskPackages()).isEqualTo(1);
        assertThat(result.summary().population()).isEqualTo(18_044_027L);
        Map<String, Level> levels = new HashMap<>();
        current.rules().forEach(r -> levels.put(r.taskCode(), r.level()));
        assertThat(levels).containsEntry("BRW", Level.REGION).containsEntry("GGD", Level.REGION)
                .containsEntry("VTH", Level.REGION).containsEntry("JZ-SPEC", Level.REGION)
                .containsEntry("WMO-BW", Level.CENTRE).containsEntry("WMO-MO", Level.CENTRE)
                .containsEntry("SOC-TOE", Level.MUNICIPALITY);
        assertThat(levels.values()).filteredOn(l -> l == Level.MUNICIPALITY).hasSize(16);
    }

    @Test
    void differentiatedByScalePoolsMoreForSmallMunicipalities() throws Exception {
        Scenario differentiated = scenario("differentiated-by-scale.csv");

        Evaluation result = new Evaluator(study).evaluate(differentiated);

        assertThat(differentiated.isDifferentiated()).isTrue();
        assertThat(result.summary().taskPackages()).isEqualTo(4);
        long[] own = new long[Tiering.DEFAULT.size()];
        for (Rule r : differentiated.rules()) {
            if (r.level() == Level.MUNICIPALITY) {
                own[Tiering.DEFAULT.indexOfLowerBound(r.minPopulation())]++;
            }
        }
        // the smaller the class, the fewer tasks it keeps itself (as data/README.md states)
        assertThat(own).containsExactly(4, 10, 15, 18);
        assertThat(result.summary().organisations()).isLessThan(new Evaluator(study)
                .evaluate(scenario("current-situation.csv")).summary().organisations());
        assertThat(differentiated.rules()).contains(new Rule("WMO-BW", 100_000, Level.MUNICIPALITY),
                new Rule("WMO-MO", 100_000, Level.MUNICIPALITY), new Rule("WMO-BW", 0, Level.CENTRE));
    }
}
