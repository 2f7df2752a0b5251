package nl.taakdiff.io.export;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.io.Table;

/**
 * The comparison tables of the Excel (NL) CSV files, for people: the same rows and figures as the
 * standard CSV, with column names that say which scenario a figure is of, metric names in the
 * export's language, and under the summary the data set, the scenarios and the export's date.
 */
final class CsvForPeople {
    private CsvForPeople() {
    }

    static Table summary(Table machine, Comparison comparison, ExportInput input) {
        ExportText t = input.text();
        String base = comparison.baseline().scenario().name();
        String alt = comparison.alternative().scenario().name();
        List<String> columns = List.of(t.get("csv.col.metric"), t.get("csv.col.unit"), t.get("csv.col.baseline", base),
                t.get("csv.col.alternative", alt), t.get("csv.col.delta"), t.get("csv.col.deltaPct"));
        List<Boolean> numeric = List.of(false, false, true, true, true, true);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : machine.rows()) {
            Metric metric = Metric.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT));
            List<String> cells = new ArrayList<>(List.of(t.metric(metric), t.unit(metric)));
            cells.addAll(row.subList(1, row.size()));
            rows.add(cells);
        }
        rows.add(List.of("", "", "", "", "", ""));
        rows.add(List.of(t.get("csv.about.dataset"), comparison.baseline().study().dataset().name(), "", "", "", ""));
        rows.add(List.of(t.get("csv.about.scenarios"), t.get("uncertainty.comparison", alt, base), "", "", "", ""));
        rows.add(List.of(t.get("csv.about.exportedAt"), t.dateTime(input.about().exportedAt()), "", "", "", ""));
        return new Table(columns, numeric, rows);
    }

    static Table classes(Table machine, Comparison comparison, ExportInput input) {
        ExportText t = input.text();
        return machine.renamed(List.of(t.get("csv.col.minPopulation"), t.get("csv.col.municipalities"),
                t.get("csv.col.population"), t.get("csv.col.baselinePerInhabitant", comparison.baseline().scenario().name()),
                t.get("csv.col.alternativePerInhabitant", comparison.alternative().scenario().name()),
                t.get("csv.col.deltaPerInhabitant")));
    }

    static Table municipalities(Table machine, Comparison comparison, ExportInput input) {
        ExportText t = input.text();
        return machine.renamed(List.of(t.get("csv.col.code"), t.get("csv.col.name"), t.get("csv.col.population"),
                t.get("csv.col.baselineCost", comparison.baseline().scenario().name()),
                t.get("csv.col.alternativeCost", comparison.alternative().scenario().name()),
                t.get("csv.col.deltaCost"), t.get("csv.col.deltaPerInhabitant")));
    }
}
