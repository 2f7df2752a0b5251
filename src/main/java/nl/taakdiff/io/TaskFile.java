package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;

/**
 * {@code tasks.csv}: code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source, optionally
 * followed by the range columns of calculation.md §2.8 ({@link TaskRanges#COLUMNS}); an empty range cell
 * leaves that bound to the relative default.
 */
public final class TaskFile {
    public static final List<String> COLUMNS =
            List.of("code", "name", "domain", "unit_cost", "fixed_cost", "min_scale", "region_type", "source");

    private TaskFile() {
    }

    public static Sourced<Task> read(CsvSource source) throws IOException, InputException {
        List<Task> tasks = new ArrayList<>();
        LineList lines = new LineList();
        CsvTable table = CsvTable.stream(source, COLUMNS, row -> {
            String code = row.required("code");
            String name = row.required("name");
            double unitCost = row.decimal("unit_cost");
            double fixedCost = row.decimal("fixed_cost");
            long minScale = row.integer("min_scale");
            if (unitCost < 0) {
                row.problem("unit_cost", "must be at least 0");
            }
            if (fixedCost < 0) {
                row.problem("fixed_cost", "must be at least 0");
            }
            if (minScale < 0) {
                row.problem("min_scale", "must be at least 0");
            }
            Task task = new Task(code, name, row.text("domain"), unitCost, fixedCost, minScale,
                    row.required("region_type"), row.text("source"), ranges(row));
            for (TaskRanges.Violation v : TaskRanges.violations(task)) {
                row.problem(v.column(), v.message());
            }
            tasks.add(task);
            lines.add(row.line());
        });
        Checks.rejectDuplicates(table, tasks, lines, Task::code, "task code");
        Checks.throwIfAny(table.problems());
        return new Sourced<>(source.name(), tasks, lines);
    }

    private static TaskRanges ranges(CsvTable.Row row) {
        List<Double> bounds = new ArrayList<>(TaskRanges.COLUMNS.size());
        for (String column : TaskRanges.COLUMNS) {
            bounds.add(row.text(column).isEmpty() ? null : row.decimal(column));
        }
        return TaskRanges.of(bounds);
    }

    /** Writes the catalogue; the range columns only when some task has a range of its own. */
    public static void write(List<Task> tasks, Writer out) throws IOException {
        boolean ranges = tasks.stream().anyMatch(t -> !t.ranges().isEmpty());
        List<String> columns = new ArrayList<>(COLUMNS);
        if (ranges) {
            columns.addAll(TaskRanges.COLUMNS);
        }
        try (var printer = CsvWriting.printer(out, columns)) {
            for (Task t : tasks) {
                List<Object> cells = new ArrayList<>(List.of(t.code(), t.name(), t.domain(), Numbers.plain(t.unitCost()),
                        Numbers.plain(t.fixedCost()), t.minScale(), t.regionType(), t.source()));
                if (ranges) {
                    for (Double bound : t.ranges().bounds()) {
                        cells.add(bound == null ? "" : Numbers.plain(bound));
                    }
                }
                printer.printRecord(cells);
            }
        }
    }
}
