package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {
    @TempDir
    Path temp;

    @Test
    void handoutHasSummaryTablesAndAssumptions() throws Exception {
        Path out = temp.resolve("handout.pdf");

        PdfExport.write(ExportFixtures.demo(), MapGeometry.readBundled(), out);
        Demo.preview(out);

        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            assertThat(first).contains("Key figures", "current-situation", "differentiated-by-scale",
                    "Bron: CBS / PDOK", "page 1");
            assertThat(first).contains(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_MILLIONS,
                    Demo.CURRENT.summary().value(Metric.TOTAL_COST))));
            assertThat(first).contains(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_CENTS,
                    Demo.DIFFERENTIATED.summary().value(Metric.COST_PER_INHABITANT))));
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(extractor.getTextFromPage(p)).append('\n');
            }
            assertThat(all.toString()).contains("Schiermonnikoog", "Amsterdam", "Assumptions: tasks", "JZ-SPEC",
                    "Levels per size class", "About this export", "0.1.0-test", "No overrides in these scenarios.");
        }
        assertThat(Files.list(temp).count()).isEqualTo(1);
    }

    @Test
    void threeAlternativesFitOnTheSummaryPage() throws Exception {
        Path out = temp.resolve("three.pdf");

        PdfExport.write(ExportFixtures.three(), MapGeometry.readBundled(), out);

        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(first).contains("regional-youth", "unchanged", "Alternative 3",
                    "Cost per inhabitant by size class and change per municipality");
            // the pictures stay on the summary page: page 2 starts with the size-class table
            assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).startsWith("Cost per inhabitant by size class\n");
        }
    }

    @Test
    void dutchHandoutWithASensitivityAndUncertaintySection() throws Exception {
        Path out = temp.resolve("nl.pdf");
        ExportInput input = ExportFixtures.withUncertainty(ExportFixtures.demo()).withText(ExportText.DUTCH);

        PdfExport.write(input, MapGeometry.readBundled(), out);
        Demo.preview(out);

        try (PdfReader reader = new PdfReader(Files.newInputStream(out))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            assertThat(first).contains("Kerncijfers", "Totale kosten", "Basis: current-situation", "Gegevensset CBS",
                    "Geëxporteerd op 29-11-2026 10:30", "pagina 1");
            assertThat(first).contains(ExportText.DUTCH.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_CENTS,
                    Demo.DIFFERENTIATED.summary().value(Metric.COST_PER_INHABITANT))));
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(extractor.getTextFromPage(p)).append('\n');
            }
            String sentence = UncertaintyTablesForPeople.sentence(ExportText.DUTCH, input.uncertainty().parts().get(0));
            assertThat(all.toString()).contains("Gevoeligheid en onzekerheid", "500 trekkingen, startgetal 3",
                    "Omslagpunt", "Uitslag", "P50", "Aannames: taken", "Over deze export")
                    .contains(sentence.substring(0, 20));
        }
    }

    @Test
    void dutchFormatting() {
        ExportText nl = ExportText.DUTCH;
        assertThat(nl.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_CENTS, 1234.56))).isEqualTo("€ 1.234,56");
        assertThat(nl.format(ExportTable.Cell.number(ExportTable.Kind.MONEY, -1234567.4))).isEqualTo("€ -1.234.567");
        assertThat(nl.format(ExportTable.Cell.number(ExportTable.Kind.PERCENT, 0.5123))).isEqualTo("51,2%");
        assertThat(nl.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_MILLIONS, 43_485_424_183.0)))
                .isEqualTo("€ 43.485,4 mln");
    }

    @Test
    void formatting() {
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY, -1234567.4))).isEqualTo("-€ 1,234,567");
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_CENTS, 2441.915))).isEqualTo("€ 2,441.92");
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.PERCENT, 0.5123))).isEqualTo("51.2%");
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.CHANGE_PERCENT, 0.0123))).isEqualTo("+1.23%");
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.CHANGE_PERCENT, (Double) null))).isEmpty();
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY, -0.2))).isEqualTo("€ 0");
        assertThat(Formatting.format(ExportTable.Cell.number(ExportTable.Kind.MONEY_MILLIONS, 43_485_424_183.0)))
                .isEqualTo("€ 43,485.4 m");
    }
}
