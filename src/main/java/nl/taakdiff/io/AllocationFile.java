package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;

/** An allocation (rules) file: task_code,min_population,level */
public final class AllocationFile {
    public static final List<String> COLUMNS = List.of("task_code", "min_population", "level");

    private AllocationFile() {
    }

    public static Sourced<Rule> read(CsvSource source) throws IOException, InputException {
        CsvTable table = CsvTable.read(source, COLUMNS);
        List<Rule> rules = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String task = row.required("task_code");
            long min = row.integer("min_population");
            if (min < 0) {
                row.problem("min_population", "must be at least 0");
            }
            Level level = row.level("level").orElse(Level.MUNICIPALITY);
            rules.add(new Rule(task, min, level));
            lines.add(row.line());
        }
        Checks.throwIfAny(table.problems());
        return new Sourced<>(source.name(), rules, lines);
    }

    public static void write(List<Rule> rules, Writer out) throws IOException {
        try (var printer = CsvWriting.printer(out, COLUMNS)) {
            for (Rule r : rules) {
                printer.printRecord(r.taskCode(), r.minPopulation(), r.level().code());
            }
        }
    }
}
