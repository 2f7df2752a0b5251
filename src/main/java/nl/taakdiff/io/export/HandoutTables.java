package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.export.ExportTable.Kind;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;

/** The narrower tables of the handout, where a page has room for fewer columns than a sheet. */
final class HandoutTables {
    private HandoutTables() {
    }

    /** The KPI table of the summary page: each metric in the baseline and each alternative with its change. */
    static ExportTable keyFigures(ExportInput input) {
        ExportText t = input.text();
        List<String> headers = new ArrayList<>(List.of(t.get("col.metric"), input.baseline().scenario().name()));
        for (Comparison c : input.comparisons()) {
            headers.add(c.alternative().scenario().name());
            headers.add(t.get("pdf.change"));
        }
        ExportTable.Builder table = new ExportTable.Builder(t.get("table.keyFigures")).header(headers.toArray(String[]::new));
        for (Metric metric : Metric.values()) {
            Kind kind = ExportTables.kind(metric) == Kind.MONEY ? Kind.MONEY_MILLIONS : ExportTables.kind(metric);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.metric(metric)),
                    Cell.number(kind, input.baseline().summary().value(metric))));
            for (Comparison c : input.comparisons()) {
                MetricDelta d = c.metric(metric);
                row.add(Cell.number(kind, d.alternative()));
                row.add(Cell.number(Kind.CHANGE_PERCENT, d.deltaPct()));
            }
            table.row(row);
        }
        return table.build();
    }

    /** Per size class: cost per inhabitant in the baseline, and in each alternative with its change. */
    static ExportTable classes(ExportInput input) {
        ExportText t = input.text();
        List<String> headers = new ArrayList<>(List.of(t.get("col.sizeClass"), t.get("col.municipalities"),
                t.get("col.population"), t.get("pdf.perInhabitant", input.baseline().scenario().name())));
        for (Comparison c : input.comparisons()) {
            headers.add(c.alternative().scenario().name());
            headers.add(t.get("pdf.change"));
        }
        ExportTable.Builder table = new ExportTable.Builder(t.get("sheet.classes")).header(headers.toArray(String[]::new));
        List<ClassDelta> first = input.comparisons().get(0).classes();
        for (int i = 0; i < first.size(); i++) {
            ClassDelta c = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.sizeClass(c.sizeClass())),
                    Cell.number(Kind.COUNT, c.municipalities()), Cell.number(Kind.COUNT, (double) c.population()),
                    Cell.number(Kind.MONEY_CENTS, c.baselineCostPerInhabitant())));
            for (Comparison comparison : input.comparisons()) {
                ClassDelta d = comparison.classes().get(i);
                row.add(Cell.number(Kind.MONEY_CENTS, d.alternativeCostPerInhabitant()));
                row.add(Cell.number(Kind.MONEY_CENTS, d.deltaPerInhabitant()));
            }
            table.row(row);
        }
        return table.build();
    }

    /** Per municipality: cost per inhabitant in the baseline, change and outcome per alternative. */
    static ExportTable municipalities(ExportInput input) {
        ExportText t = input.text();
        List<String> headers = new ArrayList<>(List.of(t.get("col.code"), t.get("col.municipality"),
                t.get("col.population"), t.get("pdf.perInhabitant", input.baseline().scenario().name())));
        for (Comparison c : input.comparisons()) {
            headers.add(t.get("pdf.changePerInhabitant", c.alternative().scenario().name()));
            headers.add(t.get("pdf.outcome"));
        }
        List<MunicipalityDelta> first = input.comparisons().get(0).municipalities();
        return ExportTable.lazy(t.get("sheet.municipalities"), headers, first.size(), i -> {
            MunicipalityDelta m = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.code()), Cell.text(m.name()),
                    Cell.number(Kind.COUNT, (double) m.population()),
                    Cell.number(Kind.MONEY_CENTS, m.baselineCost() / m.population())));
            for (Comparison comparison : input.comparisons()) {
                MunicipalityDelta d = comparison.municipalities().get(i);
                row.add(Cell.number(Kind.MONEY_CENTS, d.deltaPerInhabitant()));
                row.add(Cell.text(t.outcome(d.outcome())));
            }
            return row;
        });
    }

    /** Task × size class → level, for one scenario. */
    static ExportTable levels(ExportText t, Scenario scenario) {
        List<SizeClass> classes = scenario.tiering().classes();
        List<String> headers = new ArrayList<>(List.of(t.get("col.task")));
        for (SizeClass c : classes) {
            headers.add(t.sizeClass(c));
        }
        ExportTable.Builder table = new ExportTable.Builder(scenario.name()).header(headers.toArray(String[]::new));
        Map<String, Map<Long, Level>> byTask = new LinkedHashMap<>();
        for (Rule r : scenario.rules()) {
            byTask.computeIfAbsent(r.taskCode(), k -> new HashMap<>()).put(r.minPopulation(), r.level());
        }
        byTask.forEach((task, levels) -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(task)));
            for (SizeClass c : classes) {
                Level level = levels.get(c.lower());
                row.add(Cell.text(level == null ? "" : t.level(level)));
            }
            table.row(row);
        });
        return table.build();
    }
}
