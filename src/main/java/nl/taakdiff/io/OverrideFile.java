package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;

/**
 * An overrides file: municipality_code,task_code,level, with an optional fourth column
 * {@code reason} that is written only when some override has one.
 */
public final class OverrideFile {
    public static final List<String> COLUMNS = List.of("municipality_code", "task_code", "level");
    public static final String REASON = "reason";

    /**
     * Whether the reason texts are kept. The calculation never reads them, and in a file of
     * millions of overrides with a different reason on every row they take more memory than the
     * rest together; only what shows or stores them (an XLSX or PDF export, an import into a
     * workbook) keeps them.
     */
    public enum Reasons {
        KEEP,
        /** The overrides come without reasons; the column is still read with its row, capped like any field. */
        SKIP
    }

    private OverrideFile() {
    }

    public static Sourced<LevelOverride> read(CsvSource source) throws IOException, InputException {
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<LevelOverride> overrides = read(source, problems);
        Checks.throwIfAny(problems);
        return overrides;
    }

    /**
     * Reads the overrides, adding every problem to {@code problems}; returns the rows without
     * problems, or null when the file as a whole could not be read. Codes and reasons repeat from
     * row to row and are kept once, so a file of millions of overrides fits in memory.
     */
    public static Sourced<LevelOverride> read(CsvSource source, List<SourceProblem> problems) throws IOException {
        return read(source, problems, Reasons.KEEP);
    }

    /** As {@link #read(CsvSource, List)}, keeping the reason texts or not. */
    public static Sourced<LevelOverride> read(CsvSource source, List<SourceProblem> problems, Reasons reasons)
            throws IOException {
        List<LevelOverride> overrides = new ArrayList<>();
        LineList lines = new LineList();
        Strings strings = new Strings();
        CsvTable table = CsvTable.stream(source, COLUMNS, row -> {
            String municipality = strings.of(row.required("municipality_code"));
            String task = strings.of(row.required("task_code"));
            Level level = row.level("level").orElse(Level.MUNICIPALITY);
            if (!row.hasProblems()) {
                String reason = reasons == Reasons.KEEP ? strings.of(row.text(REASON)) : "";
                overrides.add(new LevelOverride(municipality, task, level, reason));
                lines.add(row.line());
            }
        });
        problems.addAll(table.problems());
        return table.unreadable() ? null : new Sourced<>(source.name(), overrides, lines);
    }

    public static void write(List<LevelOverride> overrides, Writer out) throws IOException {
        boolean withReasons = overrides.stream().anyMatch(o -> !o.reason().isEmpty());
        List<String> columns = new ArrayList<>(COLUMNS);
        if (withReasons) {
            columns.add(REASON);
        }
        try (var printer = CsvWriting.printer(out, columns)) {
            for (LevelOverride o : overrides) {
                if (withReasons) {
                    printer.printRecord(o.municipalityCode(), o.taskCode(), o.level().code(), o.reason());
                } else {
                    printer.printRecord(o.municipalityCode(), o.taskCode(), o.level().code());
                }
            }
        }
    }
}
