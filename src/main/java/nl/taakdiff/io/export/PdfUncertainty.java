package nl.taakdiff.io.export;

import java.io.IOException;
import java.util.List;

/** The handout's sensitivity and uncertainty pages: per alternative the tornado chart and table, then the spread of the draws. */
final class PdfUncertainty {
    private PdfUncertainty() {
    }

    static void write(PdfPage page, ExportInput input, List<byte[]> tornadoes, List<byte[]> histograms)
            throws IOException {
        ExportText t = page.text();
        UncertaintySection section = input.uncertainty();
        page.heading(t.get("pdf.sensitivity"));
        page.paragraph(UncertaintyTablesForPeople.settings(t, section), PdfPage.BODY);
        for (int i = 0; i < section.parts().size(); i++) {
            UncertaintySection.Part part = section.parts().get(i);
            if (i > 0) {
                page.newPage();
            }
            page.heading(UncertaintyTablesForPeople.title(t, part));
            page.paragraph(t.get("uncertainty.sensitivity.note"), PdfPage.SMALL);
            page.picture(tornadoes.get(i));
            page.table(UncertaintyTablesForPeople.tornado(t, input.baseline().study().tasks(), part), PdfPage.SMALL);
            page.newPage();
            page.heading(t.get("uncertainty.spread") + ": " + UncertaintyTablesForPeople.title(t, part));
            page.paragraph(UncertaintyTablesForPeople.sentence(t, part), PdfPage.BODY);
            page.picture(histograms.get(i));
            page.table(UncertaintyTablesForPeople.metrics(t, part), PdfPage.SMALL);
            page.heading(t.get("uncertainty.classes"));
            page.table(UncertaintyTablesForPeople.classes(t, part), PdfPage.SMALL);
        }
    }
}
