package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.testing.Demo;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shipped demo description reads in the export's language wherever an export shows descriptions
 * (the scenarios table and the About table of the XLSX and the PDF), whichever language the
 * workbook stored it in; a description the analyst wrote or edited is exported as written.
 */
class DemoDescriptionExportTest {
    private static final String CURRENT_NL = "Elke gemeente voert hetzelfde takenpakket uit, zoals nu.";
    private static final String CURRENT_EN = "Every municipality carries the same task package, as today.";
    private static final String DIFFERENTIATED_NL =
            "Kleine gemeenten dragen schaalgevoelige taken over aan een centrumgemeente of de regio.";
    private static final String DIFFERENTIATED_EN =
            "Small municipalities pass scale-sensitive tasks to a centre municipality or the region.";
    /** A shipped text the analyst shortened: their own from then on. */
    private static final String EDITED = "Every municipality carries the same task package";
    private static final String OWN = "Jeugdzorg samen in de regio";

    @TempDir
    Path temp;

    @Test
    void anOlderWorkbooksEnglishDescriptionsReadDutchInADutchXlsx() throws Exception {
        Path out = temp.resolve("nl.xlsx");

        XlsxExport.write(described(CURRENT_EN, DIFFERENTIATED_EN, EDITED).withText(ExportText.DUTCH), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet assumptions = wb.getSheet("Aannames");
            assertThat(descriptionOf(assumptions, "current-situation")).isEqualTo(CURRENT_NL);
            assertThat(descriptionOf(assumptions, "differentiated-by-scale")).isEqualTo(DIFFERENTIATED_NL);
            assertThat(descriptionOf(assumptions, "own-words")).isEqualTo(EDITED);
            assertThat(texts(wb.getSheet("Over deze export"))).contains("current-situation: " + CURRENT_NL,
                    "differentiated-by-scale: " + DIFFERENTIATED_NL, "own-words: " + EDITED);
            assertThat(everyText(wb)).noneMatch(t -> t.contains("as today") || t.contains(DIFFERENTIATED_EN));
        }
    }

    @Test
    void aNewWorkbooksDutchDescriptionsReadEnglishInAnEnglishXlsx() throws Exception {
        Path out = temp.resolve("en.xlsx");

        XlsxExport.write(described(CURRENT_NL, DIFFERENTIATED_NL, OWN).withText(ExportText.ENGLISH), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet assumptions = wb.getSheet("Assumptions");
            assertThat(descriptionOf(assumptions, "current-situation")).isEqualTo(CURRENT_EN);
            assertThat(descriptionOf(assumptions, "differentiated-by-scale")).isEqualTo(DIFFERENTIATED_EN);
            assertThat(descriptionOf(assumptions, "own-words")).isEqualTo(OWN);
            assertThat(texts(wb.getSheet("About"))).contains("current-situation: " + CURRENT_EN,
                    "differentiated-by-scale: " + DIFFERENTIATED_EN, "own-words: " + OWN);
            assertThat(everyText(wb)).noneMatch(t -> t.contains(CURRENT_NL) || t.contains(DIFFERENTIATED_NL));
        }
    }

    @Test
    void anOlderWorkbooksEnglishDescriptionsReadDutchInADutchPdf() throws Exception {
        Path out = temp.resolve("nl.pdf");

        PdfExport.write(described(CURRENT_EN, DIFFERENTIATED_EN, EDITED).withText(ExportText.DUTCH), null, out);

        String text = pdfText(out);
        assertThat(text).contains(squeezed("current-situation: " + CURRENT_NL),
                squeezed("differentiated-by-scale: " + DIFFERENTIATED_NL), squeezed("own-words: " + EDITED));
        // once in the scenarios table, once in the About table
        assertThat(occurrences(text, squeezed(CURRENT_NL))).isEqualTo(2);
        assertThat(occurrences(text, squeezed(DIFFERENTIATED_NL))).isEqualTo(2);
        assertThat(occurrences(text, squeezed(EDITED))).isEqualTo(2);
        assertThat(text).doesNotContain(squeezed(CURRENT_EN), squeezed(DIFFERENTIATED_EN));
    }

    @Test
    void aNewWorkbooksDutchDescriptionsReadEnglishInAnEnglishPdf() throws Exception {
        Path out = temp.resolve("en.pdf");

        PdfExport.write(described(CURRENT_NL, DIFFERENTIATED_NL, OWN).withText(ExportText.ENGLISH), null, out);

        String text = pdfText(out);
        assertThat(text).contains(squeezed("current-situation: " + CURRENT_EN),
                squeezed("differentiated-by-scale: " + DIFFERENTIATED_EN), squeezed("own-words: " + OWN));
        assertThat(occurrences(text, squeezed(CURRENT_EN))).isEqualTo(2);
        assertThat(occurrences(text, squeezed(DIFFERENTIATED_EN))).isEqualTo(2);
        assertThat(occurrences(text, squeezed(OWN))).isEqualTo(2);
        assertThat(text).doesNotContain(squeezed(CURRENT_NL), squeezed(DIFFERENTIATED_NL));
    }

    /** The demo comparison with these descriptions, and a third scenario described in the analyst's words. */
    private static ExportInput described(String current, String differentiated, String own) {
        Evaluator evaluator = new Evaluator(Demo.STUDY);
        Evaluation base = evaluator.evaluate(Demo.CURRENT.scenario().withDescription(current));
        Evaluation alternative = evaluator.evaluate(Demo.DIFFERENTIATED.scenario().withDescription(differentiated));
        Evaluation third = evaluator.evaluate(Demo.CURRENT.scenario().withName("own-words").withDescription(own));
        return ExportInput.of(List.of(Comparison.of(base, alternative), Comparison.of(base, third)), ExportFixtures.ABOUT);
    }

    /** The description column of a scenario's row in the scenarios table, the first table that names scenarios. */
    private static String descriptionOf(Sheet sheet, String scenario) {
        for (Row row : sheet) {
            Cell name = row.getCell(0);
            if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(scenario)) {
                return row.getCell(2).getStringCellValue();
            }
        }
        throw new AssertionError(scenario + " not in " + sheet.getSheetName());
    }

    private static List<String> everyText(XSSFWorkbook wb) {
        List<String> all = new ArrayList<>();
        wb.forEach(sheet -> all.addAll(texts(sheet)));
        return all;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /**
     * Every page's text without any white space: a narrow table column wraps a description inside
     * its words, and the extracted lines of a row's cells run together.
     */
    private static String pdfText(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(Files.newInputStream(pdf))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(extractor.getTextFromPage(p)).append('\n');
            }
            return squeezed(all.toString());
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
