package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import org.junit.jupiter.api.Test;

/**
 * Overrides read for a calculation come without their reason texts (which would otherwise take
 * memory in proportion to a file of millions of different reasons); the rows, their lines and
 * the problems are the same as when the reasons are kept.
 */
class OverrideReasonsTest {
    private static final String FILE = "municipality_code,task_code,level,reason\n"
            + "GM0001,T1,region,first reason\n"
            + "GM0002,T1,gemeente,a bad level\n"
            + "GM0003,T2,centre,\"third, quoted\"\n";

    private static List<SourceProblem> problems(OverrideFile.Reasons reasons, List<LevelOverride> into)
            throws Exception {
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<LevelOverride> read = OverrideFile.read(CsvSource.ofString("overrides.csv", FILE), problems, reasons);
        into.addAll(read.records());
        return problems;
    }

    @Test
    void skippedReasonsLeaveTheOverridesAndTheirProblemsAsTheyAre() throws Exception {
        List<LevelOverride> kept = new ArrayList<>();
        List<LevelOverride> skipped = new ArrayList<>();
        List<SourceProblem> keptProblems = problems(OverrideFile.Reasons.KEEP, kept);
        List<SourceProblem> skippedProblems = problems(OverrideFile.Reasons.SKIP, skipped);

        assertThat(kept).extracting(LevelOverride::reason).containsExactly("first reason", "third, quoted");
        assertThat(skipped).extracting(LevelOverride::reason).containsOnly("");
        assertThat(skipped).extracting(LevelOverride::municipalityCode, LevelOverride::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GM0001", Level.REGION),
                        org.assertj.core.groups.Tuple.tuple("GM0003", Level.CENTRE));
        assertThat(skippedProblems).hasSize(1).isEqualTo(keptProblems);
    }

    @Test
    void theReadersDefaultKeepsTheReasonsForWhatStoresThem() throws Exception {
        List<SourceProblem> problems = new ArrayList<>();
        assertThat(OverrideFile.read(CsvSource.ofString("overrides.csv", FILE), problems).records())
                .extracting(LevelOverride::reason).contains("first reason");
    }
}
