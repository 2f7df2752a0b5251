package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.appraisal.Acceptability;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.Direction;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.engine.appraisal.StabilityInterval;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.export.ExportTable.Kind;

/**
 * The appraisal as tables for the XLSX and PDF exports, in the export's language: weights with
 * stability, ranking, acceptability, weight sets.
 */
final class AppraisalTablesForPeople {
    private AppraisalTablesForPeople() {
    }

    static String weightSetsTitle(ExportText t) {
        return t.get("appraisal.weightSets");
    }

    static ExportTable weights(ExportText t, AppraisalSection section) {
        Appraisal a = section.appraisal();
        ExportTable.Builder table = new ExportTable.Builder(t.get("appraisal.weights")).header(t.get("col.criterion"),
                t.get("col.betterIs"), t.get("col.weight"), t.get("col.share"), t.get("col.stableFrom"),
                t.get("col.stableTo"), t.get("col.indifference"), t.get("col.preference"));
        List<StabilityInterval> stability = a.stability();
        for (int c = 0; c < a.criteria().size(); c++) {
            Criterion criterion = a.criteria().get(c);
            StabilityInterval s = stability.get(c);
            table.row(List.of(Cell.text(t.measure(criterion.measure().key())), Cell.text(direction(t, criterion.direction())),
                    Cell.number(Kind.DECIMAL, criterion.weight()), Cell.number(Kind.PERCENT, s.share()),
                    Cell.number(Kind.PERCENT, s.from()), Cell.number(Kind.PERCENT, s.to()),
                    Cell.number(Kind.DECIMAL, criterion.indifference()), Cell.number(Kind.DECIMAL, criterion.preference())));
        }
        return table.build();
    }

    static ExportTable ranking(ExportText t, AppraisalSection section) {
        Appraisal a = section.appraisal();
        ExportTable.Builder table = new ExportTable.Builder(t.get("appraisal.ranking"));
        List<String> headers = new ArrayList<>(List.of(t.get("col.rank"), t.get("col.scenario"), t.get("col.score")));
        a.criteria().forEach(c -> headers.add(t.measure(c.measure().key())));
        table.header(headers.toArray(String[]::new));
        for (RankedOption o : a.ranking()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.number(Kind.COUNT, o.rank()), Cell.text(o.name()),
                    Cell.number(Kind.DECIMAL, Math.round(o.score() * 1e6) / 1e6)));
            for (int c = 0; c < a.criteria().size(); c++) {
                row.add(Cell.number(kind(a.criteria().get(c).measure().unit()), a.performance().value(o.option(), c)));
            }
            table.row(row);
        }
        return table.build();
    }

    static ExportTable acceptability(ExportText t, AppraisalSection section) {
        Acceptability acc = section.acceptability();
        int n = acc.options().size();
        ExportTable.Builder table = new ExportTable.Builder(t.get("appraisal.acceptability"));
        List<String> headers = new ArrayList<>(List.of(t.get("col.scenario")));
        for (int r = 1; r <= n; r++) {
            headers.add(t.get("col.rankN", r));
        }
        table.header(headers.toArray(String[]::new));
        for (int i = 0; i < n; i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(acc.options().get(i))));
            for (int r = 0; r < n; r++) {
                row.add(Cell.number(Kind.PERCENT, acc.share(i, r)));
            }
            table.row(row);
        }
        return table.build();
    }

    /** Every weight set, one row per criterion. */
    static ExportTable weightSets(ExportText t, AppraisalSection section) {
        ExportTable.Builder table = new ExportTable.Builder(weightSetsTitle(t)).header(t.get("col.weightSet"),
                t.get("col.method"), t.get("col.criterion"), t.get("col.betterIs"), t.get("col.weight"),
                t.get("col.indifference"), t.get("col.preference"));
        for (WeightSet set : section.weightSets()) {
            for (Criterion c : set.criteria()) {
                table.row(List.of(Cell.text(set.name()), Cell.text(method(t, set.method())),
                        Cell.text(t.measure(c.measure().key())), Cell.text(direction(t, c.direction())),
                        Cell.number(Kind.DECIMAL, c.weight()), Cell.number(Kind.DECIMAL, c.indifference()),
                        Cell.number(Kind.DECIMAL, c.preference())));
            }
        }
        return table.build();
    }

    /** A note under the appraisal tables: which set, which method, how many draws. */
    static String note(ExportText t, AppraisalSection section) {
        Appraisal a = section.appraisal();
        String weights = section.weightSet().isEmpty() ? t.get("appraisal.note.weights")
                : t.get("appraisal.note.weightSet", section.weightSet());
        return t.get(section.acceptability().withParameters() ? "appraisal.note.withParameters" : "appraisal.note",
                weights, method(t, a.method()), t.format(Cell.number(Kind.COUNT, section.acceptability().draws())));
    }

    private static String direction(ExportText t, Direction direction) {
        return t.get("direction." + direction.key());
    }

    private static String method(ExportText t, Method method) {
        return t.get("method." + method.key());
    }

    private static Kind kind(Unit unit) {
        return switch (unit) {
            case MONEY -> Kind.MONEY_CENTS;
            case COUNT -> Kind.COUNT;
            case SHARE -> Kind.PERCENT;
        };
    }
}
