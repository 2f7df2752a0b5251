package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.FrontierPoint;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.UniformityPoint;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.testing.Demo;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frontier and the price of uniformity in the XLSX and PDF exports, read back from the files. */
class ExplorationExportTest {
    @TempDir
    Path temp;

    private static Exploration exploration() {
        Explorer explorer = new Explorer(Demo.STUDY, Demo.CURRENT.scenario());
        return Exploration.of(explorer, 0.1, PriceRange.parse("0:1000000:11"), Constraints.NONE);
    }

    @Test
    void workbookHasFrontierAndUniformitySheetsWithTheEngineFigures() throws Exception {
        Exploration exploration = exploration();
        Path out = temp.resolve("explore.xlsx");
        XlsxExport.write(ExportFixtures.demo().withExploration(exploration), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet frontier = wb.getSheet("Frontier");
            assertThat(frontier.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Risk price (EUR per pair)");
            assertThat(frontier.getLastRowNum()).isEqualTo(exploration.frontier().size());
            for (int i = 0; i < exploration.frontier().size(); i++) {
                FrontierPoint p = exploration.frontier().get(i);
                Row row = frontier.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(p.riskPrice());
                assertThat(row.getCell(1).getNumericCellValue()).isCloseTo(p.proposal().summary().totalCost(),
                        within(1e-6));
                assertThat((long) row.getCell(2).getNumericCellValue())
                        .isEqualTo(p.proposal().summary().capacityRiskPairs());
                assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(p.proposal().score(), within(1e-6));
            }
            Sheet uniformity = wb.getSheet("Price of uniformity");
            assertThat(uniformity.getLastRowNum()).isEqualTo(11);
            for (int i = 0; i < 11; i++) {
                UniformityPoint p = exploration.uniformity().get(i);
                assertThat(uniformity.getRow(i + 1).getCell(5).getNumericCellValue())
                        .isCloseTo(p.priceOfUniformity(), within(1e-6)).isGreaterThanOrEqualTo(0);
            }
            List<String> sheets = new java.util.ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsSubsequence("Municipalities", "Frontier", "Price of uniformity", "Assumptions");
        }
    }

    @Test
    void theDutchWorkbookNamesTheExplorationInDutch() throws Exception {
        Exploration exploration = exploration();
        Path out = temp.resolve("verkennen.xlsx");
        XlsxExport.write(ExportFixtures.demo().withExploration(exploration).withText(ExportText.DUTCH), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet frontier = wb.getSheet("Grenslijn");
            assertThat(frontier).as("the frontier sheet in Dutch").isNotNull();
            List<String> headers = new java.util.ArrayList<>();
            frontier.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Risicoprijs (euro per paar)", "Totale kosten",
                    "Paren met capaciteitsrisico", "Onder directe sturing", "Waardering");
            assertThat(frontier.getRow(1).getCell(1).getNumericCellValue())
                    .isCloseTo(exploration.frontier().get(0).proposal().summary().totalCost(), within(1e-6));
            Sheet uniformity = wb.getSheet("Prijs van uniformiteit");
            assertThat(uniformity.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Prijs van uniformiteit");
            assertThat(wb.getSheet("Frontier")).isNull();
        }
    }

    @Test
    void theDutchHandoutSaysTheExplorationInDutchWithDutchNumbers() throws Exception {
        Exploration exploration = exploration();
        Path out = temp.resolve("verkennen.pdf");
        PdfExport.write(ExportFixtures.demo().withExploration(exploration).withText(ExportText.DUTCH),
                MapGeometry.readBundled(), out);
        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String page = null;
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                String text = extractor.getTextFromPage(p);
                if (text.startsWith("Verkennen: de beste")) {
                    page = text;
                }
            }
            assertThat(page).as("a Dutch page on exploring allocations").isNotNull();
            UniformityPoint last = exploration.uniformity().get(10);
            assertThat(page).contains("De grenslijn", "Prijs van uniformiteit bij elke risicoprijs", "Risicoprijs",
                    ExportText.DUTCH.format(ExportTable.Cell.number(ExportTable.Kind.MONEY, last.priceOfUniformity())))
                    .doesNotContain("Risk price", "Price of uniformity", "Exploring");
        }
    }

    @Test
    void withoutExplorationTheWorkbookHasNoSuchSheets() throws Exception {
        Path out = temp.resolve("plain.xlsx");
        XlsxExport.write(ExportFixtures.demo(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Frontier")).isNull();
        }
    }

    @Test
    void handoutHasTheFrontierPage() throws Exception {
        Exploration exploration = exploration();
        Path out = temp.resolve("explore.pdf");
        PdfExport.write(ExportFixtures.demo().withExploration(exploration), MapGeometry.readBundled(), out);
        Demo.preview(out);
        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String page = null;
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                String text = extractor.getTextFromPage(p);
                if (text.startsWith("Exploring allocations")) {
                    page = text;
                }
            }
            assertThat(page).as("a page on exploring allocations").isNotNull();
            UniformityPoint last = exploration.uniformity().get(10);
            assertThat(page).contains("Price of uniformity", "current-situation",
                    Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY, last.priceOfUniformity())),
                    Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY,
                            exploration.frontier().get(0).proposal().summary().totalCost())));
        }
    }
}
