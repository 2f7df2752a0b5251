package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.Prices;
import nl.taakdiff.engine.explore.Proposal;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.Numbers;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.testing.Demo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explore} end to end on the bundled data; expected figures come from the engine itself. */
class ExploreCommandTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();
    private Path baseline;
    private Scenario current;

    @BeforeEach
    void writeBaseline() throws Exception {
        current = Demo.scenario("current-situation");
        baseline = dir.resolve("current.csv");
        StringWriter text = new StringWriter();
        AllocationFile.write(current.rules(), text);
        Files.writeString(baseline, text.toString());
    }

    @Test
    void rulesImportAsAScenarioThatEvaluatesToTheSummary() throws Exception {
        Path rules = dir.resolve("optimum.csv");
        String[] prices = {"--risk-price", "150000", "--control-price", "0.05"};
        assertThat(run("explore", "--baseline", baseline.toString(), prices[0], prices[1], prices[2], prices[3],
                "--table", "rules", "--out", rules.toString())).isZero();
        List<CSVRecord> rows = csv(Files.readString(rules));
        assertThat(rows.get(0).values()).containsExactly("task_code", "min_population", "level");
        assertThat(rows).hasSize(1 + Demo.STUDY.tasks().size() * 4);

        Path workbook = dir.resolve("study.taakdiff");
        assertThat(run("workbook", "create", workbook.toString())).as(cli.err()).isZero();
        assertThat(run("scenario", "import", "--workbook", workbook.toString(), "--name", "Optimum",
                "--allocation", rules.toString())).as(cli.err()).isZero();
        assertThat(run("evaluate", "--workbook", workbook.toString(), "--scenario", "Optimum", "--table", "summary"))
                .isZero();
        String evaluated = cli.out();
        assertThat(run("explore", "--baseline", baseline.toString(), prices[0], prices[1], prices[2], prices[3],
                "--table", "summary")).isZero();
        List<CSVRecord> summary = csv(cli.out());
        assertThat(summary.get(summary.size() - 1).get(0)).isEqualTo("score");
        assertThat(cli.out()).startsWith(evaluated.strip());

        // the workbook route gives the same optimum from the imported scenario as base
        assertThat(run("explore", "--workbook", workbook.toString(), "--base", "Optimum", prices[0], prices[1],
                prices[2], prices[3], "--table", "rules")).as(cli.err()).isZero();
        assertThat(cli.out().replace("\r\n", "\n")).isEqualTo(Files.readString(rules).replace("\r\n", "\n"));
    }

    @Test
    void summaryScoreAndFrontierFollowTheEngine() {
        Explorer explorer = new Explorer(Demo.STUDY, current.withName("base"));
        Proposal p = explorer.optimum(new Prices(80_000, 0), Constraints.NONE);
        assertThat(run("explore", "--baseline", baseline.toString(), "--risk-price", "80000", "--table", "summary"))
                .isZero();
        assertThat(cli.out()).contains("score," + Numbers.money(p.score()))
                .contains("capacity_risk_pairs," + p.summary().capacityRiskPairs());

        int distinct = explorer.frontier(0.2, PriceRange.parse("0:2000000:30"), Constraints.NONE).size();
        assertThat(run("explore", "--baseline", baseline.toString(), "--control-price", "0.2", "--risk-prices",
                "0:2000000:30", "--table", "frontier")).isZero();
        List<CSVRecord> frontier = csv(cli.out());
        assertThat(frontier.get(0).values()).containsExactly("risk_price", "total_cost", "capacity_risk_pairs",
                "direct_control_share", "score");
        assertThat(frontier).hasSize(1 + distinct);

        assertThat(run("explore", "--baseline", baseline.toString(), "--risk-prices", "0:1000000:5", "--table",
                "uniformity")).isZero();
        List<CSVRecord> uniformity = csv(cli.out());
        assertThat(uniformity.get(0).values()).containsExactly("risk_price", "differentiated_cost", "uniform_cost",
                "differentiated_risk_pairs", "uniform_risk_pairs", "price_of_uniformity");
        assertThat(uniformity).hasSize(6);
        assertThat(uniformity.get(5).get(0)).isEqualTo("1000000.00");
        for (CSVRecord row : uniformity.subList(1, 6)) {
            assertThat(Double.parseDouble(row.get(5))).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void uniformAndAllowedShapeTheRules() throws Exception {
        assertThat(run("explore", "--baseline", baseline.toString(), "--uniform", "--allowed", "PW-INK=centre,region",
                "--allowed", "BRW=province", "--risk-price", "500000", "--table", "rules")).as(cli.err()).isZero();
        List<CSVRecord> rows = csv(cli.out());
        Map<String, Set<String>> levels = new java.util.HashMap<>();
        for (CSVRecord r : rows.subList(1, rows.size())) {
            levels.computeIfAbsent(r.get(0), k -> new java.util.HashSet<>()).add(r.get(2));
        }
        assertThat(levels.values()).allMatch(s -> s.size() == 1);
        assertThat(levels.get("PW-INK")).isSubsetOf(Set.of("centre", "region"));
        assertThat(levels.get("BRW")).containsOnly("province");
    }

    @Test
    void usageErrorsExitWithTwo() {
        String b = baseline.toString();
        List<String[]> wrong = List.of(
                new String[] {"explore", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--workbook", "x.taakdiff", "--base", "A", "--table", "rules"},
                new String[] {"explore", "--workbook", "x.taakdiff", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--table", "cheapest"},
                new String[] {"explore", "--baseline", b, "--risk-price", "-5", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--risk-prices", "0:10", "--table", "frontier"},
                new String[] {"explore", "--baseline", b, "--risk-prices", "0:10:5", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--risk-price", "5", "--table", "frontier"},
                new String[] {"explore", "--baseline", b, "--uniform", "--table", "uniformity"},
                new String[] {"explore", "--baseline", b, "--allowed", "PW-INK", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--allowed", "PW-INK=gemeente", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--allowed", "NOPE=state", "--table", "rules"},
                new String[] {"explore", "--baseline", b, "--allowed", "BRW=state", "--allowed", "BRW=province",
                    "--table", "rules"});
        for (String[] args : wrong) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err()).doesNotContain("Exception");
        }
        assertThat(run("explore", "--baseline", b, "--allowed", "PW-INK=gemeente", "--table", "rules")).isEqualTo(2);
        assertThat(cli.err()).contains("'gemeente' is not a level");
    }

    @Test
    void badDataExitsWith65AndNamesFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, Files.readString(baseline).replaceFirst("\nJZ-SPEC,0,(\\w+)", "\nJZ-SPEC,0,gemeente"));
        assertThat(run("explore", "--baseline", bad.toString(), "--table", "rules")).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).contains("bad.csv:2: ").contains("gemeente");
        assertThat(cli.out()).isEmpty();

        Path regions = dir.resolve("regions.csv");
        Path municipalities = dir.resolve("municipalities.csv");
        Files.writeString(municipalities, "code,name,province,population\nGM1,Een,P,1000\nGM2,Twee,P,30000\n");
        Files.writeString(regions, "municipality_code,region_type,region_code,region_name\n");
        Path tasks = dir.resolve("tasks.csv");
        Files.writeString(tasks, "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n"
                + "T,Taak,d,10,1000,5000,vr,test\n");
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "task_code,min_population,level\nT,0,municipality\nT,20000,municipality\n");
        assertThat(run("explore", "--baseline", one.toString(), "--municipalities", municipalities.toString(),
                "--regions", regions.toString(), "--tasks", tasks.toString(), "--tiering", "0,20000",
                "--allowed", "T=region", "--table", "rules")).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).startsWith(one + ": task T: no rule with the allowed levels (region) fits")
                .contains("GM1 has no vr");

        assertThat(run("explore", "--workbook", dir.resolve("missing.taakdiff").toString(), "--base", "A",
                "--table", "rules")).isEqualTo(ExitCodes.IO_ERROR);
    }

    @Test
    void exportWithExploreAddsTheFrontierToXlsxAndPdf() throws Exception {
        Path xlsx = dir.resolve("study.xlsx");
        String[] common = {"export", "--baseline", baseline.toString(), "--alternative", baseline.toString(),
            "--explore", "--control-price", "0.1", "--risk-prices", "0:1000000:11"};
        assertThat(run(concat(common, "--format", "xlsx", "--out", xlsx.toString()))).as(cli.err()).isZero();
        assertThat(run("explore", "--baseline", baseline.toString(), "--control-price", "0.1", "--risk-prices",
                "0:1000000:11", "--table", "frontier")).isZero();
        int distinct = csv(cli.out()).size() - 1;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            // the default export language is Dutch
            assertThat(wb.getSheet("Grenslijn").getLastRowNum()).isEqualTo(distinct);
            assertThat(wb.getSheet("Prijs van uniformiteit").getLastRowNum()).isEqualTo(11);
        }
        Path pdf = dir.resolve("study.pdf");
        assertThat(run(concat(common, "--format", "pdf", "--out", pdf.toString()))).as(cli.err()).isZero();
        assertThat(Files.size(pdf)).isPositive();

        assertThat(run(concat(common, "--format", "csv", "--out", dir.resolve("x.csv").toString())))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--explore only applies to --format xlsx or pdf");
        assertThat(run("export", "--baseline", baseline.toString(), "--alternative", baseline.toString(),
                "--risk-prices", "0:10:2", "--format", "xlsx", "--out", dir.resolve("y.xlsx").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(dir.resolve("x-summary.csv"))).isFalse();
        assertThat(Files.exists(dir.resolve("y.xlsx"))).isFalse();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
