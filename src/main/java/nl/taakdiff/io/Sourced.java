package nl.taakdiff.io;

import java.util.List;

/** Records read from one source, with the line each came from (same order). */
public record Sourced<T>(String source, List<T> records, List<Long> lines) {
    public Sourced {
        records = List.copyOf(records);
        // A reader's own compact list is kept as it is; copying it would box every line.
        lines = lines instanceof LineList ? lines : List.copyOf(lines);
    }

    /** Records made in code: no lines to point at. */
    public static <T> Sourced<T> of(String source, List<T> records) {
        return new Sourced<>(source, records, java.util.Collections.nCopies(records.size(), 0L));
    }

    /** The line of the record at {@code index}; 0 when unknown. */
    public long lineOf(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : 0;
    }
}
