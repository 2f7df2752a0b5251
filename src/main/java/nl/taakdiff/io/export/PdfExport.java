package nl.taakdiff.io.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.render.ScatterRenderer;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;

/**
 * The meeting handout (OpenPDF, A4 portrait): a summary page with the key figures of the
 * baseline and every alternative, the size-class chart and the cost-change map(s); then the size
 * classes, the municipalities, and the assumptions (task parameters with sources, scenarios with
 * tiering and overheads, levels per size class, overrides with reasons) and the About table.
 * Every page carries "Bron: CBS / PDOK" and its page number.
 */
public final class PdfExport {
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);

    private PdfExport() {
    }

    /** @param geometry the data set's own boundaries; null when it has none, and then there are no maps */
    public static void write(ExportInput input, MapGeometry geometry, Path out) throws IOException {
        // Render the pictures before opening the file: a failure there leaves nothing behind.
        byte[] chart = Images.png(Images.classChart(input));
        List<byte[]> maps = new ArrayList<>();
        for (Comparison c : geometry == null ? List.<Comparison>of() : input.comparisons()) {
            maps.add(Images.png(Images.costChangeMap(geometry, c)));
        }
        byte[] frontier = input.exploration() == null ? null : Images.png(ScatterRenderer.render(
                input.exploration().chart(input.evaluations()), ScatterRenderer.WIDTH, ScatterRenderer.HEIGHT, 2));
        AtomicFiles.write(out, stream -> write(input, chart, maps, frontier, stream));
    }

    private static void write(ExportInput input, byte[] chart, List<byte[]> maps, byte[] frontier, OutputStream out)
            throws IOException {
        Document document = new Document(PageSize.A4, 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer());
            document.addTitle("Taakdiff comparison");
            document.addCreator("Taakdiff " + input.about().appVersion());
            document.open();
            summaryPage(document, input, chart, maps);
            document.newPage();
            heading(document, "Cost per inhabitant by size class");
            add(document, classes(input), input.comparisons().size() > 1 ? SMALL : BODY, 1.6f);
            heading(document, "Municipalities");
            document.add(new Paragraph("Winners and losers change by more than EUR "
                    + Formatting.format(Cell.number(ExportTable.Kind.MONEY_CENTS, input.comparisons().get(0).threshold()))
                    .replace("€ ", "") + " per inhabitant per year.", SMALL));
            add(document, municipalities(input), SMALL, 1.8f);
            if (frontier != null) {
                document.newPage();
                explorationPage(document, input.exploration(), frontier);
            }
            document.newPage();
            heading(document, "Assumptions: tasks");
            add(document, ExportTables.tasks(input), SMALL);
            heading(document, "Assumptions: scenarios, tiering and overheads");
            add(document, ExportTables.scenarios(input), SMALL);
            for (Evaluation e : input.evaluations()) {
                heading(document, "Levels per size class: " + e.scenario().name());
                add(document, levels(e.scenario()), SMALL);
            }
            heading(document, "Overrides");
            ExportTable overrides = ExportTables.overrides(input);
            if (overrides.rows().isEmpty()) {
                document.add(new Paragraph("No overrides in these scenarios.", BODY));
            } else {
                add(document, overrides, SMALL);
            }
            AppraisalSection appraisal = input.appraisal();
            if (appraisal != null && !appraisal.weightSets().isEmpty()) {
                heading(document, AppraisalTablesForPeople.WEIGHT_SETS);
                add(document, AppraisalTablesForPeople.weightSets(appraisal), SMALL);
            }
            if (appraisal != null && appraisal.appraisal() != null) {
                document.newPage();
                heading(document, "Appraisal of the options");
                document.add(new Paragraph(AppraisalTablesForPeople.note(appraisal), BODY));
                for (ExportTable t : List.of(AppraisalTablesForPeople.weights(appraisal),
                        AppraisalTablesForPeople.ranking(appraisal), AppraisalTablesForPeople.acceptability(appraisal))) {
                    heading(document, t.title());
                    add(document, t, SMALL);
                }
            }
            heading(document, "About this export");
            add(document, ExportTables.about(input), BODY);
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    /** The frontier chart, what it means, and the price of uniformity at every risk price. */
    private static void explorationPage(Document document, Exploration exploration, byte[] chart) throws IOException {
        heading(document, "Exploring allocations: the best differentiated against the best uniform");
        document.add(new Paragraph("For each price of a capacity-risk pair (a task-municipality pair whose executing"
                + " organisation is below the task's minimum scale) the allocation with the lowest score: cost + risk"
                + " price x risk pairs + control price x cost outside direct municipal control. Size classes,"
                + " overheads and overrides of the baseline " + exploration.baseName() + " are kept. The price of"
                + " uniformity is the score of the best uniform allocation minus that of the best differentiated one.",
                BODY));
        PdfPTable picture = new PdfPTable(1);
        picture.setWidthPercentage(100);
        picture.addCell(imageCell(chart));
        document.add(picture);
        heading(document, "The frontier: one row per distinct best allocation");
        add(document, exploration.frontierTable(), SMALL);
        heading(document, "Price of uniformity at each risk price");
        add(document, exploration.uniformityTable(), SMALL);
    }

    private static void summaryPage(Document document, ExportInput input, byte[] chart, List<byte[]> maps)
            throws IOException {
        Paragraph title = new Paragraph("Taakdiff: comparison of task allocations", TITLE);
        document.add(title);
        StringBuilder meta = new StringBuilder("Baseline: ").append(input.baseline().scenario().name());
        for (int i = 0; i < input.comparisons().size(); i++) {
            meta.append("   |   Alternative ").append(i + 1).append(": ")
                    .append(input.comparisons().get(i).alternative().scenario().name());
        }
        document.add(new Paragraph(meta.toString(), BODY));
        document.add(new Paragraph("Data set " + input.baseline().study().dataset().name() + ", "
                + input.baseline().study().dataset().municipalities().size() + " municipalities, "
                + input.baseline().study().tasks().size() + " tasks. Exported "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .format(input.about().exportedAt().atOffset(ZoneOffset.UTC))
                + (input.about().workbook().isEmpty() ? "" : " from " + input.about().workbook()) + ".", BODY));
        heading(document, "Key figures");
        add(document, keyFigures(input), input.comparisons().size() > 1 ? SMALL : BODY, 2.4f);
        document.add(new Paragraph("Costs in millions of euros per year; change relative to the baseline.", SMALL));

        heading(document, "Cost per inhabitant by size class and change per municipality");
        // Chart and maps two by two: one alternative fills a row, three fill two rows.
        PdfPTable pictures = new PdfPTable(2);
        pictures.addCell(imageCell(chart));
        for (byte[] map : maps) {
            pictures.addCell(imageCell(map));
        }
        if (maps.size() % 2 == 0) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(0);
            pictures.addCell(empty);
        }
        PdfPCell caption = new PdfPCell(new Phrase(maps.isEmpty() ? "No maps: " + Exports.noBoundaries(input) + "."
                : "Maps: " + MapColouring.UNIT_COST_CHANGE + ", alternative minus baseline. " + MapGeometry.ATTRIBUTION
                + " (CC BY 4.0).", SMALL));
        caption.setColspan(2);
        caption.setBorder(0);
        pictures.addCell(caption);
        // Two rows of pictures must still fit under the key figures on the first page.
        pictures.setWidthPercentage(maps.size() > 1 ? 86 : 100);
        document.add(pictures);
    }

    /** The KPI table of the summary page: each metric in the baseline and each alternative with its change. */
    static ExportTable keyFigures(ExportInput input) {
        List<String> headers = new ArrayList<>(List.of("Metric", input.baseline().scenario().name()));
        for (Comparison c : input.comparisons()) {
            headers.add(c.alternative().scenario().name());
            headers.add("change");
        }
        ExportTable.Builder table = new ExportTable.Builder("Key figures").header(headers.toArray(String[]::new));
        for (Metric metric : Metric.values()) {
            ExportTable.Kind kind = ExportTables.kind(metric) == ExportTable.Kind.MONEY
                    ? ExportTable.Kind.MONEY_MILLIONS : ExportTables.kind(metric);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(ExportTables.label(metric)),
                    Cell.number(kind, input.baseline().summary().value(metric))));
            for (Comparison c : input.comparisons()) {
                MetricDelta d = c.metric(metric);
                row.add(Cell.number(kind, d.alternative()));
                row.add(Cell.number(ExportTable.Kind.CHANGE_PERCENT, d.deltaPct()));
            }
            table.row(row);
        }
        return table.build();
    }

    /** Per size class: cost per inhabitant in the baseline, and in each alternative with its change. */
    static ExportTable classes(ExportInput input) {
        List<String> headers = new ArrayList<>(List.of("Size class", "Municipalities", "Population",
                input.baseline().scenario().name() + " (EUR per inhabitant)"));
        for (Comparison c : input.comparisons()) {
            headers.add(c.alternative().scenario().name());
            headers.add("change");
        }
        ExportTable.Builder table = new ExportTable.Builder("Size classes").header(headers.toArray(String[]::new));
        List<nl.taakdiff.engine.ClassDelta> first = input.comparisons().get(0).classes();
        for (int i = 0; i < first.size(); i++) {
            nl.taakdiff.engine.ClassDelta c = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(MapColouring.sizeLabel(c.sizeClass())),
                    Cell.number(ExportTable.Kind.COUNT, c.municipalities()),
                    Cell.number(ExportTable.Kind.COUNT, (double) c.population()),
                    Cell.number(ExportTable.Kind.MONEY_CENTS, c.baselineCostPerInhabitant())));
            for (Comparison comparison : input.comparisons()) {
                nl.taakdiff.engine.ClassDelta d = comparison.classes().get(i);
                row.add(Cell.number(ExportTable.Kind.MONEY_CENTS, d.alternativeCostPerInhabitant()));
                row.add(Cell.number(ExportTable.Kind.MONEY_CENTS, d.deltaPerInhabitant()));
            }
            table.row(row);
        }
        return table.build();
    }

    /** Per municipality: cost per inhabitant in the baseline, change and outcome per alternative. */
    static ExportTable municipalities(ExportInput input) {
        List<String> headers = new ArrayList<>(List.of("Code", "Municipality", "Population",
                input.baseline().scenario().name() + " (EUR per inhabitant)"));
        for (Comparison c : input.comparisons()) {
            headers.add(c.alternative().scenario().name() + ": change per inhabitant");
            headers.add("outcome");
        }
        List<nl.taakdiff.engine.MunicipalityDelta> first = input.comparisons().get(0).municipalities();
        return ExportTable.lazy("Municipalities", headers, first.size(), i -> {
            nl.taakdiff.engine.MunicipalityDelta m = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.code()), Cell.text(m.name()),
                    Cell.number(ExportTable.Kind.COUNT, (double) m.population()),
                    Cell.number(ExportTable.Kind.MONEY_CENTS, m.baselineCost() / m.population())));
            for (Comparison comparison : input.comparisons()) {
                nl.taakdiff.engine.MunicipalityDelta d = comparison.municipalities().get(i);
                row.add(Cell.number(ExportTable.Kind.MONEY_CENTS, d.deltaPerInhabitant()));
                row.add(Cell.text(d.outcome().name().toLowerCase(java.util.Locale.ROOT)));
            }
            return row;
        });
    }

    /** Task × size class → level, for one scenario. */
    static ExportTable levels(Scenario scenario) {
        List<SizeClass> classes = scenario.tiering().classes();
        List<String> headers = new ArrayList<>(List.of("Task"));
        for (SizeClass c : classes) {
            headers.add(MapColouring.sizeLabel(c));
        }
        ExportTable.Builder table = new ExportTable.Builder(scenario.name()).header(headers.toArray(String[]::new));
        Map<String, Map<Long, String>> byTask = new java.util.LinkedHashMap<>();
        for (Rule r : scenario.rules()) {
            byTask.computeIfAbsent(r.taskCode(), k -> new HashMap<>()).put(r.minPopulation(), r.level().code());
        }
        byTask.forEach((task, levels) -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(task)));
            for (SizeClass c : classes) {
                row.add(Cell.text(levels.getOrDefault(c.lower(), "")));
            }
            table.row(row);
        });
        return table.build();
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static void add(Document document, ExportTable data, Font font) {
        add(document, data, font, 1f);
    }

    /** Rows handed to the document at a time: a page's worth, so memory holds a page, not the table. */
    private static final int ROWS_PER_FLUSH = 200;

    /**
     * Adds a table whose text columns are {@code textWidth} times as wide as its number columns. The
     * table is laid out and written in portions ({@code PdfPTable} as a large element), so a table of
     * a million rows needs no more memory than one of a page.
     */
    private static void add(Document document, ExportTable data, Font font, float textWidth) {
        Font bold = font == SMALL ? SMALL_BOLD : FontFactory.getFont(FontFactory.HELVETICA_BOLD, font.getSize());
        float[] widths = new float[data.headers().size()];
        List<Cell> firstRow = data.rows().isEmpty() ? null : data.rows().get(0);
        for (int c = 0; c < widths.length; c++) {
            boolean text = firstRow != null && !firstRow.get(c).isNumber();
            widths[c] = text && c < 2 ? textWidth : 1f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String header : data.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, bold));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(3);
            table.addCell(cell);
        }
        int rows = data.rows().size();
        for (int r = 0; r < rows; r++) {
            for (Cell c : data.rows().get(r)) {
                PdfPCell cell = new PdfPCell(new Phrase(Formatting.format(c), font));
                cell.setPadding(2.5f);
                cell.setBorderColor(Color.LIGHT_GRAY);
                if (c.isNumber()) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
            if ((r + 1) % ROWS_PER_FLUSH == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    private static PdfPCell imageCell(byte[] png) throws IOException {
        Image image = Image.getInstance(png);
        PdfPCell cell = new PdfPCell(image, true);
        cell.setBorder(0);
        cell.setPadding(2);
        return cell;
    }

    /** "Bron: CBS / PDOK" and the page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(new Chunk("Taakdiff  |  " + MapGeometry.ATTRIBUTION, SMALL)), document.left(), 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("page " + writer.getPageNumber(), SMALL), document.right(), 24, 0);
        }
    }
}
