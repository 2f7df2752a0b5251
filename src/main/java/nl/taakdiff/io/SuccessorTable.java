package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.taakdiff.io.geo.AreaOverlap;
import nl.taakdiff.model.Successor;

/**
 * The successor table from one set of municipal boundaries to a later one, derived from the
 * overlap of their polygons ({@link AreaOverlap}).
 *
 * <p>A municipality whose code is in the later set has itself as its only successor (its own
 * code is the strongest evidence; the shares it loses to neighbours are slivers of the two
 * generalisations). A code that is gone goes to every later municipality that holds at least
 * {@value #MIN_SHARE} of its area, or, if none does, to the one that holds most. Two separately
 * generalised boundary sets overlap imperfectly along every border: between 2020 and 2025 such
 * slivers of a municipality that disappeared reach 2.7% (Grave into Maashorst), while the smallest
 * real part of a division is 9.7% (Haaren to Boxtel), so 5% separates the two with room on both
 * sides. The lines of the integration are {@value #STEP_METRES} m apart; halving that changes no
 * share by more than 0.0001.
 *
 * <p>File: {@code old_code,old_name,new_code,new_name,area_share}, sorted by old and new code,
 * shares with four decimals, UTF-8, LF.
 */
public final class SuccessorTable {
    public static final double MIN_SHARE = 0.05;
    public static final double STEP_METRES = 50;
    public static final List<String> COLUMNS = List.of("old_code", "old_name", "new_code", "new_name", "area_share");

    private SuccessorTable() {
    }

    /**
     * Derives the successors of every old municipality.
     *
     * @param oldNames names by code for the old set (areas not in it keep the shape's name)
     * @param newNames names by code for the new set
     */
    public static List<Successor> derive(MapGeometry.Layer old, MapGeometry.Layer now, Map<String, String> oldNames,
                                         Map<String, String> newNames) {
        AreaOverlap.Result overlap = AreaOverlap.compute(old.areas(), now.areas(), STEP_METRES);
        Map<String, List<AreaOverlap.Shared>> byOld = new HashMap<>();
        for (AreaOverlap.Shared s : overlap.shared()) {
            byOld.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s);
        }
        Set<String> later = new HashSet<>();
        Map<String, String> laterNames = new HashMap<>();
        for (MapGeometry.Area a : now.areas()) {
            later.add(a.code());
            laterNames.put(a.code(), newNames.getOrDefault(a.code(), a.name()));
        }
        List<Successor> out = new ArrayList<>();
        for (MapGeometry.Area a : old.areas()) {
            String oldName = oldNames.getOrDefault(a.code(), a.name());
            double size = overlap.fromAreas().getOrDefault(a.code(), 0.0);
            List<AreaOverlap.Shared> parts = byOld.getOrDefault(a.code(), List.of());
            if (later.contains(a.code())) {
                double own = parts.stream().filter(s -> s.to().equals(a.code())).mapToDouble(AreaOverlap.Shared::area)
                        .sum();
                out.add(new Successor(a.code(), oldName, a.code(), laterNames.get(a.code()),
                        Math.max(round(own / size), 0.0001)));
                continue;
            }
            List<AreaOverlap.Shared> kept = parts.stream().filter(s -> s.area() / size >= MIN_SHARE).toList();
            if (kept.isEmpty()) {
                kept = parts.stream().max(Comparator.comparingDouble(AreaOverlap.Shared::area)).stream().toList();
            }
            for (AreaOverlap.Shared s : kept) {
                out.add(new Successor(a.code(), oldName, s.to(), laterNames.get(s.to()),
                        Math.max(round(s.area() / size), 0.0001)));
            }
        }
        out.sort(Comparator.comparing(Successor::oldCode).thenComparing(Successor::newCode));
        return out;
    }

    private static double round(double share) {
        return Math.min(1.0, Math.round(share * 10_000) / 10_000.0);
    }

    public static void write(List<Successor> successors, Writer out) throws IOException {
        try (var printer = CsvWriting.printer(out, COLUMNS)) {
            for (Successor s : successors) {
                printer.printRecord(s.oldCode(), s.oldName(), s.newCode(), s.newName(),
                        String.format(Locale.ROOT, "%.4f", s.areaShare()));
            }
        }
    }

    /** Reads a successor table; every problem is reported as {@code FILE:LINE: message}. */
    public static Sourced<Successor> read(CsvSource source) throws IOException, InputException {
        CsvTable table = CsvTable.read(source, COLUMNS);
        List<Successor> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String oldCode = row.required("old_code");
            String newCode = row.required("new_code");
            int before = table.problems().size();
            double share = row.decimal("area_share");
            if (table.problems().size() > before || oldCode.isEmpty() || newCode.isEmpty()) {
                continue;
            }
            if (!(share > 0 && share <= 1)) {
                row.problem("area_share", "is " + row.text("area_share") + "; it must be above 0 and at most 1");
                continue;
            }
            rows.add(new Successor(oldCode, row.text("old_name"), newCode, row.text("new_name"), share));
            lines.add(row.line());
        }
        Checks.throwIfAny(table.problems());
        return new Sourced<>(source.name(), rows, lines);
    }

    /** The bundled table from one bundled year to a later one. */
    public static List<Successor> readBundled(int fromYear, int toYear) throws IOException, InputException {
        return read(CsvSource.bundled(BundledData.successors(fromYear, toYear))).records();
    }
}
