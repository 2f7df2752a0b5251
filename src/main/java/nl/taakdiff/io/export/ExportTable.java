package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.taakdiff.io.RowsOnDemand;

/**
 * A table for people (XLSX sheet, PDF table): a title, column headers and rows of typed cells.
 * Numbers stay numbers; the {@link Kind} says how to show them.
 */
public record ExportTable(String title, List<String> headers, List<List<Cell>> rows) {
    public ExportTable {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        // A lazy table builds each row when it is read, so big tables are never held whole.
        rows = RowsOnDemand.isOnDemand(rows) ? rows : rows.stream().map(List::copyOf).toList();
    }

    /**
     * A table of {@code size} rows made one at a time by {@code row}: an export of a hundred
     * thousand municipalities then holds a row (and the file format's page), not the table.
     */
    public static ExportTable lazy(String title, List<String> headers, int size,
                                   java.util.function.IntFunction<List<Cell>> row) {
        return new ExportTable(title, headers, RowsOnDemand.of(size, row));
    }

    /** How a cell is shown. */
    public enum Kind {
        TEXT,
        /** Whole euros with thousands separators, e.g. € 1,234,567. */
        MONEY,
        /** Millions of euros with one decimal, e.g. € 43,485.4 m (PDF key figures). */
        MONEY_MILLIONS,
        /** Euros with cents, e.g. € 2,441.92 (per inhabitant). */
        MONEY_CENTS,
        /** A whole number with thousands separators. */
        COUNT,
        /** A number as it is (parameters such as overhead rates). */
        DECIMAL,
        /** A fraction shown as a percentage, e.g. 0.5123 → 51.2%. */
        PERCENT,
        /** A relative change shown as a signed percentage, e.g. −0.0123 → −1.23%. */
        CHANGE_PERCENT
    }

    /** A cell: {@code text} for TEXT, {@code number} otherwise (null = empty). */
    public record Cell(Kind kind, String text, Double number) {
        public static final Cell EMPTY = new Cell(Kind.TEXT, "", null);

        public static Cell text(String text) {
            return new Cell(Kind.TEXT, text == null ? "" : text, null);
        }

        public static Cell number(Kind kind, double value) {
            return new Cell(kind, null, value);
        }

        /** A number cell, or empty for null. */
        public static Cell number(Kind kind, Double value) {
            return value == null ? new Cell(kind, null, null) : new Cell(kind, null, value);
        }

        public boolean isNumber() {
            return kind != Kind.TEXT;
        }
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String title;
        private final List<String> headers = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        public Builder(String title) {
            this.title = title;
        }

        public Builder header(String... names) {
            headers.addAll(List.of(names));
            return this;
        }

        public Builder row(List<Cell> cells) {
            if (cells.size() != headers.size()) {
                throw new IllegalArgumentException("row has " + cells.size() + " cells for " + headers.size() + " headers");
            }
            rows.add(cells);
            return this;
        }

        public ExportTable build() {
            return new ExportTable(title, headers, rows);
        }
    }
}
