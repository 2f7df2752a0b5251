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
 * {@code evaluate} and {@code compare} end to end: every table's columns, figures that match the
 * hand-computed case, the bundled defaults, exit statuses and messages, and output files that are
 * written whole or not at all.
 */
class EvaluateAndCompareCommandTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();
    private HandComputedFiles hand;

    /** The case of EvaluatorHandComputedTest, as files. */
    @BeforeEach
    void writeHandComputedCase() throws IOException {
        hand = new HandComputedFiles(dir);
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

    @Test
    void evaluateSummaryHasEveryMetricInOrderWithHandComputedValues() {
        int status = cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(),
                "--overrides", hand.overrides.toString(), "--table", "summary"));
        assertThat(status).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("""
                metric,value
                total_cost,28193400.00
                cost_per_inhabitant,112.77
                municipal_cost,25764000.00
                province_cost,2205000.00
                state_cost,224400.00
                organisations,6
                joint_arrangements,2
                capacity_risk_pairs,1
                capacity_risk_municipalities,1
                direct_control_share,0.752360
                task_packages,4
                """);
    }

    @Test
    void evaluateClassesTasksAndMunicipalities() {
        cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--overrides", hand.overrides.toString(),
                "--table", "classes"));
        assertThat(cli.out()).startsWith("min_population,municipalities,population,cost,cost_per_inhabitant\n"
                + "0,1,10000,1148300.00,114.83\n20000,1,30000,3444300.00,114.81\n");
        cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--overrides", hand.overrides.toString(),
                "--table", "tasks"));
        assertThat(cli.out()).isEqualTo("task_code,organisations,cost,capacity_risk_municipalities\n"
                + "T1,2,25302000.00,0\nT2,2,2637000.00,0\nT3,2,254400.00,1\n");
        cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--overrides", hand.overrides.toString(),
                "--table", "municipalities"));
        assertThat(cli.out()).startsWith(
                "code,name,population,min_population,cost,cost_per_inhabitant,tasks_own,capacity_risk_tasks\n"
                        + "A,Gemeente A,10000,0,1148300.00,114.83,0,0\n"
                        + "B,Gemeente B,30000,20000,3444300.00,114.81,1,1\n");
    }

    @Test
    void textFormatIsAnAlignedTable() {
        cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--table", "tasks", "--format", "text"));
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("task_code  organisations         cost  capacity_risk_municipalities");
        assertThat(lines.get(1)).matches("-+  -+  -+  -+");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(lines.get(0).length()));
        assertThat(lines.get(2)).endsWith("0").startsWith("T1 ");
    }

    @Test
    void compareTables() throws IOException {
        cli.run(handCase("compare", "--baseline", hand.uniform.toString(), "--alternative", hand.allocation.toString(),
                "--alternative-overrides", hand.overrides.toString(), "--table", "summary"));
        List<CSVRecord> summary = csv(cli.out());
        assertThat(summary.get(0).toList()).containsExactly("total_cost", "27754000.00", "28193400.00", "439400.00",
                "0.015832");
        assertThat(summary.get(3).toList()).containsExactly("province_cost", "0.00", "2205000.00", "2205000.00", "");
        assertThat(summary).extracting(r -> r.get("metric")).hasSize(11).endsWith("task_packages");

        cli.run(handCase("compare", "--baseline", hand.uniform.toString(), "--alternative", hand.allocation.toString(),
                "--alternative-overrides", hand.overrides.toString(), "--table", "classes"));
        assertThat(cli.out()).startsWith("min_population,municipalities,population,baseline_cost_per_inhabitant,"
                + "alternative_cost_per_inhabitant,delta_per_inhabitant\n0,1,10000,111.10,114.83,3.73\n");

        cli.run(handCase("compare", "--baseline", hand.uniform.toString(), "--alternative", hand.allocation.toString(),
                "--alternative-overrides", hand.overrides.toString(), "--table", "municipalities"));
        assertThat(cli.out()).startsWith("code,name,population,baseline_cost,alternative_cost,delta,"
                + "delta_per_inhabitant\nA,Gemeente A,10000,1111000.00,1148300.00,37300.00,3.73\n");
    }

    @Test
    void bundledDataIsTheDefault() throws IOException {
        Path current = Path.of("data/scenarios/current-situation.csv");
        Path differentiated = Path.of("data/scenarios/differentiated-by-scale.csv");
        assertThat(cli.run("evaluate", "--allocation", current.toString(), "--table", "municipalities")).isZero();
        assertThat(csv(cli.out())).hasSize(342);
        assertThat(cli.run("compare", "--baseline", current.toString(), "--alternative", differentiated.toString(),
                "--table", "summary")).isZero();
        CSVRecord packages = csv(cli.out()).get(10);
        assertThat(packages.toList()).startsWith("task_packages", "1");
    }

    @Test
    void outFileIsWritten() throws IOException {
        Path out = dir.resolve("summary.csv");
        assertThat(cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--out", out.toString()))).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("metric,value\ntotal_cost,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void badInputExits65WithEveryProblemAndLeavesTheOutFileAlone() throws IOException {
        Path bad = write("bad.csv", "task_code,min_population,level\nT1,0,gemeente\nT1,20000,centre\nT9,0,state\n");
        Path badOverrides = write("bad-overrides.csv", "municipality_code,task_code,level\nX,T1,state\n");
        Path out = write("existing.csv", "keep me");
        int status = cli.run(handCase("evaluate", "--allocation", bad.toString(), "--overrides",
                badOverrides.toString(), "--table", "summary", "--out", out.toString()));
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        // The rows that could be read are still checked against the study: every problem in one run.
        assertThat(cli.err().lines()).containsExactly(
                bad + ":2: column level: 'gemeente' is not a level; use one of municipality, centre, region, province, state",
                bad + ":4: rule for unknown task T9",
                badOverrides + ":2: override for unknown municipality X");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        Path incomplete = write("incomplete.csv", "task_code,min_population,level\nT1,0,centre\nT9,0,state\n");
        status = cli.run(handCase("evaluate", "--allocation", incomplete.toString(), "--overrides",
                badOverrides.toString(), "--table", "summary", "--out", out.toString()));
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err().lines()).contains(
                incomplete + ":3: rule for unknown task T9",
                badOverrides + ":2: override for unknown municipality X",
                hand.tasks + ":2: no rule for task T1 in size class [20000, 50000)",
                hand.tasks + ":4: no rule for task T3 in size class [100000, \u221e)");
        assertThat(cli.err().lines()).hasSize(1 + 1 + 3 + 4 + 4);
        assertThat(Files.readString(out)).isEqualTo("keep me");
    }

    @Test
    void badDataSetIsReportedWithTheScenario() throws IOException {
        Path badMunicipalities = write("m.csv", "code,name,province,population\nA,a,P1,-5\nB,b,P1,ten\n");
        int status = cli.run("evaluate", "--tasks", hand.tasks.toString(), "--municipalities", badMunicipalities.toString(),
                "--regions", hand.regions.toString(), "--allocation", dir.resolve("missing.csv").toString(), "--table", "summary");
        assertThat(status).as("a missing file is an I/O error").isEqualTo(ExitCodes.IO_ERROR);
        status = cli.run("evaluate", "--tasks", hand.tasks.toString(), "--municipalities", badMunicipalities.toString(),
                "--regions", hand.regions.toString(), "--allocation", hand.allocation.toString(), "--table", "summary");
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).contains(badMunicipalities + ":2: column population: is -5; it must be above 0")
                .contains(badMunicipalities + ":3: column population: 'ten' is not a whole number")
                .contains(hand.regions + ":4: column municipality_code: unknown municipality C");
    }

    @Test
    void tieringAndOverheadProblems() {
        int status = cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--tiering", "0,50000,20000"));
        assertThat(status).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--tiering: the tiering must increase strictly: 20000 follows 50000");

        status = cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--overhead", "region=-1"));
        assertThat(status).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--overhead: '-1' is negative; it must be at least 0");

        status = cli.run(handCase("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--overhead", "region=0.1,state=0.1"));
        assertThat(status).isZero();
    }

    @Test
    void wrongUsageExits2() {
        assertThat(cli.run("evaluate", "--allocation", hand.allocation.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("Missing required option: '--table=TABLE'");
        assertThat(cli.run("evaluate", "--allocation", hand.allocation.toString(), "--table", "everything"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--tiering", "0,twenty")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--tiering: 'twenty' is not a whole number");
        assertThat(cli.run("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--overhead", "county=0.1")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("evaluate", "--allocation", hand.allocation.toString(), "--table", "summary",
                "--municipalities", hand.municipalities.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--municipalities and --regions go together");
        assertThat(cli.run("frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("compare", "--baseline", hand.uniform.toString(), "--table", "summary")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void benchPrintsPairsSecondsAndLastNsPerPair() {
        assertThat(cli.run("bench", "--municipalities", "2000", "--tasks", "10", "--runs", "2", "--warmup", "1"))
                .isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).contains("pairs=20000");
        assertThat(lines).anyMatch(l -> l.matches("seconds=\\d+\\.\\d+"));
        assertThat(lines.get(lines.size() - 1)).matches("ns_per_pair=\\d+\\.\\d+");
        assertThat(cli.run("bench", "--municipalities", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("bench", "--shipped", "--warmup", "0")).isZero();
        assertThat(cli.out()).contains("pairs=7524").contains("median_microseconds=");
    }
}
