package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --weight-set}: the appraisal in the XLSX and the PDF handout, read back. */
class AppraisalExportTest {
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
        assertThat(cli.run("export", "--workbook", wb, "--baseline", CURRENT, "--alternative", DIFFERENTIATED,
                "--weight-set", "VNG", "--format", "xlsx", "--out", out.toString())).as(cli.err()).isZero();
        assertThat(cli.run("appraise", "--workbook", wb, "--scenario", CURRENT, "--scenario", DIFFERENTIATED,
                "--weight-set", "VNG", "--table", "ranking")).isZero();
        String[] ranking = cli.out().split("\r?\n");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            List<List<String>> appraisal = rows(book.getSheet("Appraisal"));
            assertThat(appraisal.get(0).get(0)).startsWith("Weight set VNG, method weighted-sum");
            int weights = indexOf(appraisal, "Appraisal: weights and their stability");
            assertThat(appraisal.get(weights + 1)).startsWith("Criterion", "Better is", "Weight", "Share", "Stable from");
            assertThat(appraisal.get(weights + 3)).startsWith("direct_control_share", "higher", "3.0");
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
        assertThat(cli.run("export", "--workbook", wb, "--baseline", CURRENT, "--alternative", DIFFERENTIATED,
                "--weight-set", "Rijk", "--format", "pdf", "--out", out.toString())).as(cli.err()).isZero();
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
        }
        assertThat(text.toString()).contains("Appraisal of the options", "Weight set Rijk", "Appraisal: ranking",
                "Appraisal: rank acceptability", "Weight sets", "VNG", "losers");
    }

    @Test
    void weightSetsNeedAWorkbookAndAnXlsxOrPdf() {
        String wb = seeded();
        assertThat(cli.run("export", "--workbook", wb, "--baseline", CURRENT, "--alternative", DIFFERENTIATED,
                "--weight-set", "VNG", "--format", "csv", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--weight-set");
        assertThat(cli.run("export", "--workbook", wb, "--baseline", CURRENT, "--alternative", DIFFERENTIATED,
                "--weight-set", "Provincies", "--format", "xlsx", "--out", dir.resolve("x.xlsx").toString())).isEqualTo(65);
        assertThat(cli.err()).contains("no weight set named 'Provincies'");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }
}
