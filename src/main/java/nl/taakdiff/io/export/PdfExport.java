package nl.taakdiff.io.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.render.ScatterRenderer;

/**
 * The meeting handout (OpenPDF, A4 portrait) in the export's language: a summary page with the key
 * figures of the baseline and every alternative, the size-class chart and the cost-change map(s);
 * then the size classes, the municipalities, the exploration, sensitivity and uncertainty when
 * asked for, the assumptions (task parameters with sources, scenarios with tiering and overheads,
 * levels per size class, overrides with reasons) and the About table. Every page carries
 * "Bron: CBS / PDOK" and its page number.
 */
public final class PdfExport {
    private PdfExport() {
    }

    /** The pictures of the handout, rendered before the file is opened so that a failure there leaves nothing behind. */
    private record Pictures(byte[] chart, List<byte[]> maps, byte[] frontier, List<byte[]> tornadoes,
                            List<byte[]> histograms) {
    }

    /** @param geometry the data set's own boundaries; null when it has none, and then there are no maps */
    public static void write(ExportInput input, MapGeometry geometry, Path out) throws IOException {
        byte[] chart = Images.png(Images.classChart(input));
        List<byte[]> maps = new ArrayList<>();
        for (Comparison c : geometry == null ? List.<Comparison>of() : input.comparisons()) {
            maps.add(Images.png(Images.costChangeMap(geometry, c, input.text())));
        }
        byte[] frontier = input.exploration() == null ? null : Images.png(ScatterRenderer.render(
                input.exploration().chart(input.evaluations(), input.text()), ScatterRenderer.WIDTH, ScatterRenderer.HEIGHT, 2));
        List<byte[]> tornadoes = new ArrayList<>();
        List<byte[]> histograms = new ArrayList<>();
        if (input.uncertainty() != null) {
            for (UncertaintySection.Part part : input.uncertainty().parts()) {
                tornadoes.add(Images.png(Images.tornado(input, part)));
                histograms.add(Images.png(Images.histogram(input, part)));
            }
        }
        Pictures pictures = new Pictures(chart, maps, frontier, tornadoes, histograms);
        AtomicFiles.write(out, stream -> write(input, pictures, stream));
    }

    private static void write(ExportInput input, Pictures pictures, OutputStream out) throws IOException {
        ExportText t = input.text();
        Document document = new Document(PageSize.A4, 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfPage.Footer(t));
            document.addTitle(t.get("document.title"));
            document.addCreator("Taakdiff " + input.about().appVersion());
            document.open();
            PdfPage page = new PdfPage(document, t);
            summaryPage(page, input, pictures);
            page.newPage();
            page.heading(t.get("pdf.classes"));
            page.table(HandoutTables.classes(input), input.comparisons().size() > 1 ? PdfPage.SMALL : PdfPage.BODY);
            page.heading(t.get("pdf.municipalities"));
            page.paragraph(t.get("pdf.threshold", "€ " + t.amount(input.comparisons().get(0).threshold())),
                    PdfPage.SMALL);
            page.table(HandoutTables.municipalities(input), PdfPage.SMALL);
            if (pictures.frontier() != null) {
                page.newPage();
                explorationPage(page, input.text(), input.exploration(), pictures.frontier());
            }
            if (input.uncertainty() != null) {
                page.newPage();
                PdfUncertainty.write(page, input, pictures.tornadoes(), pictures.histograms());
            }
            page.newPage();
            assumptions(page, input);
            page.heading(t.get("pdf.about"));
            page.table(ExportTables.about(input), PdfPage.BODY);
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static void assumptions(PdfPage page, ExportInput input) {
        ExportText t = input.text();
        page.heading(t.get("pdf.assumptions.tasks"));
        page.table(ExportTables.tasks(input), PdfPage.SMALL);
        page.heading(t.get("pdf.assumptions.scenarios"));
        page.table(ExportTables.scenarios(input), PdfPage.SMALL);
        for (Evaluation e : input.evaluations()) {
            page.heading(t.get("pdf.levels", e.scenario().name()));
            page.table(HandoutTables.levels(t, e.scenario()), PdfPage.SMALL);
        }
        page.heading(t.get("pdf.overrides"));
        ExportTable overrides = ExportTables.overrides(input);
        if (overrides.rows().isEmpty()) {
            page.paragraph(t.get("overrides.none"), PdfPage.BODY);
        } else {
            page.table(overrides, PdfPage.SMALL);
        }
        AppraisalSection appraisal = input.appraisal();
        if (appraisal != null && !appraisal.weightSets().isEmpty()) {
            page.heading(AppraisalTablesForPeople.weightSetsTitle(t));
            page.table(AppraisalTablesForPeople.weightSets(t, appraisal), PdfPage.SMALL);
        }
        if (appraisal != null && appraisal.appraisal() != null) {
            page.newPage();
            page.heading(t.get("pdf.appraisal"));
            page.paragraph(AppraisalTablesForPeople.note(t, appraisal), PdfPage.BODY);
            for (ExportTable table : List.of(AppraisalTablesForPeople.weights(t, appraisal),
                    AppraisalTablesForPeople.ranking(t, appraisal), AppraisalTablesForPeople.acceptability(t, appraisal))) {
                page.heading(table.title());
                page.table(table, PdfPage.SMALL);
            }
        }
    }

    /** The frontier chart, what it means, and the price of uniformity at every risk price. */
    private static void explorationPage(PdfPage page, ExportText t, Exploration exploration, byte[] chart)
            throws IOException {
        page.heading(t.get("pdf.explore"));
        page.paragraph(t.get("pdf.explore.text", exploration.baseName()), PdfPage.BODY);
        page.picture(chart);
        page.heading(t.get("pdf.explore.frontier"));
        page.table(exploration.frontierTable(t), PdfPage.SMALL);
        page.heading(t.get("pdf.explore.uniformity"));
        page.table(exploration.uniformityTable(t), PdfPage.SMALL);
    }

    private static void summaryPage(PdfPage page, ExportInput input, Pictures pictures) throws IOException {
        ExportText t = input.text();
        Document document = page.document();
        document.add(new Paragraph(t.get("pdf.title"), PdfPage.TITLE));
        StringBuilder meta = new StringBuilder(t.get("pdf.baseline", input.baseline().scenario().name()));
        for (int i = 0; i < input.comparisons().size(); i++) {
            meta.append("   |   ").append(t.get("pdf.alternative", i + 1,
                    input.comparisons().get(i).alternative().scenario().name()));
        }
        page.paragraph(meta.toString(), PdfPage.BODY);
        var dataset = input.baseline().study().dataset();
        page.paragraph(t.get("pdf.dataset", dataset.name(), String.valueOf(dataset.municipalities().size()),
                String.valueOf(input.baseline().study().tasks().size()), t.dateTime(input.about().exportedAt()),
                input.about().workbook().isEmpty() ? "" : t.get("pdf.fromWorkbook", input.about().workbook())),
                PdfPage.BODY);
        page.heading(t.get("pdf.keyFigures"));
        page.table(HandoutTables.keyFigures(input), input.comparisons().size() > 1 ? PdfPage.SMALL : PdfPage.BODY);
        page.paragraph(t.get("pdf.keyFigures.note"), PdfPage.SMALL);

        page.heading(t.get("pdf.pictures"));
        // Chart and maps two by two: one alternative fills a row, three fill two rows.
        PdfPTable grid = new PdfPTable(2);
        grid.addCell(PdfPage.imageCell(pictures.chart()));
        for (byte[] map : pictures.maps()) {
            grid.addCell(PdfPage.imageCell(map));
        }
        if (pictures.maps().size() % 2 == 0) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(0);
            grid.addCell(empty);
        }
        PdfPCell caption = new PdfPCell(new Phrase(pictures.maps().isEmpty()
                ? t.get("pdf.maps.none", input.baseline().study().dataset().name())
                : t.get("pdf.maps.caption", t.get("unit.moneyPerInhabitant"), MapGeometry.ATTRIBUTION), PdfPage.SMALL));
        caption.setColspan(2);
        caption.setBorder(0);
        grid.addCell(caption);
        // Two rows of pictures must still fit under the key figures on the first page.
        grid.setWidthPercentage(pictures.maps().size() > 1 ? 86 : 100);
        document.add(grid);
    }
}
