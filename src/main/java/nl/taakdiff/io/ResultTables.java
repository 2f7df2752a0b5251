package nl.taakdiff.io;

import java.util.List;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.ClassResult;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.MunicipalityResult;
import nl.taakdiff.engine.TaskResult;
import nl.taakdiff.engine.Unit;

/** The evaluation and comparison tables of the CLI and exports, with their exact column order. */
public final class ResultTables {
    private ResultTables() {
    }

    public static Table evaluationSummary(Evaluation evaluation) {
        Table.Builder table = new Table.Builder().text("metric").number("value");
        for (Metric metric : Metric.values()) {
            table.row(metric.key(), format(metric.unit(), evaluation.summary().value(metric)));
        }
        return table.build();
    }

    public static Table evaluationClasses(Evaluation evaluation) {
        Table.Builder table = new Table.Builder().number("min_population").number("municipalities")
                .number("population").number("cost").number("cost_per_inhabitant");
        for (ClassResult c : evaluation.classes()) {
            table.row(Long.toString(c.sizeClass().lower()), Integer.toString(c.municipalities()),
                    Long.toString(c.population()), Numbers.money(c.cost()), Numbers.money(c.costPerInhabitant()));
        }
        return table.build();
    }

    public static Table evaluationTasks(Evaluation evaluation) {
        Table.Builder table = new Table.Builder().text("task_code").number("organisations").number("cost")
                .number("capacity_risk_municipalities");
        for (TaskResult t : evaluation.tasks()) {
            table.row(t.taskCode(), Integer.toString(t.organisations()), Numbers.money(t.cost()),
                    Integer.toString(t.capacityRiskMunicipalities()));
        }
        return table.build();
    }

    /** One row per municipality, formatted as it is written. */
    public static Table evaluationMunicipalities(Evaluation evaluation) {
        List<MunicipalityResult> municipalities = evaluation.municipalities();
        return new Table.Builder().text("code").text("name").number("population").number("min_population")
                .number("cost").number("cost_per_inhabitant").number("tasks_own").number("capacity_risk_tasks")
                .onDemand(municipalities.size(), i -> {
                    MunicipalityResult m = municipalities.get(i);
                    return List.of(m.code(), m.name(), Long.toString(m.population()),
                            Long.toString(m.sizeClass().lower()), Numbers.money(m.cost()),
                            Numbers.money(m.costPerInhabitant()), Integer.toString(m.tasksOwn()),
                            Integer.toString(m.capacityRiskTasks()));
                });
    }

    public static Table comparisonSummary(Comparison comparison) {
        Table.Builder table = new Table.Builder().text("metric").number("baseline").number("alternative")
                .number("delta").number("delta_pct");
        for (MetricDelta d : comparison.metrics()) {
            Unit unit = d.metric().unit();
            table.row(d.metric().key(), format(unit, d.baseline()), format(unit, d.alternative()),
                    format(unit, d.delta()), d.deltaPct() == null ? "" : Numbers.share(d.deltaPct()));
        }
        return table.build();
    }

    public static Table comparisonClasses(Comparison comparison) {
        Table.Builder table = new Table.Builder().number("min_population").number("municipalities")
                .number("population").number("baseline_cost_per_inhabitant").number("alternative_cost_per_inhabitant")
                .number("delta_per_inhabitant");
        for (ClassDelta c : comparison.classes()) {
            table.row(Long.toString(c.sizeClass().lower()), Integer.toString(c.municipalities()),
                    Long.toString(c.population()), Numbers.money(c.baselineCostPerInhabitant()),
                    Numbers.money(c.alternativeCostPerInhabitant()), Numbers.money(c.deltaPerInhabitant()));
        }
        return table.build();
    }

    /** One row per municipality, formatted as it is written. */
    public static Table comparisonMunicipalities(Comparison comparison) {
        List<MunicipalityDelta> municipalities = comparison.municipalities();
        return new Table.Builder().text("code").text("name").number("population").number("baseline_cost")
                .number("alternative_cost").number("delta").number("delta_per_inhabitant")
                .onDemand(municipalities.size(), i -> {
                    MunicipalityDelta m = municipalities.get(i);
                    return List.of(m.code(), m.name(), Long.toString(m.population()), Numbers.money(m.baselineCost()),
                            Numbers.money(m.alternativeCost()), Numbers.money(m.delta()),
                            Numbers.money(m.deltaPerInhabitant()));
                });
    }

    /** A metric value in machine format: money with 2 decimals, shares with 6, counts whole. */
    public static String format(Unit unit, double value) {
        return switch (unit) {
            case MONEY -> Numbers.money(value);
            case SHARE -> Numbers.share(value);
            case COUNT -> Long.toString(Math.round(value));
        };
    }
}
