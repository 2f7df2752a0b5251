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

    private OverrideFile() {
    }

    public static Sourced<LevelOverride> read(CsvSource source) throws IOException, InputException {
        CsvTable table = CsvTable.read(source, COLUMNS);
        List<LevelOverride> overrides = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String municipality = row.required("municipality_code");
            String task = row.required("task_code");
            Level level = row.level("level").orElse(Level.MUNICIPALITY);
            overrides.add(new LevelOverride(municipality, task, level, row.text(REASON)));
            lines.add(row.line());
        }
        Checks.throwIfAny(table.problems());
        return new Sourced<>(source.name(), overrides, lines);
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
