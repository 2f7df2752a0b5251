package nl.taakdiff.io.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.export.ExportTable.Kind;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;

/**
 * The tables of the XLSX workbook and the PDF handout, for a baseline and one to three
 * alternatives side by side: each alternative adds its value and its change next to the baseline.
 */
public final class ExportTables {
    public static final String SUMMARY = "Summary";
    public static final String CLASSES = "Size classes";
    public static final String MUNICIPALITIES = "Municipalities";

    private ExportTables() {
    }

    /** A metric's name for people, e.g. "Total cost". */
    public static String label(Metric metric) {
        return switch (metric) {
            case TOTAL_COST -> "Total cost";
            case COST_PER_INHABITANT -> "Cost per inhabitant";
            case MUNICIPAL_COST -> "Cost carried by municipalities";
            case PROVINCE_COST -> "Cost carried by provinces";
            case STATE_COST -> "Cost carried by central government";
            case ORGANISATIONS -> "Executing organisations";
            case JOINT_ARRANGEMENTS -> "Joint arrangements";
            case CAPACITY_RISK_PAIRS -> "Municipality-task pairs below minimum scale";
            case CAPACITY_RISK_MUNICIPALITIES -> "Municipalities with a capacity risk";
            case DIRECT_CONTROL_SHARE -> "Share of cost under direct municipal control";
            case TASK_PACKAGES -> "Distinct task packages";
        };
    }

    /** How a metric's values are shown. */
    public static Kind kind(Metric metric) {
        if (metric == Metric.COST_PER_INHABITANT) {
            return Kind.MONEY_CENTS;
        }
        return switch (metric.unit()) {
            case MONEY -> Kind.MONEY;
            case COUNT -> Kind.COUNT;
            case SHARE -> Kind.PERCENT;
        };
    }

    static String unitLabel(Metric metric) {
        if (metric == Metric.COST_PER_INHABITANT) {
            return "EUR per inhabitant per year";
        }
        return switch (metric.unit()) {
            case MONEY -> "EUR per year";
            case COUNT -> "number";
            case SHARE -> "share";
        };
    }

    public static ExportTable summary(ExportInput input) {
        ExportTable.Builder table = new ExportTable.Builder(SUMMARY);
        List<String> headers = new ArrayList<>(List.of("Metric", "Key", "Unit", baselineHeader(input)));
        for (Comparison c : input.comparisons()) {
            String name = c.alternative().scenario().name();
            headers.add(name);
            headers.add(name + ": change");
            headers.add(name + ": change %");
        }
        table.header(headers.toArray(String[]::new));
        for (Metric metric : Metric.values()) {
            Kind kind = kind(metric);
            Kind deltaKind = kind == Kind.PERCENT ? Kind.PERCENT : kind;
            List<Cell> row = new ArrayList<>(List.of(Cell.text(label(metric)), Cell.text(metric.key()),
                    Cell.text(unitLabel(metric)), Cell.number(kind, input.baseline().summary().value(metric))));
            for (Comparison c : input.comparisons()) {
                MetricDelta d = c.metric(metric);
                row.add(Cell.number(kind, d.alternative()));
                row.add(Cell.number(deltaKind, d.delta()));
                row.add(Cell.number(Kind.CHANGE_PERCENT, d.deltaPct()));
            }
            table.row(row);
        }
        return table.build();
    }

    public static ExportTable classes(ExportInput input) {
        ExportTable.Builder table = new ExportTable.Builder(CLASSES);
        List<String> headers = new ArrayList<>(List.of("Size class", "Min. population", "Municipalities",
                "Population", baselineHeader(input) + ": EUR per inhabitant"));
        for (Comparison c : input.comparisons()) {
            String name = c.alternative().scenario().name();
            headers.add(name + ": EUR per inhabitant");
            headers.add(name + ": change per inhabitant");
        }
        table.header(headers.toArray(String[]::new));
        List<ClassDelta> first = input.comparisons().get(0).classes();
        for (int i = 0; i < first.size(); i++) {
            ClassDelta c = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(MapColouring.sizeLabel(c.sizeClass())),
                    Cell.number(Kind.COUNT, (double) c.sizeClass().lower()), Cell.number(Kind.COUNT, c.municipalities()),
                    Cell.number(Kind.COUNT, (double) c.population()),
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

    /** One row per municipality, built as it is written. */
    public static ExportTable municipalities(ExportInput input) {
        List<String> headers = new ArrayList<>(List.of("Code", "Municipality", "Population",
                baselineHeader(input) + ": cost"));
        for (Comparison c : input.comparisons()) {
            String name = c.alternative().scenario().name();
            headers.add(name + ": cost");
            headers.add(name + ": change");
            headers.add(name + ": change per inhabitant");
            headers.add(name + ": outcome");
        }
        List<MunicipalityDelta> first = input.comparisons().get(0).municipalities();
        return ExportTable.lazy(MUNICIPALITIES, headers, first.size(), i -> {
            MunicipalityDelta m = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.code()), Cell.text(m.name()),
                    Cell.number(Kind.COUNT, (double) m.population()), Cell.number(Kind.MONEY, m.baselineCost())));
            for (Comparison comparison : input.comparisons()) {
                MunicipalityDelta d = comparison.municipalities().get(i);
                row.add(Cell.number(Kind.MONEY, d.alternativeCost()));
                row.add(Cell.number(Kind.MONEY, d.delta()));
                row.add(Cell.number(Kind.MONEY_CENTS, d.deltaPerInhabitant()));
                row.add(Cell.text(d.outcome().name().toLowerCase(java.util.Locale.ROOT)));
            }
            return row;
        });
    }

    /** Every task parameter with its source (the task catalogue of the study). */
    public static ExportTable tasks(ExportInput input) {
        ExportTable.Builder table = new ExportTable.Builder("Tasks").header("Code", "Task", "Domain",
                "Unit cost (EUR per inhabitant per year)", "Fixed cost (EUR per organisation per year)",
                "Minimum scale (inhabitants)", "Pooled in region type", "Source");
        for (Task t : input.baseline().study().tasks()) {
            table.row(List.of(Cell.text(t.code()), Cell.text(t.name()), Cell.text(t.domain()),
                    Cell.number(Kind.MONEY_CENTS, t.unitCost()), Cell.number(Kind.MONEY, t.fixedCost()),
                    Cell.number(Kind.COUNT, (double) t.minScale()), Cell.text(t.regionType()), Cell.text(t.source())));
        }
        return table.build();
    }

    /**
     * The catalogue's own parameter ranges (DESIGN.md 2.8); an empty cell means the analysis uses
     * its relative range around the base value there.
     */
    public static ExportTable parameterRanges(ExportInput input) {
        ExportTable.Builder table = new ExportTable.Builder("Parameter ranges").header("Code",
                "Unit cost low", "Unit cost high", "Fixed cost low", "Fixed cost high", "Minimum scale low",
                "Minimum scale high", "Range");
        for (Task t : input.baseline().study().tasks()) {
            List<Double> bounds = t.ranges().bounds();
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.code())));
            Kind[] kinds = {Kind.MONEY_CENTS, Kind.MONEY_CENTS, Kind.MONEY, Kind.MONEY, Kind.COUNT, Kind.COUNT};
            for (int i = 0; i < bounds.size(); i++) {
                row.add(Cell.number(kinds[i], bounds.get(i)));
            }
            row.add(Cell.text(t.ranges().isEmpty() ? "relative default (± share of the base value)"
                    : "catalogue; empty cells: relative default"));
            table.row(row);
        }
        return table.build();
    }

    /** Per scenario: role, tiering and overhead rate per level. */
    public static ExportTable scenarios(ExportInput input) {
        List<String> headers = new ArrayList<>(List.of("Scenario", "Role", "Description", "Tiering (lower bounds)"));
        for (Level level : Level.values()) {
            headers.add("Overhead " + level.code());
        }
        headers.add("Overrides");
        ExportTable.Builder table = new ExportTable.Builder("Scenarios").header(headers.toArray(String[]::new));
        List<Evaluation> all = input.evaluations();
        for (int i = 0; i < all.size(); i++) {
            Scenario s = all.get(i).scenario();
            List<Cell> row = new ArrayList<>(List.of(Cell.text(s.name()),
                    Cell.text(i == 0 ? "baseline" : "alternative " + i), Cell.text(s.description()),
                    Cell.text(s.tiering().format())));
            for (Level level : Level.values()) {
                row.add(Cell.number(Kind.PERCENT, s.overheads().rate(level)));
            }
            row.add(Cell.number(Kind.COUNT, s.overrides().size()));
            table.row(row);
        }
        return table.build();
    }

    /** The level of every task per size class, per scenario (the allocation rules). */
    public static ExportTable allocations(ExportInput input) {
        ExportTable.Builder table = new ExportTable.Builder("Allocation rules")
                .header("Scenario", "Task", "Min. population", "Level");
        for (Evaluation e : input.evaluations()) {
            for (Rule r : e.scenario().rules()) {
                table.row(List.of(Cell.text(e.scenario().name()), Cell.text(r.taskCode()),
                        Cell.number(Kind.COUNT, (double) r.minPopulation()), Cell.text(r.level().code())));
            }
        }
        return table.build();
    }

    /** Overrides of every scenario, with their reasons; built row by row as it is written. */
    public static ExportTable overrides(ExportInput input) {
        Map<String, String> names = new HashMap<>();
        for (Municipality m : input.baseline().study().dataset().municipalities()) {
            names.put(m.code(), m.name());
        }
        List<Evaluation> evaluations = input.evaluations();
        int[] start = new int[evaluations.size() + 1];
        for (int e = 0; e < evaluations.size(); e++) {
            start[e + 1] = start[e] + evaluations.get(e).scenario().overrides().size();
        }
        return ExportTable.lazy("Overrides", List.of("Scenario", "Code", "Municipality", "Task", "Level", "Reason"),
                start[evaluations.size()], i -> {
                    int e = 0;
                    while (i >= start[e + 1]) {
                        e++;
                    }
                    Scenario s = evaluations.get(e).scenario();
                    LevelOverride o = s.overrides().get(i - start[e]);
                    return List.of(Cell.text(s.name()), Cell.text(o.municipalityCode()),
                            Cell.text(names.getOrDefault(o.municipalityCode(), "")), Cell.text(o.taskCode()),
                            Cell.text(o.level().code()), Cell.text(o.reason()));
                });
    }

    /** Key–value facts about the export. */
    public static ExportTable about(ExportInput input) {
        ExportTable.Builder table = new ExportTable.Builder("About").header("Item", "Value");
        ExportInput.About about = input.about();
        Evaluation base = input.baseline();
        table.row(List.of(Cell.text("Application"), Cell.text("Taakdiff " + about.appVersion())));
        table.row(List.of(Cell.text("Exported at (UTC)"), Cell.text(
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(about.exportedAt().atOffset(ZoneOffset.UTC)
                        .withNano(0).toLocalDateTime()))));
        table.row(List.of(Cell.text("Workbook"), Cell.text(about.workbook().isEmpty() ? "(scenario files)"
                : about.workbook())));
        table.row(List.of(Cell.text("Data set"), Cell.text(base.study().dataset().name())));
        table.row(List.of(Cell.text("Municipalities"), Cell.number(Kind.COUNT,
                base.study().dataset().municipalities().size())));
        table.row(List.of(Cell.text("Population"), Cell.number(Kind.COUNT,
                (double) base.study().dataset().totalPopulation())));
        table.row(List.of(Cell.text("Tasks"), Cell.number(Kind.COUNT, base.study().tasks().size())));
        table.row(List.of(Cell.text("Winner/loser threshold (EUR per inhabitant)"),
                Cell.number(Kind.MONEY_CENTS, input.comparisons().get(0).threshold())));
        for (int i = 0; i < input.scenarios().size(); i++) {
            ExportInput.ScenarioInfo s = input.scenarios().get(i);
            String role = i == 0 ? "Baseline" : "Alternative " + i;
            StringBuilder value = new StringBuilder(s.name());
            if (!s.version().isEmpty()) {
                value.append(" (version ").append(s.version()).append(')');
            }
            if (!s.source().isEmpty()) {
                value.append(", from ").append(s.source());
            }
            if (!s.description().isEmpty()) {
                value.append(": ").append(s.description());
            }
            table.row(List.of(Cell.text(role), Cell.text(value.toString())));
        }
        table.row(List.of(Cell.text("Sources"), Cell.text(MapGeometry.ATTRIBUTION + " ("
                + sources(base.study().dataset().name()) + "), CC BY 4.0")));
        table.row(List.of(Cell.text("Note"), Cell.text("Task cost figures are indicative; see the Assumptions "
                + "sheet for every parameter and its source.")));
        return table.build();
    }

    /** The CBS tables behind a bundled year's data set. */
    private static String sources(String datasetName) {
        return switch (nl.taakdiff.io.BundledData.yearOf(datasetName).orElse(0)) {
            case 2020 -> "CBS Gebieden in Nederland 2020; CBS gebiedsindelingen 2020";
            case 2025 -> "CBS Regionale kerncijfers Nederland 2025 (70072NED); CBS gebiedsindelingen 2025";
            default -> "CBS; data set " + datasetName;
        };
    }

    private static String baselineHeader(ExportInput input) {
        return input.baseline().scenario().name() + " (baseline)";
    }
}
