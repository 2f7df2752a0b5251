package nl.taakdiff.io.export;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.CURRENT_NL;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_EN;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_NL;
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
 * (the scenarios table and the About table of the XLSX and the PDF; the CSV files have none),
 * whichever language the workbook stored it in; a description the analyst wrote or edited is
 * exported as written.
 */
class DemoDescriptionExportTest {
    /** The scenarios of {@link #described}, in order. */
    private static final List<String> NAMES = List.of("current-situation", "differentiated-by-scale", "own-words");
    /** A shipped text the analyst shortened: their own from then on. */
    private static final String EDITED = "Every municipality carries the same task package";
    private static final String OWN = "Jeugdzorg samen in de regio";

    @TempDir
    Path temp;

    @Test
    void anOlderWorkbooksEnglishDescriptionsReadDutchInADutchXlsx() throws Exception {
        ExportInput input = described(CURRENT_EN, DIFFERENTIATED_EN, EDITED).withText(ExportText.DUTCH);

        assertXlsxReads(input, "Aannames", "Over deze export", List.of(CURRENT_NL, DIFFERENTIATED_NL, EDITED),
                List.of(CURRENT_EN, DIFFERENTIATED_EN));
    }

    @Test
    void aNewWorkbooksDutchDescriptionsReadEnglishInAnEnglishXlsx() throws Exception {
        ExportInput input = described(CURRENT_NL, DIFFERENTIATED_NL, OWN).withText(ExportText.ENGLISH);

        assertXlsxReads(input, "Assumptions", "About", List.of(CURRENT_EN, DIFFERENTIATED_EN, OWN),
                List.of(CURRENT_NL, DIFFERENTIATED_NL));
    }

    @Test
    void anOlderWorkbooksEnglishDescriptionsReadDutchInADutchPdf() throws Exception {
        ExportInput input = described(CURRENT_EN, DIFFERENTIATED_EN, EDITED).withText(ExportText.DUTCH);

        assertPdfReads(input, List.of(CURRENT_NL, DIFFERENTIATED_NL, EDITED), List.of(CURRENT_EN, DIFFERENTIATED_EN));
    }

    @Test
    void aNewWorkbooksDutchDescriptionsReadEnglishInAnEnglishPdf() throws Exception {
        ExportInput input = described(CURRENT_NL, DIFFERENTIATED_NL, OWN).withText(ExportText.ENGLISH);

        assertPdfReads(input, List.of(CURRENT_EN, DIFFERENTIATED_EN, OWN), List.of(CURRENT_NL, DIFFERENTIATED_NL));
    }

    /** The demo comparison with these descriptions, and a third scenario described in the analyst's words. */
    private static ExportInput described(String current, String differentiated, String own) {
        Evaluator evaluator = new Evaluator(Demo.STUDY);
        Evaluation base = evaluator.evaluate(Demo.CURRENT.scenario().withDescription(current));
        Evaluation alternative = evaluator.evaluate(Demo.DIFFERENTIATED.scenario().withDescription(differentiated));
        Evaluation third = evaluator.evaluate(Demo.CURRENT.scenario().withName(NAMES.get(2)).withDescription(own));
        return ExportInput.of(List.of(Comparison.of(base, alternative), Comparison.of(base, third)), ExportFixtures.ABOUT);
    }

    /** Each scenario's description in the scenarios table and the About sheet; no cell holds an absent text. */
    private void assertXlsxReads(ExportInput input, String assumptionsSheet, String aboutSheet, List<String> shown,
                                 List<String> absent) throws Exception {
        Path out = temp.resolve("descriptions.xlsx");
        XlsxExport.write(input, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet assumptions = wb.getSheet(assumptionsSheet);
            List<String> about = XlsxExportTest.texts(wb.getSheet(aboutSheet));
            for (int i = 0; i < NAMES.size(); i++) {
                assertThat(descriptionOf(assumptions, NAMES.get(i))).isEqualTo(shown.get(i));
                assertThat(about).contains(NAMES.get(i) + ": " + shown.get(i));
            }
            List<String> every = new ArrayList<>();
            wb.forEach(sheet -> every.addAll(XlsxExportTest.texts(sheet)));
            for (String text : absent) {
                assertThat(every).noneMatch(t -> t.contains(text));
            }
        }
    }

    /** Each description twice (scenarios table and About table, the latter after its name); no absent text. */
    private void assertPdfReads(ExportInput input, List<String> shown, List<String> absent) throws Exception {
        Path out = temp.resolve("descriptions.pdf");
        PdfExport.write(input, null, out);
        String text = pdfText(out);
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(text).contains(squeezed(NAMES.get(i) + ": " + shown.get(i)));
            assertThat(occurrences(text, squeezed(shown.get(i)))).as(shown.get(i)).isEqualTo(2);
        }
        for (String gone : absent) {
            assertThat(text).doesNotContain(squeezed(gone));
        }
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
