package nl.taakdiff.io;

import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.appraisal.Acceptability;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.engine.appraisal.StabilityInterval;

/** The appraisal tables of the CLI and exports: ranking, stability and rank acceptability. */
public final class AppraisalTables {
    private AppraisalTables() {
    }

    /** {@code rank,scenario,score}, then each criterion's metric value for the option. */
    public static Table ranking(Appraisal appraisal) {
        Table.Builder table = new Table.Builder().number("rank").text("scenario").number("score");
        List<Criterion> criteria = appraisal.criteria();
        criteria.forEach(c -> table.number(c.measure().key()));
        for (RankedOption o : appraisal.ranking()) {
            String[] row = new String[3 + criteria.size()];
            row[0] = Integer.toString(o.rank());
            row[1] = o.name();
            row[2] = Numbers.share(o.score());
            for (int c = 0; c < criteria.size(); c++) {
                row[3 + c] = ResultTables.format(criteria.get(c).measure().unit(),
                        appraisal.performance().value(o.option(), c));
            }
            table.row(row);
        }
        return table.build();
    }

    /** {@code criterion,weight,stable_from,stable_to}: normalised weight and its stability interval in percent. */
    public static Table stability(Appraisal appraisal) {
        Table.Builder table = new Table.Builder().text("criterion").number("weight").number("stable_from")
                .number("stable_to");
        for (StabilityInterval s : appraisal.stability()) {
            table.row(s.measure().key(), percent(s.share()), percent(s.from()), percent(s.to()));
        }
        return table.build();
    }

    /** {@code scenario,rank_1,…,rank_n}: the share of draws in which the option took each rank. */
    public static Table acceptability(Acceptability acceptability) {
        int n = acceptability.options().size();
        Table.Builder table = new Table.Builder().text("scenario");
        for (int r = 1; r <= n; r++) {
            table.number("rank_" + r);
        }
        for (int i = 0; i < n; i++) {
            String[] row = new String[n + 1];
            row[0] = acceptability.options().get(i);
            for (int r = 0; r < n; r++) {
                row[r + 1] = Numbers.share(acceptability.share(i, r));
            }
            table.row(row);
        }
        return table.build();
    }

    /** A share as a percentage with four decimals (the six decimals of a share), e.g. {@code 62.5000}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.4f", share * 100 + 0.0);
    }
}
