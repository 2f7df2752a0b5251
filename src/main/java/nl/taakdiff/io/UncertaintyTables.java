package nl.taakdiff.io;

import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.uncertainty.MetricSpread;
import nl.taakdiff.engine.uncertainty.MunicipalitySpread;
import nl.taakdiff.engine.uncertainty.Parameter;
import nl.taakdiff.engine.uncertainty.ParameterKind;
import nl.taakdiff.engine.uncertainty.Spread;
import nl.taakdiff.engine.uncertainty.Tornado;
import nl.taakdiff.engine.uncertainty.TornadoRow;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;

/** The sensitivity and uncertainty tables of the CLI and exports (calculation.md §2.9, 2.10), with their exact column order. */
public final class UncertaintyTables {
    private UncertaintyTables() {
    }

    public static Table sensitivity(Tornado tornado) {
        Table.Builder table = new Table.Builder().text("parameter").number("base").number("low").number("high")
                .number("value_at_low").number("value_at_high").number("swing").number("break_even");
        Unit unit = tornado.metric().unit();
        for (TornadoRow row : tornado.rows()) {
            Parameter p = row.parameter();
            table.row(p.name(), parameter(p, p.base()), parameter(p, p.low()), parameter(p, p.high()),
                    ResultTables.format(unit, row.valueAtLow()), ResultTables.format(unit, row.valueAtHigh()),
                    ResultTables.format(unit, row.swing()),
                    row.breakEven() == null ? "" : parameter(p, row.breakEven()));
        }
        return table.build();
    }

    public static Table summary(UncertaintyResult result) {
        Table.Builder table = new Table.Builder().text("metric").text("scenario").number("mean").number("sd")
                .number("p5").number("p50").number("p95").number("probability_negative");
        for (MetricSpread m : result.metrics()) {
            Unit unit = m.metric().unit();
            row(table, m.metric(), "baseline", m.baseline(), unit, "");
            row(table, m.metric(), "alternative", m.alternative(), unit, "");
            row(table, m.metric(), "delta", m.delta(), unit, Numbers.share(m.probabilityNegative()));
        }
        return table.build();
    }

    public static Table municipalities(UncertaintyResult result) {
        Table.Builder table = new Table.Builder().text("code").text("name").number("delta_per_inhabitant_mean")
                .number("delta_per_inhabitant_p5").number("delta_per_inhabitant_p95").number("probability_loser");
        for (MunicipalitySpread m : result.municipalities()) {
            table.row(m.code(), m.name(), Numbers.money(m.mean()), Numbers.money(m.p5()), Numbers.money(m.p95()),
                    Numbers.share(m.probabilityLoser()));
        }
        return table.build();
    }

    private static void row(Table.Builder table, Metric metric, String scenario, Spread s, Unit unit,
                            String probabilityNegative) {
        table.row(metric.key(), scenario, value(unit, s.mean()), value(unit, s.sd()), value(unit, s.p5()),
                value(unit, s.p50()), value(unit, s.p95()), probabilityNegative);
    }

    /**
     * A figure over the draws: money with 2 decimals, shares with 6; counts keep 2 decimals, since
     * their mean, spread and interpolated quantiles need not be whole.
     */
    static String value(Unit unit, double v) {
        return unit == Unit.SHARE ? Numbers.share(v) : Numbers.money(v);
    }

    /** A parameter value: overhead rates as shares (6 decimals), costs and minimum scales with 2 decimals. */
    public static String parameter(Parameter p, double v) {
        return p.kind() == ParameterKind.OVERHEAD ? Numbers.share(v) : Numbers.money(v);
    }
}
