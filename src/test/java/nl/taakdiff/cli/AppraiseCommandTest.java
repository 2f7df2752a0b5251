package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code appraise} and {@code export --weight-set} on the seeded workbook's two demo scenarios. */
class AppraiseCommandTest {
    private static final String CURRENT = "Huidige situatie (uniform)";
    private static final String DIFFERENTIATED = "Gedifferentieerd naar schaal";

    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    private String seeded() {
        Path file = dir.resolve("study.taakdiff");
        assertThat(cli.run("workbook", "create", file.toString())).as(cli.err()).isZero();
        return file.toString();
    }

    private String[] appraise(String workbook, String... more) {
        List<String> args = new ArrayList<>(List.of("appraise", "--workbook", workbook,
                "--scenario", CURRENT, "--scenario", DIFFERENTIATED));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }

    /** compare summary as metric → {baseline, alternative}. */
    private Map<String, String[]> compareSummary(String workbook) {
        assertThat(cli.run("compare", "--workbook", workbook, "--baseline", CURRENT, "--alternative", DIFFERENTIATED,
                "--table", "summary")).isZero();
        Map<String, String[]> rows = new HashMap<>();
        for (String line : cli.out().split("\r?\n")) {
            String[] cells = line.split(",");
            rows.put(cells[0], new String[] {cells[1], cells[2]});
        }
        return rows;
    }

    /** compare's municipalities whose cost rises by more than the default EUR 1 per inhabitant. */
    private long losers(String workbook) {
        assertThat(cli.run("compare", "--workbook", workbook, "--baseline", CURRENT, "--alternative", DIFFERENTIATED,
                "--table", "municipalities")).isZero();
        return Arrays.stream(cli.out().split("\r?\n")).skip(1).map(line -> line.split(","))
                .filter(cells -> Double.parseDouble(cells[cells.length - 2])
                        / Long.parseLong(cells[cells.length - 5]) > 1.0)
                .count();
    }

    @Test
    void rankingListsScoreAndTheMetricOfEveryCriterionInTheGivenOrder() {
        String wb = seeded();
        var summary = compareSummary(wb);
        assertThat(cli.run(appraise(wb, "--criterion", "cost_per_inhabitant=3", "--criterion", "direct_control_share=1",
                "--criterion", "losers=1", "--table", "ranking"))).as(cli.err()).isZero();
        String[] lines = cli.out().split("\r?\n");
        assertThat(lines[0]).isEqualTo("rank,scenario,score,cost_per_inhabitant,direct_control_share,losers");
        // The differentiated scenario is cheaper (u = 1 on cost), the uniform one has more direct
        // control and no losers: scores 3/5 and 2/5.
        assertThat(lines[1]).isEqualTo("1," + DIFFERENTIATED + ",0.600000," + summary.get("cost_per_inhabitant")[1]
                + "," + summary.get("direct_control_share")[1] + "," + losers(wb));
        assertThat(lines[2]).isEqualTo("2," + CURRENT + ",0.400000," + summary.get("cost_per_inhabitant")[0]
                + "," + summary.get("direct_control_share")[0] + ",0");
        assertThat(lines).hasSize(3);
    }

    @Test
    void prometheeThresholdsCanMakeACostDifferenceIndifferent() {
        String wb = seeded();
        // The cost per inhabitant differs by about EUR 6; with Q = 10 that is no preference at all.
        assertThat(cli.run(appraise(wb, "--criterion", "cost_per_inhabitant=3/10/20", "--criterion",
                "direct_control_share=1", "--method", "promethee", "--table", "ranking"))).as(cli.err()).isZero();
        String[] lines = cli.out().split("\r?\n");
        // φ: control 1 and −1 with weight 1/4, cost 0 → 0.25 and −0.25
        assertThat(lines[1]).startsWith("1," + CURRENT + ",0.250000,");
        assertThat(lines[2]).startsWith("2," + DIFFERENTIATED + ",-0.250000,");
    }

    @Test
    void stabilityGivesEachWeightAndItsIntervalInPercent() {
        String wb = seeded();
        assertThat(cli.run(appraise(wb, "--criterion", "cost_per_inhabitant=3", "--criterion", "direct_control_share=1",
                "--criterion", "capacity_risk_pairs=2", "--criterion", "losers=1", "--criterion",
                "largest_increase_per_inhabitant=1", "--table", "stability"))).as(cli.err()).isZero();
        // Winner: differentiated, with u = 1 on cost and capacity risk and 0 elsewhere. Cost at share x,
        // the rest in proportion 0.2 : 0.4 : 0.2 : 0.2: x + 0.4(1 − x) ≥ 0.6(1 − x) ⇔ x ≥ 1/6.
        assertThat(cli.out().replace("\r\n", "\n")).isEqualTo(String.join("\n",
                "criterion,weight,stable_from,stable_to",
                "cost_per_inhabitant,37.5000,16.6667,100.0000",
                "direct_control_share,12.5000,0.0000,30.0000",
                "capacity_risk_pairs,25.0000,0.0000,100.0000",
                "losers,12.5000,0.0000,30.0000",
                "largest_increase_per_inhabitant,12.5000,0.0000,30.0000", ""));
    }

    @Test
    void acceptabilityIsSeededAndEachRowSumsToOne() throws Exception {
        String wb = seeded();
        String[] args = appraise(wb, "--criterion", "cost_per_inhabitant=1", "--criterion", "direct_control_share=1",
                "--draws", "2000", "--seed", "7", "--table", "acceptability");
        assertThat(cli.run(args)).as(cli.err()).isZero();
        String first = cli.out();
        String[] lines = first.split("\r?\n");
        assertThat(lines[0]).isEqualTo("scenario,rank_1,rank_2");
        // two opposed criteria with u of 0 or 1: each option is first when its own criterion weighs more
        for (int i = 1; i <= 2; i++) {
            String[] cells = lines[i].split(",");
            assertThat(Double.parseDouble(cells[1]) + Double.parseDouble(cells[2])).isEqualTo(1.0);
            assertThat(Double.parseDouble(cells[1])).isBetween(0.45, 0.55);
        }
        Path out = dir.resolve("acc.csv");
        String[] toFile = Arrays.copyOf(args, args.length + 2);
        toFile[args.length] = "--out";
        toFile[args.length + 1] = out.toString();
        assertThat(cli.run(toFile)).isZero();
        assertThat(Files.readString(out)).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--criterion=cost=1|--criterion 'cost=1': unknown metric 'cost'",
        "--criterion=total_cost=-2|--criterion 'total_cost=-2': weight -2 is negative",
        "--criterion=total_cost=0|--criterion: all weights are 0",
        "--criterion=total_cost=1/8/4|--criterion 'total_cost=1/8/4': indifference threshold Q 8 is above",
        "--method=topsis|--method: 'topsis'",
        "--draws=0|--draws",
    })
    void usageErrorsNameTheOption(String option, String message) {
        String wb = seeded();
        String[] args = option.startsWith("--criterion") ? appraise(wb, option, "--table", "ranking")
                : appraise(wb, "--criterion", "total_cost=1", option, "--table", "ranking");
        assertThat(cli.run(args)).isEqualTo(2);
        assertThat(cli.err()).contains(message);
    }

    @Test
    void optionCountAndScenarioNamesAreChecked() {
        String wb = seeded();
        assertThat(cli.run("appraise", "--workbook", wb, "--scenario", CURRENT, "--criterion", "total_cost=1",
                "--table", "ranking")).isEqualTo(2);
        assertThat(cli.err()).contains("--scenario: an appraisal needs 2 to 8 scenarios, not 1");
        assertThat(cli.run("appraise", "--workbook", wb, "--scenario", CURRENT, "--scenario", CURRENT.toUpperCase(),
                "--criterion", "total_cost=1", "--table", "ranking")).isEqualTo(2);
        assertThat(cli.err()).contains("given twice");
        assertThat(cli.run("appraise", "--workbook", wb, "--scenario", CURRENT, "--scenario", "Nope",
                "--criterion", "total_cost=1", "--table", "ranking")).isEqualTo(65);
        assertThat(cli.err()).contains("no scenario named");
        assertThat(cli.run(appraise(wb, "--table", "ranking"))).isEqualTo(2);
        assertThat(cli.err()).contains("--criterion");
    }

    @Test
    void aWeightSetOfTheWorkbookGivesTheCriteria() {
        String wb = seeded();
        assertThat(cli.run(appraise(wb, "--weight-set", "vng", "--table", "stability"))).as(cli.err()).isZero();
        String[] lines = cli.out().split("\r?\n");
        assertThat(lines).hasSize(7);
        // VNG: 2, 3, 2, 2, 1, 3 of 13
        assertThat(lines[2]).startsWith("direct_control_share,23.0769,");
        assertThat(cli.run(appraise(wb, "--weight-set", "VNG", "--criterion", "total_cost=1", "--table", "ranking")))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--weight-set cannot be combined with --criterion");
        assertThat(cli.run(appraise(wb, "--weight-set", "Provincies", "--table", "ranking"))).isEqualTo(65);
        assertThat(cli.err()).contains("no weight set named 'Provincies'");
    }

    @Test
    void acceptabilityCanCombineWeightDrawsWithParameterDraws() throws Exception {
        String wb = seeded();
        // Catalogue ranges are drawn whatever --range says; without them --range 0 fixes every parameter.
        Path tasks = withoutCatalogueRanges(Path.of("data/tasks.csv"), dir.resolve("tasks-without-ranges.csv"));
        assertThat(cli.run("workbook", "import-tasks", "--tasks", tasks.toString(), wb)).as(cli.err()).isZero();
        String[] base = {"--criterion", "cost_per_inhabitant=1", "--criterion", "direct_control_share=1",
            "--criterion", "capacity_risk_pairs=1", "--draws", "1000", "--seed", "4", "--table", "acceptability"};
        assertThat(cli.run(appraise(wb, base))).as(cli.err()).isZero();
        String weightsOnly = cli.out();
        String[] both = Arrays.copyOf(base, base.length + 3);
        both[base.length] = "--with-parameters";
        both[base.length + 1] = "--range";
        both[base.length + 2] = "0";
        // without parameter ranges the parameter draws change nothing
        assertThat(cli.run(appraise(wb, both))).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo(weightsOnly);
        both[base.length + 2] = "0.5";
        assertThat(cli.run(appraise(wb, both))).as(cli.err()).isZero();
        String[] lines = cli.out().split("\r?\n");
        assertThat(lines).hasSize(3);
        for (int i = 1; i <= 2; i++) {
            String[] cells = lines[i].split(",");
            assertThat(Double.parseDouble(cells[1]) + Double.parseDouble(cells[2])).isCloseTo(1.0,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        assertThat(cli.run(appraise(wb, "--criterion", "total_cost=1", "--with-parameters", "--table", "ranking")))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--with-parameters");
    }

    /** The catalogue with the low and high columns left empty. */
    private static Path withoutCatalogueRanges(Path catalogue, Path out) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(Files.newBufferedReader(catalogue));
             var printer = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(out),
                     org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader(
                             parser.getHeaderNames().toArray(String[]::new)).get())) {
            for (var record : parser) {
                for (String column : parser.getHeaderNames()) {
                    boolean range = column.endsWith("_low") || column.endsWith("_high");
                    printer.print(range ? "" : record.get(column));
                }
                printer.println();
            }
        }
        return out;
    }

    // ---- export --weight-set: the appraisal in the XLSX and the PDF handout, read back ----------

    private int export(String workbook, String weightSet, String format, Path out) {
        return export("en", workbook, weightSet, format, out);
    }

    private int export(String lang, String workbook, String weightSet, String format, Path out) {
        return cli.run("export", "--lang", lang, "--workbook", workbook, "--baseline", CURRENT, "--alternative",
                DIFFERENTIATED, "--weight-set", weightSet, "--format", format, "--out", out.toString());
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                        : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theXlsxHasTheAppraisalSheetAndTheWeightSetsInItsAssumptions() throws Exception {
        String wb = seeded();
        Path out = dir.resolve("handout.xlsx");
        assertThat(export(wb, "VNG", "xlsx", out)).as(cli.err()).isZero();
        assertThat(cli.run("appraise", "--workbook", wb, "--scenario", CURRENT, "--scenario", DIFFERENTIATED,
                "--weight-set", "VNG", "--table", "ranking")).isZero();
        String[] ranking = cli.out().split("\r?\n");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            List<List<String>> appraisal = rows(book.getSheet("Appraisal"));
            assertThat(appraisal.get(0).get(0)).startsWith("Weight set VNG, method weighted sum");
            int weights = indexOf(appraisal, "Appraisal: weights and their stability");
            assertThat(appraisal.get(weights + 1)).startsWith("Criterion", "Better is", "Weight", "Share", "Stable from");
            assertThat(appraisal.get(weights + 3)).startsWith("Under direct control", "higher", "3.0");
            int rank = indexOf(appraisal, "Appraisal: ranking");
            // the same order and scores as appraise --table ranking
            for (int r = 1; r <= 2; r++) {
                String[] cells = ranking[r].split(",");
                assertThat(appraisal.get(rank + 1 + r).get(1)).isEqualTo(cells[1]);
                assertThat(Double.parseDouble(appraisal.get(rank + 1 + r).get(2)))
                        .isEqualTo(Double.parseDouble(cells[2]));
            }
            int acc = indexOf(appraisal, "Appraisal: rank acceptability");
            assertThat(appraisal.get(acc + 1)).containsExactly("Scenario", "Rank 1", "Rank 2");
            double shares = Double.parseDouble(appraisal.get(acc + 2).get(1)) + Double.parseDouble(appraisal.get(acc + 3).get(1));
            assertThat(shares).isEqualTo(1.0);

            List<List<String>> assumptions = rows(book.getSheet("Assumptions"));
            int sets = indexOf(assumptions, "Weight sets");
            assertThat(assumptions.get(sets + 1)).startsWith("Weight set", "Method", "Criterion", "Better is", "Weight");
            assertThat(assumptions.subList(sets + 2, sets + 2 + 24)).extracting(r -> r.get(0))
                    .containsOnly("Gelijk", "IPO", "Rijk", "VNG");
        }
    }

    private static int indexOf(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row " + first);
    }

    @Test
    void thePdfHandoutHasAnAppraisalPage() throws Exception {
        String wb = seeded();
        Path out = dir.resolve("handout.pdf");
        assertThat(export(wb, "Rijk", "pdf", out)).as(cli.err()).isZero();
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
        }
        // table cells wrap: compare the text with its line breaks as spaces
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Appraisal of the options", "Weight set Rijk", "Appraisal: ranking",
                "Appraisal: rank acceptability", "Weight sets", "VNG", "Municipalities worse off");
    }

    @Test
    void theDutchXlsxSaysTheAppraisalInDutch() throws Exception {
        String wb = seeded();
        Path out = dir.resolve("afweging.xlsx");
        assertThat(export("nl", wb, "VNG", "xlsx", out)).as(cli.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            List<List<String>> appraisal = rows(book.getSheet("Afweging"));
            assertThat(appraisal.get(0).get(0)).startsWith("Weging VNG, methode gewogen som");
            int weights = indexOf(appraisal, "Afweging: gewichten en hun stabiliteit");
            assertThat(appraisal.get(weights + 1)).startsWith("Criterium", "Beter is", "Gewicht", "Aandeel", "Stabiel vanaf");
            assertThat(appraisal.get(weights + 3)).startsWith("Onder directe sturing", "hoger", "3.0");
            int rank = indexOf(appraisal, "Afweging: rangorde");
            assertThat(appraisal.get(rank + 1)).startsWith("Rang", "Scenario", "Waardering");
            int acc = indexOf(appraisal, "Afweging: aanvaardbaarheid van de rangen");
            assertThat(appraisal.get(acc + 1)).containsExactly("Scenario", "Rang 1", "Rang 2");
            List<List<String>> assumptions = rows(book.getSheet("Aannames"));
            int sets = indexOf(assumptions, "Wegingen");
            assertThat(assumptions.get(sets + 1)).startsWith("Weging", "Methode", "Criterium", "Beter is", "Gewicht");
            assertThat(assumptions.get(sets + 2).get(1)).isIn("gewogen som", "PROMETHEE II");
        }
    }

    @Test
    void theDutchPdfSaysTheAppraisalInDutchWithDutchNumbers() throws Exception {
        String wb = seeded();
        Path out = dir.resolve("afweging.pdf");
        assertThat(export("nl", wb, "Rijk", "pdf", out)).as(cli.err()).isZero();
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Weging Rijk, methode", "Afweging: rangorde",
                "Afweging: aanvaardbaarheid van de rangen", "Wegingen", "Gemeenten die erop achteruitgaan", "Rang 1")
                .doesNotContain("Appraisal:", "Weight set", "Better is", "losers");
        // shares in the Dutch format: a decimal comma before the percent sign
        assertThat(text.toString()).containsPattern("\\d+,\\d%");
    }

    @Test
    void weightSetsNeedAWorkbookAndAnXlsxOrPdf() {
        String wb = seeded();
        assertThat(export(wb, "VNG", "csv", dir.resolve("x.csv"))).isEqualTo(2);
        assertThat(cli.err()).contains("--weight-set");
        assertThat(export(wb, "Provincies", "xlsx", dir.resolve("x.xlsx"))).isEqualTo(65);
        assertThat(cli.err()).contains("no weight set named 'Provincies'");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }
}
