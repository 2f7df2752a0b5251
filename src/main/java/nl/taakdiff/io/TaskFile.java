package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Task;

/** {@code tasks.csv}: code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source */
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
            tasks.add(new Task(code, name, row.text("domain"), unitCost, fixedCost, minScale,
                    row.required("region_type"), row.text("source")));
            lines.add(row.line());
        });
        Checks.rejectDuplicates(table, tasks, lines, Task::code, "task code");
        Checks.throwIfAny(table.problems());
        return new Sourced<>(source.name(), tasks, lines);
    }

    public static void write(List<Task> tasks, Writer out) throws IOException {
        try (var printer = CsvWriting.printer(out, COLUMNS)) {
            for (Task t : tasks) {
                printer.printRecord(t.code(), t.name(), t.domain(), Numbers.plain(t.unitCost()),
                        Numbers.plain(t.fixedCost()), t.minScale(), t.regionType(), t.source());
            }
        }
    }
}
