package nl.taakdiff.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.taakdiff.model.Level;

/**
 * A CSV file read as a stream, record by record, with its header checked and each row's line
 * number kept, so that field errors can be reported as {@code FILE:LINE: column X: …}. Problems
 * are collected, not thrown, so one run reports all of them. Memory grows with what the caller
 * keeps of each row, not with the file: rows are handed to a {@link RowHandler} as they are read.
 *
 * <p>Files are UTF-8, with or without a byte order mark. A file whose header is separated by
 * {@code ;} is read as Excel with Dutch settings writes it: {@code ;} between fields and a decimal
 * comma (with optional thousands points) in numbers.
 */
public final class CsvTable {
    /** The separators and number style of a file. */
    public enum Dialect {
        /** RFC 4180: {@code ,} between fields, {@code .} as decimal separator. */
        STANDARD(','),
        /** Excel with Dutch settings: {@code ;} between fields, decimal comma. */
        EXCEL_NL(';');

        final char delimiter;

        Dialect(char delimiter) {
            this.delimiter = delimiter;
        }
    }

    /** Receives the data rows in file order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Row row);
    }

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private final String source;
    private final List<Row> rows;
    private final List<SourceProblem> problems;
    private Dialect dialect = Dialect.STANDARD;
    private boolean unreadable;

    private CsvTable(String source, List<Row> rows, List<SourceProblem> problems) {
        this.source = source;
        this.rows = rows;
        this.problems = problems;
    }

    /**
     * Reads the source and keeps every row (for small files that are looked at more than once).
     * Columns beyond the required ones are allowed (optional columns are read by name).
     */
    public static CsvTable read(CsvSource source, List<String> requiredColumns) throws IOException {
        List<Row> kept = new ArrayList<>();
        CsvTable table = new CsvTable(source.name(), kept, new ArrayList<>());
        table.parse(source, requiredColumns, kept::add);
        return table;
    }

    /** Reads the source and hands each data row to {@code handler}, keeping none. */
    public static CsvTable stream(CsvSource source, List<String> requiredColumns, RowHandler handler)
            throws IOException {
        CsvTable table = new CsvTable(source.name(), List.of(), new ArrayList<>());
        table.parse(source, requiredColumns, handler);
        return table;
    }

    private void parse(CsvSource source, List<String> requiredColumns, RowHandler handler) throws IOException {
        long lastLine = 1;
        java.io.InputStream stream = source.open();
        try (TextInput input = new TextInput(stream, true)) {
            String first = input.peekFirstLine();
            dialect = count(first, ';') > count(first, ',') ? Dialect.EXCEL_NL : Dialect.STANDARD;
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter)
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(format).get()) {
                var records = parser.iterator();
                if (!records.hasNext()) {
                    fileProblem(1, "the file is empty; expected header " + String.join(",", requiredColumns));
                    return;
                }
                CSVRecord headerRecord = records.next();
                input.recordEnded();
                lastLine = parser.getCurrentLineNumber();
                Map<String, Integer> header = header(headerRecord, lastLine, requiredColumns);
                if (header == null) {
                    return;
                }
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    input.recordEnded();
                    long end = parser.getCurrentLineNumber();
                    long line = end - lineBreaks(record);
                    lastLine = end;
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    if (record.size() != header.size()) {
                        add(new SourceProblem(source.name(), line, "expected " + header.size()
                                + " fields but found " + record.size()));
                        continue;
                    }
                    handler.row(new Row(this, line, record, header));
                }
            }
        } catch (UncheckedIOException e) {
            readProblem(e.getCause(), lastLine);
        } catch (IOException e) {
            readProblem(e, lastLine);
        }
        countRest();
    }

    /** The header's columns by lower-case name; null after reporting a header that cannot be used. */
    private Map<String, Integer> header(CSVRecord record, long line, List<String> requiredColumns) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                fileProblem(line, "column " + (i + 1) + " of the header has no name"
                        + (i == record.size() - 1 ? " (a separator at the end of the header line?)" : ""));
                return null;
            }
            Integer earlier = header.putIfAbsent(name, i);
            if (earlier != null) {
                fileProblem(line, "the header names column " + Echo.quote(name) + " twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + ")");
                return null;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String column : requiredColumns) {
            if (!header.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            fileProblem(line, "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; expected header " + String.join(",", requiredColumns));
            return null;
        }
        return header;
    }

    /** A failure that ends the reading: a byte that is not UTF-8, an unbalanced quote, a giant record. */
    private void readProblem(IOException e, long lastLine) {
        if (e instanceof TextInput.NotUtf8Exception bad) {
            fileProblem(bad.line(), bad.describe());
        } else if (e instanceof TextInput.RecordTooLongException) {
            fileProblem(lastLine + 1, e.getMessage() + " from this line on; is a closing quote (\") missing?");
        } else {
            Matcher start = START_LINE.matcher(String.valueOf(e.getMessage()));
            if (start.find() && String.valueOf(e.getMessage()).contains("EOF")) {
                fileProblem(Long.parseLong(start.group(1)), "a quoted field starts on this line but its closing quote"
                        + " (\") is missing");
            } else if (e instanceof org.apache.commons.csv.CSVException) {
                fileProblem(lastLine + 1, "not valid CSV: " + e.getMessage()
                        + "; a quote (\") inside a field must be doubled and the field put in quotes");
            } else {
                fileProblem(0, FileErrors.reason(e));
            }
        }
    }

    private void fileProblem(long line, String message) {
        unreadable = true;
        problems.add(new SourceProblem(source, line, message));
    }

    /** Line breaks inside the record's quoted values: the record started that many lines earlier. */
    private static long lineBreaks(CSVRecord record) {
        long n = 0;
        for (String value : record.values()) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Strict UTF-8 text of a source, without a leading byte order mark, that names the line of a bad byte. */
    static Reader utf8Reader(CsvSource source) throws IOException {
        return new TextInput(source.open(), false);
    }

    public String source() {
        return source;
    }

    /** The rows kept by {@link #read}; empty for {@link #stream}. */
    public List<Row> rows() {
        return rows;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Whether the file as a whole could not be read (not UTF-8, a broken header, a missing quote):
     * then its records are incomplete and checks against them would only report consequences.
     */
    public boolean unreadable() {
        return unreadable;
    }

    /** Problems found so far, including those added by {@link Row} accessors. */
    public List<SourceProblem> problems() {
        return problems;
    }

    public void addProblem(long line, String message) {
        add(new SourceProblem(source, line, message));
    }

    /** Problems a file can have on each of millions of rows: the first are kept, the rest counted. */
    static final int MAX_PROBLEMS = 1_000;
    private long uncounted;

    private void add(SourceProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            uncounted++;
        }
    }

    /** Adds the count of the problems not kept, once the file has been read. */
    private void countRest() {
        if (uncounted > 0) {
            problems.add(new SourceProblem(source, 0, "and " + uncounted + " more problems in this file"));
            uncounted = 0;
        }
    }

    /** One data row; accessors record a problem and return a fallback when a field is bad. */
    public static final class Row {
        private final CsvTable table;
        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private int problemCount;

        Row(CsvTable table, long line, CSVRecord record, Map<String, Integer> header) {
            this.table = table;
            this.line = line;
            this.record = record;
            this.header = header;
        }

        public long line() {
            return line;
        }

        /** Whether a field of this row has been found bad. */
        public boolean hasProblems() {
            return problemCount > 0;
        }

        /** The stripped text of a column; empty when absent. */
        public String text(String column) {
            Integer i = header.get(column);
            return i == null ? "" : record.get(i).strip();
        }

        public boolean has(String column) {
            return header.containsKey(column);
        }

        /** A required non-blank text. */
        public String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                problem(column, "is empty");
            }
            return value;
        }

        /** A plain decimal ({@code 12.5}); in the Excel (NL) dialect a decimal comma ({@code 12,5}). */
        public double decimal(String column) {
            String value = text(column);
            boolean dutch = table.dialect == Dialect.EXCEL_NL;
            OptionalDouble d = dutch ? DecimalText.parseDutch(value) : DecimalText.parse(value);
            if (d.isPresent()) {
                return d.getAsDouble();
            }
            if (dutch) {
                problem(column, Echo.quote(value) + " is not a number (this file is separated by ';', so numbers"
                        + " are read with a decimal comma, e.g. 1234,5)");
            } else if (DecimalText.hasDecimalComma(value)) {
                problem(column, Echo.quote(value) + " is not a number: use a decimal point, e.g. "
                        + value.strip().replace(',', '.'));
            } else {
                problem(column, Echo.quote(value) + " is not a number (use . as decimal separator)");
            }
            return 0;
        }

        public long integer(String column) {
            String value = text(column);
            OptionalLong n = table.dialect == Dialect.EXCEL_NL ? DecimalText.parseDutchWhole(value)
                    : plainWhole(value);
            if (n.isPresent()) {
                return n.getAsLong();
            }
            problem(column, Echo.quote(value) + " is not a whole number");
            return 0;
        }

        private static OptionalLong plainWhole(String value) {
            if (!value.matches("[+-]?\\d+")) {
                return OptionalLong.empty();
            }
            try {
                return OptionalLong.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }

        public Optional<Level> level(String column) {
            String value = text(column);
            Optional<Level> level = Level.parse(value);
            if (level.isEmpty()) {
                problem(column, Echo.quote(value) + " is not a level; use one of " + Level.codes());
            }
            return level;
        }

        public void problem(String column, String message) {
            problem("column " + column + ": " + message);
        }

        public void problem(String message) {
            problemCount++;
            table.add(new SourceProblem(table.source, line, message));
        }
    }
}
