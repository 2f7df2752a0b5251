package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.ClassSpread;
import nl.taakdiff.engine.uncertainty.MetricSpread;
import nl.taakdiff.engine.uncertainty.MunicipalitySpread;
import nl.taakdiff.engine.uncertainty.Parameter;
import nl.taakdiff.engine.uncertainty.ParameterKind;
import nl.taakdiff.engine.uncertainty.Spread;
import nl.taakdiff.engine.uncertainty.TornadoRow;
import nl.taakdiff.engine.uncertainty.UncertaintyResult;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.export.ExportTable.Kind;
import nl.taakdiff.model.Task;

/** Sensitivity (tornado rows) and uncertainty (spread of the draws) as tables for the XLSX and PDF exports. */
final class UncertaintyTablesForPeople {
    private UncertaintyTablesForPeople() {
    }

    /** "Huidige situatie → Gedifferentieerd": which comparison a part is about. */
    static String title(ExportText t, UncertaintySection.Part part) {
        return t.get("uncertainty.comparison", part.alternative(), part.baseline());
    }

    /** The settings every figure rests on: draws, seed, distribution, range and threshold. */
    static String settings(ExportText t, UncertaintySection section) {
        var s = section.settings();
        return t.get("uncertainty.settings", t.format(Cell.number(Kind.COUNT, s.draws())), String.valueOf(s.seed()),
                t.get("distribution." + s.distribution().name().toLowerCase(java.util.Locale.ROOT)),
                t.format(Cell.number(Kind.PERCENT, section.range())), "€ " + t.amount(s.threshold()));
    }

    /** One row per parameter, largest swing first: base, low, high, the delta at both bounds, swing and break-even. */
    static ExportTable tornado(ExportText t, List<Task> tasks, UncertaintySection.Part part) {
        Kind value = ExportTables.kind(part.tornado().metric());
        ExportTable.Builder table = new ExportTable.Builder(title(t, part)).header(t.get("col.parameter"),
                t.get("col.base"), t.get("col.low"), t.get("col.high"), t.get("col.valueAtLow"),
                t.get("col.valueAtHigh"), t.get("col.swing"), t.get("col.breakEven"));
        for (TornadoRow row : part.tornado().rows()) {
            Parameter p = row.parameter();
            Kind kind = parameterKind(p);
            table.row(List.of(Cell.text(parameter(t, tasks, p)), Cell.number(kind, p.base()), Cell.number(kind, p.low()),
                    Cell.number(kind, p.high()), Cell.number(value, row.valueAtLow()),
                    Cell.number(value, row.valueAtHigh()), Cell.number(value, row.swing()),
                    Cell.number(kind, row.breakEven())));
        }
        return table.build();
    }

    /** Per metric: baseline, alternative and delta over the draws; the delta row has the chance it is below zero. */
    static ExportTable metrics(ExportText t, UncertaintySection.Part part) {
        UncertaintyResult r = part.result();
        ExportTable.Builder table = new ExportTable.Builder(title(t, part)).header(t.get("col.metric"),
                t.get("col.scenario"), t.get("col.mean"), t.get("col.sd"), "P5", "P50", "P95",
                t.get("col.probabilityNegative"), t.get("col.standardError"));
        for (MetricSpread m : r.metrics()) {
            Kind kind = ExportTables.kind(m.metric());
            String name = t.metric(m.metric());
            table.row(row(name, part.baseline(), m.baseline(), kind, null, null));
            table.row(row(name, part.alternative(), m.alternative(), kind, null, null));
            table.row(row(name, t.get("uncertainty.delta"), m.delta(), kind, m.probabilityNegative(),
                    r.standardError(m.metric())));
        }
        return table.build();
    }

    private static List<Cell> row(String metric, String scenario, Spread s, Kind kind, Double negative, Double error) {
        return List.of(Cell.text(metric), Cell.text(scenario), Cell.number(kind, s.mean()), Cell.number(kind, s.sd()),
                Cell.number(kind, s.p5()), Cell.number(kind, s.p50()), Cell.number(kind, s.p95()),
                Cell.number(Kind.PERCENT, negative), Cell.number(kind, error));
    }

    /** Per size class: the change in cost per inhabitant over the draws. */
    static ExportTable classes(ExportText t, UncertaintySection.Part part) {
        ExportTable.Builder table = new ExportTable.Builder(t.get("uncertainty.classes")).header(t.get("col.sizeClass"),
                t.get("col.municipalities"), t.get("col.meanPerInhabitant"), "P5", "P95");
        for (ClassSpread c : part.result().classes()) {
            table.row(List.of(Cell.text(t.sizeClass(c.sizeClass())), Cell.number(Kind.COUNT, c.municipalities()),
                    Cell.number(Kind.MONEY_CENTS, c.mean()), Cell.number(Kind.MONEY_CENTS, c.p5()),
                    Cell.number(Kind.MONEY_CENTS, c.p95())));
        }
        return table.build();
    }

    /** Per municipality: the change per inhabitant over the draws and the chance of being worse off. */
    static ExportTable municipalities(ExportText t, UncertaintySection.Part part) {
        List<MunicipalitySpread> all = part.result().municipalities();
        return ExportTable.lazy(t.get("uncertainty.municipalities"), List.of(t.get("col.code"),
                t.get("col.municipality"), t.get("col.meanPerInhabitant"), "P5", "P95", t.get("col.probabilityLoser")),
                all.size(), i -> {
                    MunicipalitySpread m = all.get(i);
                    return List.of(Cell.text(m.code()), Cell.text(m.name()), Cell.number(Kind.MONEY_CENTS, m.mean()),
                            Cell.number(Kind.MONEY_CENTS, m.p5()), Cell.number(Kind.MONEY_CENTS, m.p95()),
                            Cell.number(Kind.PERCENT, m.probabilityLoser()));
                });
    }

    /** "In 87 % of the draws the alternative is cheaper." for total cost. */
    static String sentence(ExportText t, UncertaintySection.Part part) {
        double cheaper = part.result().metric(Metric.TOTAL_COST).probabilityNegative();
        return t.get("uncertainty.sentence", t.format(Cell.number(Kind.PERCENT, cheaper)), part.alternative());
    }

    /** A parameter for people: "JZ-LOK Lokale jeugdhulp: kosten per inwoner", "Overhead centrumgemeente". */
    static String parameter(ExportText t, List<Task> tasks, Parameter p) {
        if (p.kind() == ParameterKind.OVERHEAD) {
            return t.get("param.overhead", t.level(p.level()).toLowerCase(t.locale()));
        }
        Task task = tasks.get(p.task());
        return t.get("param." + p.kind().key(), task.code() + " " + task.name());
    }

    /** A parameter for a chart's narrow label column: the task's code, not its name. */
    static String shortParameter(ExportText t, List<Task> tasks, Parameter p) {
        if (p.kind() == ParameterKind.OVERHEAD) {
            return parameter(t, tasks, p);
        }
        return t.get("param." + p.kind().key(), tasks.get(p.task()).code());
    }

    /** Overhead rates as percentages, costs in euros, minimum scales as inhabitants. */
    static Kind parameterKind(Parameter p) {
        return switch (p.kind()) {
            case OVERHEAD -> Kind.PERCENT;
            case UNIT_COST -> Kind.MONEY_CENTS;
            case FIXED_COST -> Kind.MONEY;
            case MIN_SCALE -> Kind.COUNT;
        };
    }

    /** Every row of the tornado as bars of a chart, in the table's order. */
    static List<nl.taakdiff.io.render.TornadoRenderer.Bar> bars(ExportText t, List<Task> tasks,
                                                                 UncertaintySection.Part part) {
        List<nl.taakdiff.io.render.TornadoRenderer.Bar> bars = new ArrayList<>();
        for (TornadoRow row : part.tornado().rows()) {
            bars.add(new nl.taakdiff.io.render.TornadoRenderer.Bar(shortParameter(t, tasks, row.parameter()),
                    row.valueAtLow(), row.valueAtHigh()));
        }
        return bars;
    }
}
