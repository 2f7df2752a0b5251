package nl.taakdiff.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Checks shared by the file readers. */
final class Checks {
    private Checks() {
    }

    /** Reports every record whose key was seen before, naming the line of the first one. */
    static <T> void rejectDuplicates(CsvTable table, List<T> records, List<Long> lines,
                                     Function<T, String> key, String what) {
        Map<String, Long> first = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            if (k.isEmpty()) {
                continue;
            }
            Long earlier = first.putIfAbsent(k, lines.get(i));
            if (earlier != null) {
                table.addProblem(lines.get(i), "duplicate " + what + " " + k + " (first on line " + earlier + ")");
            }
        }
    }

    /** Throws with the problems in file order: by source as first met, then by line. */
    static void throwIfAny(List<SourceProblem> problems) throws InputException {
        if (!problems.isEmpty()) {
            List<String> sources = problems.stream().map(SourceProblem::source).distinct().toList();
            List<SourceProblem> sorted = new java.util.ArrayList<>(problems);
            sorted.sort(java.util.Comparator.comparingInt((SourceProblem p) -> sources.indexOf(p.source()))
                    .thenComparingLong(SourceProblem::line));
            throw new InputException(sorted);
        }
    }
}
