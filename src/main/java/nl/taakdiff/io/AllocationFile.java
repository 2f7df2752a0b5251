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
        List<SourceProblem> problems = new ArrayList<>();
        Sourced<Rule> rules = read(source, problems);
        Checks.throwIfAny(problems);
        return rules;
    }

    /**
     * Reads the rules, adding every problem to {@code problems}; returns the rows without problems,
     * or null when the file as a whole could not be read.
     */
    public static Sourced<Rule> read(CsvSource source, List<SourceProblem> problems) throws IOException {
        List<Rule> rules = new ArrayList<>();
        LineList lines = new LineList();
        Strings codes = new Strings();
        CsvTable table = CsvTable.stream(source, COLUMNS, row -> {
            String task = codes.of(row.required("task_code"));
            long min = row.integer("min_population");
            if (min < 0) {
                row.problem("min_population", "must be at least 0");
            }
            Level level = row.level("level").orElse(Level.MUNICIPALITY);
            if (!row.hasProblems()) {
                rules.add(new Rule(task, min, level));
                lines.add(row.line());
            }
        });
        problems.addAll(table.problems());
        return table.unreadable() ? null : new Sourced<>(source.name(), rules, lines);
    }

    public static void write(List<Rule> rules, Writer out) throws IOException {
        try (var printer = CsvWriting.printer(out, COLUMNS)) {
            for (Rule r : rules) {
                printer.printRecord(r.taskCode(), r.minPopulation(), r.level().code());
            }
        }
    }
}
