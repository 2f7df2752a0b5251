package nl.taakdiff.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.taakdiff.model.Level;

/**
 * A CSV file read whole, with its header checked and each row's line number kept, so that
 * field errors can be reported as {@code FILE:LINE: column X: …}. Problems are collected, not
 * thrown, so one run reports all of them.
 */
public final class CsvTable {
    /** UTF-8, comma-separated, header row, RFC 4180 quoting (see the README, "File formats"). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final String source;
    private final List<Row> rows;
    private final List<SourceProblem> problems;

    private CsvTable(String source, List<Row> rows, List<SourceProblem> problems) {
        this.source = source;
        this.rows = rows;
        this.problems = problems;
    }

    /**
     * Reads the source; a missing required column or a malformed file is a problem of the table.
     * Columns beyond the required ones are allowed (optional columns are read by name).
     */
    public static CsvTable read(CsvSource source, List<String> requiredColumns) throws IOException {
        return read(source, FORMAT, requiredColumns);
    }

    public static CsvTable read(CsvSource source, CSVFormat format, List<String> requiredColumns) throws IOException {
        List<SourceProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String text;
        try (Reader reader = utf8Reader(source)) {
            text = readAll(reader);
        } catch (CharacterCodingException e) {
            problems.add(new SourceProblem(source.name(), 0, "not UTF-8 text"));
            return new CsvTable(source.name(), rows, problems);
        }
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text))
                .setFormat(format).get()) {
            Map<String, Integer> header = normalisedHeader(parser.getHeaderNames());
            List<String> missing = new ArrayList<>();
            for (String column : requiredColumns) {
                if (!header.containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new SourceProblem(source.name(), 1, "missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + "; expected header " + String.join(",", requiredColumns)));
                return new CsvTable(source.name(), rows, problems);
            }
            for (CSVRecord record : parser) {
                long line = lines.lineAt(skipLineBreaks(text, record.getCharacterPosition()));
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new SourceProblem(source.name(), line, "expected " + header.size()
                            + " fields but found " + record.size()));
                    continue;
                }
                rows.add(new Row(source.name(), line, record, header, problems));
            }
        } catch (UncheckedIOException e) {
            problems.add(new SourceProblem(source.name(), 0, describe(e.getCause())));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and duplicate headers this way.
            problems.add(new SourceProblem(source.name(), 0, "not a valid CSV file: " + e.getMessage()));
        }
        return new CsvTable(source.name(), rows, problems);
    }

    /** A record's position may point at the empty lines skipped before it. */
    private static long skipLineBreaks(String text, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }

    /** Line numbers (1-based) of character positions: records may span lines inside quotes. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        long lineAt(long position) {
            int i = java.util.Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }

    private static String describe(IOException e) {
        return "cannot read: " + e.getMessage();
    }

    /** A strict UTF-8 reader that skips a leading byte order mark (Excel writes one). */
    static Reader utf8Reader(CsvSource source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(source.open(), decoder));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static Map<String, Integer> normalisedHeader(List<String> names) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }

    public String source() {
        return source;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Problems found so far, including those added by {@link Row} accessors. */
    public List<SourceProblem> problems() {
        return problems;
    }

    public void addProblem(long line, String message) {
        problems.add(new SourceProblem(source, line, message));
    }

    /** One data row; accessors record a problem and return a fallback when a field is bad. */
    public static final class Row {
        private final String source;
        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private final List<SourceProblem> problems;

        Row(String source, long line, CSVRecord record, Map<String, Integer> header, List<SourceProblem> problems) {
            this.source = source;
            this.line = line;
            this.record = record;
            this.header = header;
            this.problems = problems;
        }

        public long line() {
            return line;
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

        public double decimal(String column) {
            String value = text(column);
            try {
                double d = Double.parseDouble(value);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                problem(column, quote(value) + " is not a number (use . as decimal separator)");
                return 0;
            }
        }

        public long integer(String column) {
            String value = text(column);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                problem(column, quote(value) + " is not a whole number");
                return 0;
            }
        }

        public Optional<Level> level(String column) {
            String value = text(column);
            Optional<Level> level = Level.parse(value);
            if (level.isEmpty()) {
                problem(column, quote(value) + " is not a level; use one of " + Level.codes());
            }
            return level;
        }

        public void problem(String column, String message) {
            problems.add(new SourceProblem(source, line, "column " + column + ": " + message));
        }

        public void problem(String message) {
            problems.add(new SourceProblem(source, line, message));
        }

        private static String quote(String value) {
            return "'" + value + "'";
        }
    }
}
