package nl.taakdiff.io.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.export.ExportTable.Cell;

/** The building blocks of the handout: headings, paragraphs, tables in portions and pictures, in one language. */
final class PdfPage {
    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    /** Rows handed to the document at a time: a page's worth, so memory holds a page, not the table. */
    private static final int ROWS_PER_FLUSH = 200;
    private static final float HEADER_PADDING = 3;
    private static final float CELL_PADDING = 2.5f;
    /** The smallest size a wide table is set in to keep its words whole; below it, long words wrap. */
    private static final float SMALLEST = 5f;

    private final Document document;
    private final ExportText text;

    PdfPage(Document document, ExportText text) {
        this.document = document;
        this.text = text;
    }

    Document document() {
        return document;
    }

    ExportText text() {
        return text;
    }

    void newPage() {
        document.newPage();
    }

    void heading(String words) {
        Paragraph p = new Paragraph(words, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    void paragraph(String words, Font font) {
        document.add(new Paragraph(words, font));
    }

    /**
     * Adds a table with columns sized to their headers and cells (see {@link PdfColumns}), set
     * smaller than {@code font} when its longest words would not fit side by side; numbers are
     * right-aligned. The table is laid out and written in portions ({@code PdfPTable} as a large
     * element), so a table of a million rows needs no more memory than one of a page; its rows are
     * read twice, once to measure and once to write.
     */
    void table(ExportTable data, Font font) {
        PdfColumns columns = measure(data, font);
        float available = document.right() - document.left();
        float size = columns.fittingSize(font.getSize(), SMALLEST, available);
        Font plain = size == font.getSize() ? font : FontFactory.getFont(FontFactory.HELVETICA, size);
        Font bold = size == SMALL.getSize() ? SMALL_BOLD : FontFactory.getFont(FontFactory.HELVETICA_BOLD, size);
        PdfPTable table = new PdfPTable(columns.widths(size, available));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String header : data.headers()) {
            PdfPCell cell = new PdfPCell(words(header, bold));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(HEADER_PADDING);
            table.addCell(cell);
        }
        int rows = data.rows().size();
        for (int r = 0; r < rows; r++) {
            for (Cell c : data.rows().get(r)) {
                PdfPCell cell = new PdfPCell(words(text.format(c), plain));
                cell.setPadding(CELL_PADDING);
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

    private PdfColumns measure(ExportTable data, Font font) {
        BaseFont plain = font.getCalculatedBaseFont(false);
        BaseFont bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, font.getSize()).getCalculatedBaseFont(false);
        PdfColumns columns = new PdfColumns(data.headers().size(), HEADER_PADDING, CELL_PADDING);
        for (int c = 0; c < data.headers().size(); c++) {
            columns.header(c, data.headers().get(c), bold);
        }
        int rows = data.rows().size();
        for (int r = 0; r < rows; r++) {
            List<Cell> row = data.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.isNumber()) {
                    columns.number(c, text.format(cell), plain);
                } else {
                    columns.text(c, cell.text(), plain);
                }
            }
        }
        return columns;
    }

    /**
     * Text that wraps only at white space and keeps an amount with its euro sign: OpenPDF would also
     * break after a hyphen ("differentiated-|by-scale") and between "€" and "329".
     */
    private static Phrase words(String words, Font font) {
        Chunk chunk = new Chunk(words, font);
        chunk.setSplitCharacter(AT_SPACES);
        return new Phrase(chunk);
    }

    private static final SplitCharacter AT_SPACES = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return getCurrentCharacter(current, cc, ck) <= ' '
                    && (current == start || getCurrentCharacter(current - 1, cc, ck) != PdfColumns.EURO);
        }
    };

    /** One picture over the width of the page. */
    void picture(byte[] png) throws IOException {
        PdfPTable picture = new PdfPTable(1);
        picture.setWidthPercentage(100);
        picture.addCell(imageCell(png));
        document.add(picture);
    }

    static PdfPCell imageCell(byte[] png) throws IOException {
        Image image = Image.getInstance(png);
        PdfPCell cell = new PdfPCell(image, true);
        cell.setBorder(0);
        cell.setPadding(2);
        return cell;
    }

    /** "Bron: CBS / PDOK" and the page number at the foot of every page. */
    static final class Footer extends PdfPageEventHelper {
        private final ExportText text;

        Footer(ExportText text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(new Chunk("Taakdiff  |  " + MapGeometry.ATTRIBUTION, SMALL)), document.left(), 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(text.get("pdf.page", String.valueOf(writer.getPageNumber())), SMALL),
                    document.right(), 24, 0);
        }
    }
}
