package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.appraisal.Acceptability;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.engine.appraisal.StabilityInterval;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.export.ExportTable.Kind;

/** The appraisal as tables for the XLSX and PDF exports: weights with stability, ranking, acceptability, weight sets. */
final class AppraisalTablesForPeople {
    static final String WEIGHTS = "Appraisal: weights and their stability";
    static final String RANKING = "Appraisal: ranking";
    static final String ACCEPTABILITY = "Appraisal: rank acceptability";
    static final String WEIGHT_SETS = "Weight sets";

    private AppraisalTablesForPeople() {
    }

    static ExportTable weights(AppraisalSection section) {
        Appraisal a = section.appraisal();
        ExportTable.Builder table = new ExportTable.Builder(WEIGHTS).header("Criterion", "Better is", "Weight",
                "Share", "Stable from", "Stable to", "Indifference Q", "Preference P");
        List<StabilityInterval> stability = a.stability();
        for (int c = 0; c < a.criteria().size(); c++) {
            Criterion criterion = a.criteria().get(c);
            StabilityInterval s = stability.get(c);
            table.row(List.of(Cell.text(criterion.measure().key()), Cell.text(criterion.direction().key()),
                    Cell.number(Kind.DECIMAL, criterion.weight()), Cell.number(Kind.PERCENT, s.share()),
                    Cell.number(Kind.PERCENT, s.from()), Cell.number(Kind.PERCENT, s.to()),
                    Cell.number(Kind.DECIMAL, criterion.indifference()), Cell.number(Kind.DECIMAL, criterion.preference())));
        }
        return table.build();
    }

    static ExportTable ranking(AppraisalSection section) {
        Appraisal a = section.appraisal();
        ExportTable.Builder table = new ExportTable.Builder(RANKING);
        List<String> headers = new ArrayList<>(List.of("Rank", "Scenario", "Score"));
        a.criteria().forEach(c -> headers.add(c.measure().key()));
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

    static ExportTable acceptability(AppraisalSection section) {
        Acceptability acc = section.acceptability();
        int n = acc.options().size();
        ExportTable.Builder table = new ExportTable.Builder(ACCEPTABILITY);
        List<String> headers = new ArrayList<>(List.of("Scenario"));
        for (int r = 1; r <= n; r++) {
            headers.add("Rank " + r);
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
    static ExportTable weightSets(AppraisalSection section) {
        ExportTable.Builder table = new ExportTable.Builder(WEIGHT_SETS).header("Weight set", "Method", "Criterion",
                "Better is", "Weight", "Indifference Q", "Preference P");
        for (WeightSet set : section.weightSets()) {
            for (Criterion c : set.criteria()) {
                table.row(List.of(Cell.text(set.name()), Cell.text(set.method().key()), Cell.text(c.measure().key()),
                        Cell.text(c.direction().key()), Cell.number(Kind.DECIMAL, c.weight()),
                        Cell.number(Kind.DECIMAL, c.indifference()), Cell.number(Kind.DECIMAL, c.preference())));
            }
        }
        return table.build();
    }

    /** A note under the appraisal tables: which set, which method, how many draws. */
    static String note(AppraisalSection section) {
        Appraisal a = section.appraisal();
        return (section.weightSet().isEmpty() ? "Weights" : "Weight set " + section.weightSet()) + ", method "
                + a.method().key() + "; the first scenario is the reference for losers and the largest increase per"
                + " inhabitant; rank acceptability over " + section.acceptability().draws() + " weightings drawn"
                + " uniformly" + (section.acceptability().withParameters() ? ", each with a parameter draw." : ".");
    }

    private static Kind kind(Unit unit) {
        return switch (unit) {
            case MONEY -> Kind.MONEY_CENTS;
            case COUNT -> Kind.COUNT;
            case SHARE -> Kind.PERCENT;
        };
    }
}
