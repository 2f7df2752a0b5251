package nl.taakdiff.io.export;

import com.lowagie.text.pdf.BaseFont;
import java.util.regex.Pattern;

/**
 * Column widths of a handout table from what its columns hold, measured in the fonts they are set in:
 * every column is at least as wide as its longest word (so no word is broken across lines) and a
 * number never wraps; the room that is left goes to the columns whose text would otherwise wrap
 * most, in proportion to how much more they could use (much as a browser lays out an automatic
 * table), cells before headers.
 * Text is measured once at size 1, so the widths follow for any font size: a table whose longest
 * words do not fit side by side at its size is set smaller until they do.
 */
final class PdfColumns {
    /** Slack against rounding in the layout, in points: a word that fills its line exactly still fits. */
    private static final float SLACK = 1f;
    /** An amount's sign stays with its number: "€ 329" is one word. */
    static final char EURO = '€';
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(?<!" + EURO + ")\\s+");

    private final float headerPadding;
    private final float cellPadding;
    /** Per column, in widths at font size 1: the longest word and the longest line, of the header and of the cells. */
    private final float[] headerWord;
    private final float[] headerLine;
    private final float[] cellWord;
    private final float[] cellLine;

    PdfColumns(int columns, float headerPadding, float cellPadding) {
        this.headerPadding = headerPadding;
        this.cellPadding = cellPadding;
        this.headerWord = new float[columns];
        this.headerLine = new float[columns];
        this.cellWord = new float[columns];
        this.cellLine = new float[columns];
    }

    /** A header: it may wrap between words, never within one. */
    void header(int column, String text, BaseFont bold) {
        measure(column, text, bold, headerWord, headerLine);
    }

    /** A text cell: it may wrap between words, never within one. */
    void text(int column, String text, BaseFont font) {
        measure(column, text, font, cellWord, cellLine);
    }

    /** A number cell: it stays on one line ("€ 1.234" does not wrap at its space). */
    void number(int column, String text, BaseFont font) {
        float width = font.getWidthPoint(text, 1);
        cellWord[column] = Math.max(cellWord[column], width);
        cellLine[column] = Math.max(cellLine[column], width);
    }

    private static void measure(int column, String text, BaseFont font, float[] words, float[] lines) {
        for (String line : text.split("\n", -1)) {
            lines[column] = Math.max(lines[column], font.getWidthPoint(line, 1));
            for (String word : BETWEEN_WORDS.split(line)) {
                words[column] = Math.max(words[column], font.getWidthPoint(word, 1));
            }
        }
    }

    /**
     * The largest size, at most {@code size} and at least {@code smallest}, in steps of a quarter point,
     * at which the longest words of all columns fit side by side in {@code available} points.
     */
    float fittingSize(float size, float smallest, float available) {
        float s = size;
        while (s - 0.25f >= smallest && sum(least(s)) > available) {
            s -= 0.25f;
        }
        return s;
    }

    /**
     * The widths in points over {@code available} points at a font size. The room above the longest
     * words goes first to the cells, which repeat on every row, and only then to the headers, which
     * may take a few lines once. When even the longest words do not fit side by side, the columns
     * share the width in proportion to their longest words, and long words wrap.
     */
    float[] widths(float size, float available) {
        float[] least = least(size);
        float[] body = points(headerWord, cellLine, size);
        float[] most = most(size);
        if (sum(most) <= available) {
            // everything fits on one line: the spare room goes to each column in proportion to its width
            return scaled(most, available / sum(most));
        }
        if (sum(body) <= available) {
            return between(body, most, available);
        }
        if (sum(least) < available) {
            return between(least, body, available);
        }
        return scaled(least, available / sum(least));
    }

    /** From {@code from} towards {@code to}, each column by the same share of its difference, to fill {@code available}. */
    private static float[] between(float[] from, float[] to, float available) {
        float share = (available - sum(from)) / (sum(to) - sum(from));
        float[] widths = new float[from.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = from[c] + (to[c] - from[c]) * share;
        }
        return widths;
    }

    private static float[] scaled(float[] widths, float factor) {
        float[] scaled = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            scaled[c] = widths[c] * factor;
        }
        return scaled;
    }

    private float[] least(float size) {
        return points(headerWord, cellWord, size);
    }

    private float[] most(float size) {
        return points(headerLine, cellLine, size);
    }

    private float[] points(float[] header, float[] cells, float size) {
        float[] points = new float[header.length];
        for (int c = 0; c < points.length; c++) {
            points[c] = Math.max(header[c] * size + 2 * headerPadding, cells[c] * size + 2 * cellPadding) + SLACK;
        }
        return points;
    }

    private static float sum(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}
