package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as CSV (the project dialect, with formula-like text neutralised for
 * spreadsheets) or as an aligned text table.
 */
public final class TableWriter {
    public enum Format {
        CSV,
        TEXT
    }

    private TableWriter() {
    }

    public static void write(Table table, Format format, Writer out) throws IOException {
        if (format == Format.CSV) {
            writeCsv(table, out);
        } else {
            writeText(table, out);
        }
        out.flush();
    }

    /** Text that a spreadsheet would run as a formula gets a leading {@code '}; numbers stay numbers. */
    private static void writeCsv(Table table, Writer out) throws IOException {
        CSVPrinter printer = CsvWriting.printer(out, table.columns());
        List<String> cells = new java.util.ArrayList<>();
        for (List<String> row : table.rows()) {
            cells.clear();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                boolean number = table.numeric().get(c) && SpreadsheetSafety.isPlainNumber(cell);
                cells.add(number ? cell : SpreadsheetSafety.neutralise(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static void writeText(Table table, Writer out) throws IOException {
        int n = table.columns().size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = table.columns().get(c).length();
        }
        // One pass for the widths, one to write: rows made on demand are made twice, never held.
        for (List<String> row : table.rows()) {
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        writeTextRow(table.columns(), table, width, out);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.write(rule.append('\n').toString());
        for (List<String> row : table.rows()) {
            writeTextRow(row, table, width, out);
        }
    }

    private static void writeTextRow(List<String> cells, Table table, int[] width, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(table.numeric().get(c) ? pad + cell : cell + pad);
        }
        out.write(line.toString().stripTrailing() + "\n");
    }
}
