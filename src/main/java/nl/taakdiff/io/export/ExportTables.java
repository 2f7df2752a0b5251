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
    private ExportTables() {
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

    public static ExportTable summary(ExportInput input) {
        ExportText t = input.text();
        ExportTable.Builder table = new ExportTable.Builder(t.get("sheet.summary"));
        List<String> headers = new ArrayList<>(List.of(t.get("col.metric"), t.get("col.key"), t.get("col.unit"),
                baselineHeader(input)));
        for (Comparison c : input.comparisons()) {
            String name = c.alternative().scenario().name();
            headers.add(name);
            headers.add(t.get("col.change", name));
            headers.add(t.get("col.changePct", name));
        }
        table.header(headers.toArray(String[]::new));
        for (Metric metric : Metric.values()) {
            Kind kind = kind(metric);
            Kind deltaKind = kind == Kind.PERCENT ? Kind.PERCENT : kind;
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.metric(metric)), Cell.text(metric.key()),
                    Cell.text(t.unit(metric)), Cell.number(kind, input.baseline().summary().value(metric))));
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
        ExportText t = input.text();
        ExportTable.Builder table = new ExportTable.Builder(t.get("sheet.classes"));
        List<String> headers = new ArrayList<>(List.of(t.get("col.sizeClass"), t.get("col.minPopulation"),
                t.get("col.municipalities"), t.get("col.population"), t.get("col.perInhabitant", baselineHeader(input))));
        for (Comparison c : input.comparisons()) {
            String name = c.alternative().scenario().name();
            headers.add(t.get("col.perInhabitant", name));
            headers.add(t.get("col.changePerInhabitant", name));
        }
        table.header(headers.toArray(String[]::new));
        List<ClassDelta> first = input.comparisons().get(0).classes();
        for (int i = 0; i < first.size(); i++) {
            ClassDelta c = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.sizeClass(c.sizeClass())),
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
        ExportText t = input.text();
        List<String> headers = new ArrayList<>(List.of(t.get("col.code"), t.get("col.municipality"),
                t.get("col.population"), t.get("col.cost", baselineHeader(input))));
        for (Comparison c : input.comparisons()) {
            String name = c.alternative().scenario().name();
            headers.add(t.get("col.cost", name));
            headers.add(t.get("col.change", name));
            headers.add(t.get("col.changePerInhabitant", name));
            headers.add(t.get("col.outcome", name));
        }
        List<MunicipalityDelta> first = input.comparisons().get(0).municipalities();
        return ExportTable.lazy(t.get("sheet.municipalities"), headers, first.size(), i -> {
            MunicipalityDelta m = first.get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(m.code()), Cell.text(m.name()),
                    Cell.number(Kind.COUNT, (double) m.population()), Cell.number(Kind.MONEY, m.baselineCost())));
            for (Comparison comparison : input.comparisons()) {
                MunicipalityDelta d = comparison.municipalities().get(i);
                row.add(Cell.number(Kind.MONEY, d.alternativeCost()));
                row.add(Cell.number(Kind.MONEY, d.delta()));
                row.add(Cell.number(Kind.MONEY_CENTS, d.deltaPerInhabitant()));
                row.add(Cell.text(t.outcome(d.outcome())));
            }
            return row;
        });
    }

    /** Every task parameter with its source (the task catalogue of the study). */
    public static ExportTable tasks(ExportInput input) {
        ExportText x = input.text();
        ExportTable.Builder table = new ExportTable.Builder(x.get("table.tasks")).header(x.get("col.code"),
                x.get("col.task"), x.get("col.domain"), x.get("col.unitCost"), x.get("col.fixedCost"),
                x.get("col.minScale"), x.get("col.regionType"), x.get("col.source"));
        for (Task t : input.baseline().study().tasks()) {
            table.row(List.of(Cell.text(t.code()), Cell.text(t.name()), Cell.text(t.domain()),
                    Cell.number(Kind.MONEY_CENTS, t.unitCost()), Cell.number(Kind.MONEY, t.fixedCost()),
                    Cell.number(Kind.COUNT, (double) t.minScale()), Cell.text(t.regionType()), Cell.text(x.taskSource(t))));
        }
        return table.build();
    }

    /**
     * The catalogue's own parameter ranges (calculation.md §2.8); an empty cell means the analysis uses
     * its relative range around the base value there.
     */
    public static ExportTable parameterRanges(ExportInput input) {
        ExportText x = input.text();
        ExportTable.Builder table = new ExportTable.Builder(x.get("table.ranges")).header(x.get("col.code"),
                x.get("col.unitCostLow"), x.get("col.unitCostHigh"), x.get("col.fixedCostLow"),
                x.get("col.fixedCostHigh"), x.get("col.minScaleLow"), x.get("col.minScaleHigh"), x.get("col.range"));
        for (Task t : input.baseline().study().tasks()) {
            List<Double> bounds = t.ranges().bounds();
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.code())));
            Kind[] kinds = {Kind.MONEY_CENTS, Kind.MONEY_CENTS, Kind.MONEY, Kind.MONEY, Kind.COUNT, Kind.COUNT};
            for (int i = 0; i < bounds.size(); i++) {
                row.add(Cell.number(kinds[i], bounds.get(i)));
            }
            row.add(Cell.text(x.get(t.ranges().isEmpty() ? "range.default" : "range.catalogue")));
            table.row(row);
        }
        return table.build();
    }

    /** Per scenario: role, tiering and overhead rate per level. */
    public static ExportTable scenarios(ExportInput input) {
        ExportText t = input.text();
        List<String> headers = new ArrayList<>(List.of(t.get("col.scenario"), t.get("col.role"),
                t.get("col.description"), t.get("col.tiering")));
        for (Level level : Level.values()) {
            headers.add(t.get("col.overhead", t.level(level).toLowerCase(t.locale())));
        }
        headers.add(t.get("col.overrides"));
        ExportTable.Builder table = new ExportTable.Builder(t.get("table.scenarios")).header(headers.toArray(String[]::new));
        List<Evaluation> all = input.evaluations();
        for (int i = 0; i < all.size(); i++) {
            Scenario s = all.get(i).scenario();
            List<Cell> row = new ArrayList<>(List.of(Cell.text(s.name()),
                    Cell.text(i == 0 ? t.get("role.baseline") : t.get("role.alternative", i)),
                    Cell.text(t.description(s.description())), Cell.text(t.lowerBounds(s.tiering()))));
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
        ExportText t = input.text();
        ExportTable.Builder table = new ExportTable.Builder(t.get("table.allocation"))
                .header(t.get("col.scenario"), t.get("col.task"), t.get("col.minPopulation"), t.get("col.level"));
        for (Evaluation e : input.evaluations()) {
            for (Rule r : e.scenario().rules()) {
                table.row(List.of(Cell.text(e.scenario().name()), Cell.text(r.taskCode()),
                        Cell.number(Kind.COUNT, (double) r.minPopulation()), Cell.text(t.level(r.level()))));
            }
        }
        return table.build();
    }

    /** Overrides of every scenario, with their reasons; built row by row as it is written. */
    public static ExportTable overrides(ExportInput input) {
        List<Evaluation> evaluations = input.evaluations();
        Map<String, String> names = overriddenNames(input);
        int[] start = new int[evaluations.size() + 1];
        for (int e = 0; e < evaluations.size(); e++) {
            start[e + 1] = start[e] + evaluations.get(e).scenario().overrides().size();
        }
        ExportText t = input.text();
        return ExportTable.lazy(t.get("table.overrides"), List.of(t.get("col.scenario"), t.get("col.code"),
                        t.get("col.municipality"), t.get("col.task"), t.get("col.level"), t.get("col.reason")),
                start[evaluations.size()], i -> {
                    int e = 0;
                    while (i >= start[e + 1]) {
                        e++;
                    }
                    Scenario s = evaluations.get(e).scenario();
                    LevelOverride o = s.overrides().get(i - start[e]);
                    return List.of(Cell.text(s.name()), Cell.text(o.municipalityCode()),
                            Cell.text(names.get(o.municipalityCode())), Cell.text(o.taskCode()),
                            Cell.text(t.level(o.level())), Cell.text(o.reason()));
                });
    }

    /**
     * The names of the municipalities that have an override: a map of every municipality would grow
     * with the data set (a million entries), these grow with the overrides the table lists anyway.
     */
    static Map<String, String> overriddenNames(ExportInput input) {
        Map<String, String> names = new HashMap<>();
        for (Evaluation e : input.evaluations()) {
            for (LevelOverride o : e.scenario().overrides()) {
                names.put(o.municipalityCode(), "");
            }
        }
        if (!names.isEmpty()) {
            for (Municipality m : input.baseline().study().dataset().municipalities()) {
                names.replace(m.code(), m.name());
            }
        }
        return names;
    }

    /** Key–value facts about the export. */
    public static ExportTable about(ExportInput input) {
        ExportText t = input.text();
        ExportTable.Builder table = new ExportTable.Builder(t.get("sheet.about")).header(t.get("col.item"),
                t.get("col.value"));
        ExportInput.About about = input.about();
        Evaluation base = input.baseline();
        table.row(List.of(Cell.text(t.get("about.application")), Cell.text("Taakdiff " + about.appVersion())));
        table.row(List.of(Cell.text(t.get("about.exportedAt")), Cell.text(exportedAt(input))));
        table.row(List.of(Cell.text(t.get("about.workbook")), Cell.text(about.workbook().isEmpty()
                ? t.get("about.noWorkbook") : about.workbook())));
        table.row(List.of(Cell.text(t.get("about.dataset")), Cell.text(base.study().dataset().name())));
        table.row(List.of(Cell.text(t.get("about.municipalities")), Cell.number(Kind.COUNT,
                base.study().dataset().municipalities().size())));
        table.row(List.of(Cell.text(t.get("about.population")), Cell.number(Kind.COUNT,
                (double) base.study().dataset().totalPopulation())));
        table.row(List.of(Cell.text(t.get("about.tasks")), Cell.number(Kind.COUNT, base.study().tasks().size())));
        table.row(List.of(Cell.text(t.get("about.threshold")),
                Cell.number(Kind.MONEY_CENTS, input.comparisons().get(0).threshold())));
        for (int i = 0; i < input.scenarios().size(); i++) {
            table.row(List.of(Cell.text(i == 0 ? t.get("about.baseline") : t.get("about.alternative", i)),
                    Cell.text(describe(t, input.scenarios().get(i)))));
        }
        table.row(List.of(Cell.text(t.get("about.sources")), Cell.text(t.get("about.sources.value",
                MapGeometry.ATTRIBUTION, sources(t, base.study().dataset().name())))));
        table.row(List.of(Cell.text(t.get("about.note")), Cell.text(t.get("about.note.value"))));
        return table.build();
    }

    /** The export's moment: ISO in UTC in English (as before), local time in Dutch. */
    static String exportedAt(ExportInput input) {
        java.time.Instant at = input.about().exportedAt();
        if (input.text().isDutch()) {
            return input.text().dateTime(at);
        }
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.atOffset(ZoneOffset.UTC).withNano(0).toLocalDateTime());
    }

    /** "Name (last saved version …), from …: description", in the export's language. */
    static String describe(ExportText t, ExportInput.ScenarioInfo s) {
        StringBuilder value = new StringBuilder(s.name());
        if (s.version() != null) {
            ExportInput.SavedVersion v = s.version();
            value.append(" (").append(t.get("about.lastVersion", String.valueOf(v.number()),
                    v.label().isEmpty() ? "" : " '" + v.label() + "'", t.date(v.savedAt()))).append(')');
        }
        String source = s.workbook() ? t.get("about.source.workbook")
                : s.overrides().isEmpty() ? s.allocation() : t.get("about.source.files", s.allocation(), s.overrides());
        if (!source.isEmpty()) {
            value.append(", ").append(t.get("about.from", source));
        }
        if (!s.description().isEmpty()) {
            value.append(": ").append(t.description(s.description()));
        }
        return value.toString();
    }

    /** The CBS tables behind a bundled year's data set. */
    private static String sources(ExportText t, String datasetName) {
        return switch (nl.taakdiff.io.BundledData.yearOf(datasetName).orElse(0)) {
            case 2020 -> "CBS Gebieden in Nederland 2020; CBS gebiedsindelingen 2020";
            case 2025 -> "CBS Regionale kerncijfers Nederland 2025 (70072NED); CBS gebiedsindelingen 2025";
            default -> "CBS; " + t.get("about.dataset") + " " + datasetName;
        };
    }

    private static String baselineHeader(ExportInput input) {
        return input.text().get("col.baseline", input.baseline().scenario().name());
    }
}
