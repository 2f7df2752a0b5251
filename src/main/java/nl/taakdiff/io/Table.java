package nl.taakdiff.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table ready for output: column names and rows of already formatted cells
 * (machine format: '.' decimals, no grouping). Numeric columns are right-aligned as text.
 */
public record Table(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
    public Table {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
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
    }
}
