package nl.taakdiff.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table ready for output: column names and rows of already formatted cells
 * (machine format: '.' decimals, no grouping). Numeric columns are right-aligned as text.
 * A table of one row per municipality is made {@link #onDemand}: its rows are formatted as they
 * are written, never held together.
 */
public record Table(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
    public Table {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = RowsOnDemand.isOnDemand(rows) ? rows : rows.stream().map(List::copyOf).toList();
    }

    /** A table of {@code size} rows, row {@code i} formatted by {@code row} each time it is read. */
    public static Table onDemand(List<String> columns, List<Boolean> numeric, int size,
                                 java.util.function.IntFunction<List<String>> row) {
        return new Table(columns, numeric, RowsOnDemand.of(size, row));
    }

    /** The same rows under other column names (for people, in their language). */
    public Table renamed(List<String> names) {
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " column names for " + columns.size() + " columns");
        }
        return new Table(names, numeric, rows);
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> columns = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        public Builder text(String column) {
            columns.add(column);
            numeric.add(false);
            return this;
        }

        public Builder number(String column) {
            columns.add(column);
            numeric.add(true);
            return this;
        }

        public Builder row(String... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(List.of(cells));
            return this;
        }

        public Table build() {
            return new Table(columns, numeric, rows);
        }

        /** The columns so far, with rows made on demand. */
        public Table onDemand(int size, java.util.function.IntFunction<List<String>> row) {
            return Table.onDemand(columns, numeric, size, row);
        }
    }
}
