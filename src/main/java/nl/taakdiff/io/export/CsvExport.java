package nl.taakdiff.io.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.SpreadsheetSafety;
import nl.taakdiff.io.ResultTables;
import nl.taakdiff.io.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison tables of {@link ResultTables} (summary, classes, municipalities; in the standard
 * dialect their exact machine columns) as CSV, one file per table and alternative:
 * <ul>
 *   <li>with one alternative: {@code STEM-summary.csv}, {@code STEM-classes.csv},
 *       {@code STEM-municipalities.csv};</li>
 *   <li>with several: {@code STEM-summary-1.csv}, … numbered in the order the alternatives were given.</li>
 * </ul>
 * {@code STEM} is the file name given without its {@code .csv} extension. Text cells that a
 * spreadsheet would run as a formula are neutralised ({@link SpreadsheetSafety}); numbers are not.
 */
public final class CsvExport {
    /** The two dialects. */
    public enum Dialect {
        /** RFC 4180: comma, '.' decimals, CRLF line ends, UTF-8 without BOM. */
        STANDARD(',', false),
        /**
         * What Excel with Dutch regional settings opens directly: ';', decimal comma, UTF-8 with BOM;
         * for people, so its column and metric names are in the export's language (see {@link CsvForPeople}).
         */
        EXCEL_NL(';', true);

        private final char delimiter;
        private final boolean excel;

        Dialect(char delimiter, boolean excel) {
            this.delimiter = delimiter;
            this.excel = excel;
        }

        public char delimiter() {
            return delimiter;
        }
    }

    public static final List<String> TABLES = List.of("summary", "classes", "municipalities");

    private CsvExport() {
    }

    /** The files an export to {@code out} writes, in order. */
    public static List<Path> files(Path out, int alternatives) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        List<Path> files = new ArrayList<>();
        for (int a = 1; a <= alternatives; a++) {
            for (String table : TABLES) {
                files.add(out.resolveSibling(stem + "-" + table + (alternatives > 1 ? "-" + a : "") + ".csv"));
            }
        }
        return files;
    }

    /**
     * Writes every file, all or nothing ({@link AtomicFiles#writeAll}): when one file cannot be
     * written, none of the earlier files of the same names has changed and nothing is left behind.
     */
    public static List<Path> write(ExportInput input, Dialect dialect, Path out) throws IOException {
        List<Path> files = files(out, input.comparisons().size());
        List<Table> tables = new ArrayList<>();
        for (Comparison c : input.comparisons()) {
            Table summary = ResultTables.comparisonSummary(c);
            Table classes = ResultTables.comparisonClasses(c);
            Table municipalities = ResultTables.comparisonMunicipalities(c);
            if (dialect.excel) {
                summary = CsvForPeople.summary(summary, c, input);
                classes = CsvForPeople.classes(classes, c, input);
                municipalities = CsvForPeople.municipalities(municipalities, c, input);
            }
            tables.add(summary);
            tables.add(classes);
            tables.add(municipalities);
        }
        List<AtomicFiles.Entry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Table table = tables.get(i);
            entries.add(new AtomicFiles.Entry(files.get(i), AtomicFiles.utf8(w -> write(table, dialect, w))));
        }
        AtomicFiles.writeAll(entries);
        return files;
    }

    /** Writes one table in a dialect. */
    public static void write(Table table, Dialect dialect, Writer out) throws IOException {
        if (dialect.excel) {
            out.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setRecordSeparator("\r\n")
                .get();
        CSVPrinter printer = new CSVPrinter(out, format);
        List<String> header = new ArrayList<>();
        for (String column : table.columns()) {
            header.add(SpreadsheetSafety.neutralise(column));
        }
        printer.printRecord(header);
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (table.numeric().get(c) && SpreadsheetSafety.isPlainNumber(cell)) {
                    cells.add(dialect.excel ? cell.replace('.', ',') : cell);
                } else {
                    cells.add(SpreadsheetSafety.neutralise(cell));
                }
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
