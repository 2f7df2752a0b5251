package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.model.Task;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout's tables are sized to their content: whole words, Dutch notes in a Dutch handout. */
class PdfTableLayoutTest {
    @TempDir
    Path temp;

    @Test
    void noWordOfTheDutchTasksTableIsSplitAcrossLines() throws Exception {
        ExportInput input = ExportFixtures.demo().withText(ExportText.DUTCH);
        Path out = temp.resolve("nl.pdf");
        PdfExport.write(input, MapGeometry.readBundled(), out);

        String pages = taskPages(out, "Aannames: taken", "Aannames: scenario's");
        ExportTable tasks = ExportTables.tasks(input);
        List<String> written = tasks.rows().stream().flatMap(List::stream).filter(c -> !c.isNumber())
                .map(Cell::text).flatMap(text -> List.of(text.split("\\s+")).stream()).toList();
        // The extractor ends every line of a cell with a line break (and runs the cells of a line
        // together), so a word broken over two lines is missing from the text once.
        count(written).forEach((word, times) -> assertThat(occurrences(pages, word))
                .as("'%s' whole in the tasks table", word).isGreaterThanOrEqualTo(times));
        // words that the fixed-ratio columns used to break
        assertThat(pages).contains("maatwerkvoorzieningen", "monitorlangdurigezorg.nl):", "Schuldhulpverlening",
                "Inkomensregelingen");
    }

    @Test
    void theDutchTasksTableShowsTheDutchSourceNotesAndTheEnglishOneTheShippedNotes() throws Exception {
        Task youthCare = Demo.STUDY.tasks().stream().filter(t -> t.code().equals("JZ-SPEC")).findFirst().orElseThrow();
        assertThat(youthCare.source()).contains("about EUR 329 per inhabitant for youth care");

        Path dutch = temp.resolve("nl.pdf");
        PdfExport.write(ExportFixtures.demo().withText(ExportText.DUTCH), MapGeometry.readBundled(), dutch);
        String nl = taskPages(dutch, "Aannames: taken", "Aannames: scenario's").replaceAll("\\s+", " ");
        assertThat(nl).contains("ongeveer € 329 per inwoner voor jeugdzorg", "Indicatieve aanname: orde van grootte")
                .doesNotContain("inhabitant", "Indicative", "EUR ");

        Path english = temp.resolve("en.pdf");
        PdfExport.write(ExportFixtures.demo(), MapGeometry.readBundled(), english);
        String en = taskPages(english, "Assumptions: tasks", "Assumptions: scenarios").replaceAll("\\s+", " ");
        assertThat(en).contains("about EUR 329 per inhabitant for youth care", "Indicative assumption: order of magnitude")
                .doesNotContain("ongeveer", "jeugdzorg;");
    }

    @Test
    void aTableTooWideForItsFontIsSetSmallerWithItsWordsWhole() throws Exception {
        ExportTable.Builder wide = new ExportTable.Builder("wide");
        String[] headers = new String[10];
        for (int c = 0; c < headers.length; c++) {
            headers[c] = "Afwijking" + c;
        }
        wide.header(headers);
        wide.row(java.util.Collections.nCopies(headers.length, Cell.number(ExportTable.Kind.MONEY, 44_975_395_855.0)));
        Path out = temp.resolve("wide.pdf");
        try (var stream = Files.newOutputStream(out)) {
            com.lowagie.text.Document document = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4, 36, 36, 36, 48);
            com.lowagie.text.pdf.PdfWriter.getInstance(document, stream);
            document.open();
            new PdfPage(document, ExportText.DUTCH).table(wide.build(), PdfPage.SMALL);
            document.close();
        }
        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page).contains("Afwijking0", "Afwijking9");
            assertThat(occurrences(page, "€ 44.975.395.855")).isEqualTo(headers.length);
        }
    }

    /**
     * The text of the pages from the one with {@code first} through the one with {@code next}, whole:
     * the extractor gives a page's text in the order it was written, and a table comes after the
     * headings on its last page.
     */
    private static String taskPages(Path pdf, String first, String next) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(Files.newInputStream(pdf))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            boolean in = false;
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                String page = extractor.getTextFromPage(p);
                in = in || page.contains(first);
                if (in) {
                    text.append(page).append('\n');
                    if (page.contains(next)) {
                        break;
                    }
                }
            }
        }
        assertThat(text).as("the pages from " + first).isNotEmpty();
        return text.toString();
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.stream().filter(w -> !w.isEmpty()).forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }
}
