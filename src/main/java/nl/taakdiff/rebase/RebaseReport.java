package nl.taakdiff.rebase;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import nl.taakdiff.io.CsvWriting;

/** The rebase report as text for the terminal and as CSV. */
public final class RebaseReport {
    public static final List<String> COLUMNS =
            List.of("change", "old_code", "old_name", "new_code", "new_name", "detail");

    private RebaseReport() {
    }

    /** One line per change ({@code kind  OLD name -> NEW name: detail}), then the counts. */
    public static void print(List<RebaseChange> changes, PrintWriter out) {
        for (RebaseChange c : changes) {
            StringBuilder line = new StringBuilder(String.format("%-17s", c.kind().code()));
            if (!c.oldCode().isEmpty()) {
                line.append(c.oldCode()).append(' ').append(c.oldName());
            }
            if (!c.newCode().isEmpty() && !c.newCode().equals(c.oldCode())) {
                line.append(c.oldCode().isEmpty() ? "" : " -> ").append(c.newCode()).append(' ').append(c.newName());
            }
            if (line.length() > 17) {
                line.append(": ");
            }
            out.println(line.append(c.detail()));
        }
        StringBuilder counts = new StringBuilder();
        for (RebaseChange.Kind kind : RebaseChange.Kind.values()) {
            long n = changes.stream().filter(c -> c.kind() == kind).count();
            if (n > 0) {
                counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.code());
            }
        }
        out.println(counts.length() == 0 ? "no changes" : counts);
    }

    /** CSV: {@code change,old_code,old_name,new_code,new_name,detail}, details in English; {@code out} stays open. */
    public static void writeCsv(List<RebaseChange> changes, Writer out) throws IOException {
        var printer = CsvWriting.printer(out, COLUMNS);
        for (RebaseChange c : changes) {
            printer.printRecord(c.kind().code(), c.oldCode(), c.oldName(), c.newCode(), c.newName(), c.detail());
        }
        printer.flush();
    }
}
