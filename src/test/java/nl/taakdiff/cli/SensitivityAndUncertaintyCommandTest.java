package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sensitivity} and {@code uncertainty} end to end on the hand-computed case (see
 * SensitivityHandComputedTest in the engine tests for the arithmetic).
 */
class SensitivityAndUncertaintyCommandTest {
    private static final String TASK_HEADER = HandComputedFiles.TASK_HEADER;

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();
    private HandComputedFiles hand;
    private Path state;

    @BeforeEach
    void writeHandComputedCase() throws IOException {
        hand = new HandComputedFiles(dir);
        state = hand.write("state.csv", HandComputedFiles.uniformAllocation("state"));
    }

    private Path write(String name, String content) throws IOException {
        return hand.write(name, content);
    }

    private String[] handCase(String command, String... more) {
        return hand.args(command, more);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return HandComputedFiles.csv(text);
    }

    private static String header(String text) {
        return text.lines().findFirst().orElseThrow();
    }

    @Test
    void sensitivityOfOneScenarioFollowsTheHandComputedTornado() throws IOException {
        assertThat(cli.run(handCase("sensitivity", "--baseline", hand.allocation.toString(),
                "--baseline-overrides", hand.overrides.toString()))).as(cli.err()).isZero();
        assertThat(header(cli.out())).isEqualTo("parameter,base,low,high,value_at_low,value_at_high,swing,break_even");
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(14);
        assertThat(lines.get(1)).isEqualTo("T1.unit_cost,100.00,80.00,120.00,23133400.00,33253400.00,10120000.00,");
        assertThat(lines.get(3)).isEqualTo("overhead.centre,0.030000,0.024000,0.036000,28133400.00,28253400.00,120000.00,");
        assertThat(lines.get(8)).isEqualTo("T1.fixed_cost,1000.00,800.00,1200.00,28193000.00,28193800.00,800.00,");
        assertThat(csv(cli.out())).extracting(r -> r.get("parameter")).endsWith("T3.fixed_cost", "T3.min_scale");
    }

    @Test
    void sensitivityOfAComparisonHasBreakEvenValues() throws IOException {
        Path ranged = write("ranged.csv", TASK_HEADER + ",unit_cost_low,unit_cost_high,fixed_cost_low,fixed_cost_high,"
                + "min_scale_low,min_scale_high\n"
                + "T1,Task one,d,100,1000,50000,vr,test,,,0,400000,,\n"
                + "T2,Task two,d,10,0,0,vr,test,,,,,,\nT3,Task three,d,1,0,200000,vr,test,,,,,,\n");
        assertThat(cli.run("sensitivity", "--tasks", ranged.toString(), "--municipalities", hand.municipalities.toString(),
                "--regions", hand.regions.toString(), "--baseline", hand.uniform.toString(), "--alternative", state.toString()))
                .as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(1)).isEqualTo("T1.fixed_cost,1000.00,0.00,400000.00,555000.00,-645000.00,1200000.00,185000.00");
        assertThat(lines.get(2)).isEqualTo("overhead.state,0.020000,0.016000,0.024000,441000.00,663000.00,222000.00,");
        assertThat(lines.get(3)).isEqualTo("T1.unit_cost,100.00,80.00,120.00,452000.00,652000.00,200000.00,");
    }

    @Test
    void sensitivityOfAnotherMetricAsText() {
        assertThat(cli.run(handCase("sensitivity", "--baseline", hand.allocation.toString(), "--baseline-overrides",
                hand.overrides.toString(), "--metric", "capacity_risk_pairs", "--format", "text"))).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).startsWith("parameter").contains("break_even");
        assertThat(lines.get(2)).startsWith("T3.min_scale").contains("160000.00").contains("240000.00");
        assertThat(lines.get(2).strip().split("\\s+")).containsExactly("T3.min_scale", "200000.00", "160000.00",
                "240000.00", "1", "4", "3");
    }

    @Test
    void uncertaintySummaryHasEveryMetricWithThreeRows() throws IOException {
        String[] args = handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative", hand.allocation.toString(),
                "--alternative-overrides", hand.overrides.toString(), "--draws", "3000", "--seed", "5", "--table", "summary");
        assertThat(cli.run(args)).as(cli.err()).isZero();
        String first = cli.out();
        assertThat(header(first)).isEqualTo("metric,scenario,mean,sd,p5,p50,p95,probability_negative");
        List<CSVRecord> rows = csv(first);
        assertThat(rows).hasSize(33);
        assertThat(rows.subList(0, 3)).extracting(r -> r.get("metric") + "/" + r.get("scenario"))
                .containsExactly("total_cost/baseline", "total_cost/alternative", "total_cost/delta");
        assertThat(rows.get(32).get("metric")).isEqualTo("task_packages");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("probability_negative").isEmpty())
                .isEqualTo(!r.get("scenario").equals("delta")));
        // Delta 439,400 at base; its unit costs move it by far less than that, so it is never negative.
        assertThat(rows.get(2).get("probability_negative")).isEqualTo("0.000000");
        assertThat(Double.parseDouble(rows.get(2).get("mean"))).isBetween(430_000.0, 450_000.0);
        assertThat(rows.get(27).get("metric")).isEqualTo("direct_control_share");
        assertThat(rows.get(27).get("mean")).isEqualTo("1.000000");
        assertThat(rows.get(28).get("mean")).matches("0\\.\\d{6}");

        assertThat(cli.run(args)).isZero();
        assertThat(cli.out()).isEqualTo(first);
    }

    @Test
    void withoutUncertaintyEveryDrawIsTheBase() throws IOException {
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--alternative-overrides", hand.overrides.toString(), "--range", "0",
                "--draws", "50", "--table", "summary"))).as(cli.err()).isZero();
        CSVRecord delta = csv(cli.out()).get(2);
        assertThat(delta.get("mean")).isEqualTo("439400.00");
        assertThat(delta.get("sd")).isEqualTo("0.00");
        assertThat(delta.get("p5")).isEqualTo("439400.00");
        assertThat(delta.get("p95")).isEqualTo("439400.00");
    }

    @Test
    void uncertaintyMunicipalitiesTable() throws IOException {
        Path out = dir.resolve("m.csv");
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--draws", "2000", "--distribution", "uniform", "--threshold", "0.5",
                "--table", "municipalities", "--out", out.toString()))).as(cli.err()).isZero();
        String text = Files.readString(out);
        assertThat(header(text)).isEqualTo("code,name,delta_per_inhabitant_mean,delta_per_inhabitant_p5,"
                + "delta_per_inhabitant_p95,probability_loser");
        List<CSVRecord> rows = csv(text);
        assertThat(rows).extracting(r -> r.get("code")).containsExactly("A", "B", "C", "D");
        assertThat(rows).allSatisfy(r -> {
            double p5 = Double.parseDouble(r.get("delta_per_inhabitant_p5"));
            double mean = Double.parseDouble(r.get("delta_per_inhabitant_mean"));
            double p95 = Double.parseDouble(r.get("delta_per_inhabitant_p95"));
            assertThat(p5).isLessThanOrEqualTo(mean);
            assertThat(mean).isLessThanOrEqualTo(p95);
            assertThat(r.get("probability_loser")).matches("[01]\\.\\d{6}");
        });
    }

    @Test
    void textFormatTellsTheStandardError() {
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--draws", "400", "--table", "summary", "--format", "text"))).isZero();
        assertThat(cli.out().lines().reduce((a, b) -> b).orElseThrow())
                .matches("400 draws, seed 1: standard error of the mean delta total_cost \\d+\\.\\d\\d,"
                        + " of probability_negative \\d\\.\\d{6}");
    }

    @Test
    void rangeOutOfOrderIsBadInputNamingTaskAndColumn() throws IOException {
        Path bad = write("bad.csv", TASK_HEADER + ",unit_cost_low,unit_cost_high\n"
                + "T1,Task one,d,100,1000,50000,vr,test,120,130\n"
                + "T2,Task two,d,10,0,0,vr,test,,9\nT3,Task three,d,1,0,200000,vr,test,,\n");
        assertThat(cli.run("sensitivity", "--tasks", bad.toString(), "--municipalities", hand.municipalities.toString(),
                "--regions", hand.regions.toString(), "--baseline", hand.allocation.toString())).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).contains("bad.csv:2: column unit_cost_low: task T1: unit_cost_low 120 is above"
                + " unit_cost 100").contains("bad.csv:3: column unit_cost_high: task T2: unit_cost_high 9 is below"
                + " unit_cost 10").doesNotContain("Exception");
    }

    @Test
    void wrongUsageExits2() {
        assertThat(cli.run(handCase("sensitivity", "--baseline", hand.allocation.toString(), "--range", "1.5")))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--range");
        assertThat(cli.run(handCase("sensitivity", "--baseline", hand.allocation.toString(), "--metric", "cost")))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--table", "summary")))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--table", "summary", "--draws", "1"))).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--table", "summary", "--distribution", "normal"))).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--table", "classes"))).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void moreThanAHundredThousandDrawsIsWrongUsageInOneLine() {
        assertThat(cli.run(handCase("uncertainty", "--baseline", hand.uniform.toString(), "--alternative",
                hand.allocation.toString(), "--table", "summary", "--draws", "100001"))).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("--draws: must be between 2 and 100,000, not 100001"
                + " (see 'taakdiff uncertainty --help')");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void missingFileExits74AndBadAllocationExits65() throws IOException {
        assertThat(cli.run(handCase("sensitivity", "--baseline", dir.resolve("missing.csv").toString())))
                .isEqualTo(ExitCodes.IO_ERROR);
        Path broken = write("broken.csv", "task_code,min_population,level\nT1,0,gemeente\n");
        assertThat(cli.run(handCase("uncertainty", "--baseline", broken.toString(), "--alternative",
                hand.allocation.toString(), "--table", "summary"))).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).contains("broken.csv:2: column level: 'gemeente' is not a level");
    }

    @Test
    void benchMonteCarloPrintsMillisecondsPer10000DrawsLast() {
        assertThat(cli.run("bench", "--monte-carlo", "--runs", "1", "--warmup", "0")).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).contains("draws=10000", "parameters=70").anyMatch(l -> l.startsWith("tornado_ms="));
        assertThat(lines.get(lines.size() - 1)).matches("ms_per_10000_draws=\\d+\\.\\d");
    }
}
