package nl.taakdiff.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.ExplorationException;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.OverrideFile;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.export.Exploration;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Performance;
import nl.taakdiff.engine.appraisal.Performances;
import nl.taakdiff.engine.appraisal.RankAcceptability;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.io.export.AppraisalSection;
import nl.taakdiff.io.export.ExportInput;
import nl.taakdiff.io.export.ExportText;
import nl.taakdiff.io.export.Exports;
import nl.taakdiff.io.export.UncertaintySection;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.io.render.ChartRenderer;
import nl.taakdiff.io.render.MapRenderer;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.VersionInfo;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import nl.taakdiff.transfer.rebase.WorkbookGeometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code taakdiff export}: a baseline against one to three alternatives as CSV, Excel (NL) CSV,
 * XLSX, a PDF meeting handout or a PNG map. Scenarios come from allocation files (like
 * {@code compare}) or, with {@code --workbook}, by name from a workbook.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        resourceBundle = "nl.taakdiff.cli.ExportCommand",
        description = {"Export a comparison of a baseline with one to three alternatives for a meeting.",
            "csv and csv-excel-nl write one file per table (summary, classes, municipalities) next to --out:"
                    + " OUT-summary.csv, OUT-classes.csv, OUT-municipalities.csv; with several alternatives"
                    + " OUT-summary-1.csv, OUT-summary-2.csv, … in the order given.",
            "Every file is written whole or not at all."})
final class ExportCommand implements Callable<Integer> {
    /** The map modes of {@code png-map}, as typed. */
    enum MapMode {
        COST_CHANGE("cost-change"), SIZE_CLASS("size-class"), TASK_LEVEL("task-level"), CAPACITY_RISK("capacity-risk");

        final String code;

        MapMode(String code) {
            this.code = code;
        }
    }

    static final class FormatConverter implements ITypeConverter<Exports.Format> {
        @Override
        public Exports.Format convert(String value) {
            return Exports.Format.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not one of " + Exports.Format.codes()));
        }
    }

    static final class MapModeConverter implements ITypeConverter<MapMode> {
        @Override
        public MapMode convert(String value) {
            for (MapMode m : MapMode.values()) {
                if (m.code.equalsIgnoreCase(value.strip())) {
                    return m;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of cost-change, size-class, task-level,"
                    + " capacity-risk");
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--baseline", paramLabel = "FILE|NAME", required = true,
            description = "Baseline allocation CSV, or with --workbook the baseline scenario's name.")
    String baseline;

    @Option(names = "--alternative", paramLabel = "FILE|NAME", required = true,
            description = "Alternative allocation CSV or, with --workbook, scenario name; give 1 to 3.")
    List<String> alternatives;

    @Option(names = "--workbook", paramLabel = "FILE",
            description = "Take the scenarios from this workbook; --baseline and --alternative name them.")
    Path workbook;

    @Option(names = "--baseline-overrides", paramLabel = "FILE", description = "Overrides CSV of the baseline.")
    Path baselineOverrides;

    @Option(names = "--alternative-overrides", paramLabel = "FILE",
            description = "Overrides CSV of an alternative; repeat in the order of --alternative.")
    List<Path> alternativeOverrides;

    @Mixin
    StudyOptions study;

    @Option(names = "--threshold", paramLabel = "EUR", defaultValue = "1.0", converter = OptionValues.NonNegativeDecimal.class,
            description = "Change in cost per inhabitant that makes a winner or loser (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--weight-set", paramLabel = "NAME",
            description = "With --workbook, for xlsx and pdf: add the appraisal of the baseline and alternatives under"
                    + " this weight set (weights and stability, ranking, rank acceptability of 10,000 weightings).")
    String weightSet;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "csv, csv-excel-nl, xlsx, pdf, png-map, png-chart (cost per inhabitant per size class),"
                    + " png-tornado or png-uncertainty (of the first alternative).")
    Exports.Format format;

    /** Languages of the exports for people, as typed. */
    enum Language { nl, en }

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl",
            description = "Language of the labels and metric names of xlsx, pdf, csv-excel-nl and the pictures:"
                    + " nl or en (default: ${DEFAULT-VALUE}). Standard csv keeps its machine column names.")
    Language lang;

    @Option(names = "--uncertainty", description = "For xlsx and pdf: add the sensitivity (tornado of the change in"
            + " total cost) and the uncertainty (Monte Carlo) of every alternative; see taakdiff uncertainty.")
    boolean uncertainty;

    @Mixin
    DrawOptions draws;

    @Mixin
    DrawOptions.DistributionOptions distribution;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (for csv: the name the table files are derived from).")
    Path out;

    @Option(names = "--map", paramLabel = "MODE", defaultValue = "cost-change", converter = MapModeConverter.class,
            description = "For png-map: cost-change (first alternative vs baseline; default), size-class,"
                    + " task-level or capacity-risk (of the first alternative).")
    MapMode map;

    @Option(names = "--task", paramLabel = "CODE", description = "For --map task-level: the task to show.")
    String task;

    @Option(names = "--region-borders", paramLabel = "TYPE",
            description = "For png-map: draw the borders of this region type, e.g. jeugdregio.")
    String regionBorders;

    @Option(names = "--explore", description = "For xlsx and pdf: add the frontier over risk prices and the price of"
            + " uniformity, explored from the baseline (see taakdiff explore).")
    boolean explore;

    @Option(names = "--control-price", paramLabel = "EUR", defaultValue = "0",
            description = "With --explore: price of one euro of cost not under direct control (default: ${DEFAULT-VALUE}).")
    double controlPrice;

    @Option(names = "--risk-prices", paramLabel = "FROM:TO:N", defaultValue = "0:1000000:50",
            description = "With --explore: the risk prices of the frontier (default: ${DEFAULT-VALUE}).")
    String riskPrices;

    @Override
    public Integer call() throws Exception {
        PriceRange range = exploreRange();
        if (alternatives.size() > ExportInput.MAX_ALTERNATIVES) {
            throw new ParameterException(spec.commandLine(), "--alternative: give one to "
                    + ExportInput.MAX_ALTERNATIVES + " alternatives, not " + alternatives.size());
        }
        List<Path> altOverrides = alternativeOverrides == null ? List.of() : alternativeOverrides;
        if (altOverrides.size() > alternatives.size()) {
            throw new ParameterException(spec.commandLine(), "--alternative-overrides: more overrides files ("
                    + altOverrides.size() + ") than alternatives (" + alternatives.size() + ")");
        }
        if (format != Exports.Format.PNG_MAP) {
            for (String option : List.of("--map", "--task", "--region-borders")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " only applies to --format png-map");
                }
            }
        }
        if (map == MapMode.TASK_LEVEL && task == null) {
            throw new ParameterException(spec.commandLine(), "--map task-level needs --task CODE");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw nl.taakdiff.io.FileErrors.problem("cannot write " + out + ": folder " + parent + " does not exist");
        }
        guard().check(spec);
        if (weightSet != null && workbook == null) {
            throw new ParameterException(spec.commandLine(), "--weight-set needs --workbook: weight sets are kept in a workbook");
        }
        ExportInput input = workbook != null ? fromWorkbook() : fromFiles(altOverrides);
        if (explore) {
            input = withExploration(input, range);
        }
        input = input.withText(lang == Language.en ? ExportText.ENGLISH : ExportText.DUTCH);
        if (uncertainty || format.needsUncertainty()) {
            input = withUncertainty(input);
        } else {
            for (String option : List.of("--draws", "--seed", "--distribution", "--range")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " only applies with --uncertainty,"
                            + " png-tornado or png-uncertainty");
                }
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written;
        if (format == Exports.Format.PNG_MAP) {
            writeMap(input, input.text());
            written = List.of(out);
        } else {
            written = Exports.write(format, input, geometry(input), out);
        }
        for (Path p : written) {
            stdout.println("wrote " + p);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Tornado and draws of every alternative; a catalogue range that breaks low ≤ base ≤ high is bad input. */
    private ExportInput withUncertainty(ExportInput input) throws InputException {
        if (uncertainty && format != Exports.Format.XLSX && format != Exports.Format.PDF) {
            throw new ParameterException(spec.commandLine(), "--uncertainty only applies to --format xlsx or pdf;"
                    + " png-tornado and png-uncertainty include it");
        }
        MonteCarloSettings settings = draws.settings(spec, distribution, threshold);
        analysis.space(spec, input.evaluations(), workbook);
        return input.withUncertainty(UncertaintySection.compute(input.comparisons(), Metric.TOTAL_COST, analysis.range,
                settings, MonteCarlo.Monitor.NONE));
    }

    /** The risk prices of --explore; checks that the exploration options fit the format. */
    private PriceRange exploreRange() {
        var parsed = spec.commandLine().getParseResult();
        if (!explore) {
            for (String option : List.of("--control-price", "--risk-prices")) {
                if (parsed.hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " only applies with --explore");
                }
            }
            return null;
        }
        if (format != Exports.Format.XLSX && format != Exports.Format.PDF) {
            throw new ParameterException(spec.commandLine(), "--explore only applies to --format xlsx or pdf");
        }
        if (!(controlPrice >= 0) || Double.isInfinite(controlPrice)) {
            throw new ParameterException(spec.commandLine(), "--control-price must be a number of at least 0");
        }
        try {
            return PriceRange.parse(riskPrices);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--risk-prices: " + e.getMessage());
        }
    }

    private ExportInput withExploration(ExportInput input, PriceRange range) throws InputException {
        Evaluation baseline = input.baseline();
        try {
            Explorer explorer = new Explorer(baseline.study(), baseline.scenario());
            return input.withExploration(Exploration.of(explorer, controlPrice, range, Constraints.NONE));
        } catch (ExplorationException e) {
            throw new InputException(new SourceProblem(baseline.scenario().name(), 0, e.getMessage()));
        }
    }

    /** Every file the export would write, against every file it reads. */
    private OutputGuard guard() {
        OutputGuard guard = study.guardInputs(new OutputGuard()).input("--workbook", workbook)
                .input("--baseline-overrides", baselineOverrides).inputs("--alternative-overrides", alternativeOverrides);
        if (workbook == null) {
            guard.input("--baseline", Path.of(baseline));
            alternatives.forEach(a -> guard.input("--alternative", Path.of(a)));
        }
        List<Path> outputs = format == Exports.Format.CSV || format == Exports.Format.CSV_EXCEL_NL
                ? nl.taakdiff.io.export.CsvExport.files(out, alternatives.size()) : List.of(out);
        outputs.forEach(o -> guard.output("--out", o));
        return guard;
    }

    private ExportInput fromFiles(List<Path> altOverrides) throws Exception {
        List<ScenarioRun.ScenarioFiles> files = new ArrayList<>();
        files.add(new ScenarioRun.ScenarioFiles(stem(baseline), Path.of(baseline), baselineOverrides));
        for (int i = 0; i < alternatives.size(); i++) {
            files.add(new ScenarioRun.ScenarioFiles(stem(alternatives.get(i)), Path.of(alternatives.get(i)),
                    i < altOverrides.size() ? altOverrides.get(i) : null));
        }
        // Only the XLSX and PDF exports list the overrides with their reasons.
        boolean showsReasons = format == Exports.Format.XLSX || format == Exports.Format.PDF;
        List<Evaluation> evaluations = ScenarioRun.evaluate(study, files,
                showsReasons ? OverrideFile.Reasons.KEEP : OverrideFile.Reasons.SKIP);
        List<ExportInput.ScenarioInfo> infos = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ScenarioRun.ScenarioFiles f = files.get(i);
            infos.add(ExportInput.ScenarioInfo.fromFiles(f.name(), f.allocation().toString(),
                    f.overrides() == null ? null : f.overrides().toString()));
        }
        return new ExportInput(comparisons(evaluations), infos, about(""));
    }

    private ExportInput fromWorkbook() throws Exception {
        if (weightSet != null && format != Exports.Format.XLSX && format != Exports.Format.PDF) {
            throw new ParameterException(spec.commandLine(), "--weight-set: only the xlsx and pdf exports include"
                    + " the appraisal, not " + format.code());
        }
        WorkbookRun.rejectWithWorkbook(spec, "--baseline-overrides", "--alternative-overrides", "--tasks",
                "--municipalities", "--regions", StudyOptions.TIERING_OPTION, StudyOptions.OVERHEAD_OPTION);
        List<String> names = new ArrayList<>();
        names.add(baseline);
        names.addAll(alternatives);
        List<Evaluation> evaluations = WorkbookRun.evaluate(workbook, names);
        List<ExportInput.ScenarioInfo> infos = new ArrayList<>();
        AppraisalSection appraisal;
        try (Workbook wb = Workbook.open(workbook)) {
            appraisal = appraisal(wb, evaluations);
            for (Evaluation e : evaluations) {
                String name = e.scenario().name();
                List<VersionInfo> versions = wb.versions(name);
                ExportInput.SavedVersion version = null;
                if (!versions.isEmpty()) {
                    VersionInfo last = versions.get(versions.size() - 1);
                    version = new ExportInput.SavedVersion(last.number(), last.label(), last.savedAt());
                }
                infos.add(ExportInput.ScenarioInfo.fromWorkbook(name, e.scenario().description(), version));
            }
        }
        return new ExportInput(comparisons(evaluations), infos, about(workbook.toString())).withAppraisal(appraisal);
    }

    /** The workbook's weight sets, and with {@code --weight-set} the appraisal of the exported scenarios under it. */
    private AppraisalSection appraisal(Workbook wb, List<Evaluation> evaluations) throws WorkbookException {
        List<WeightSet> sets = wb.weightSets();
        if (weightSet == null) {
            return AppraisalSection.weightSetsOnly(sets);
        }
        WeightSet set = wb.weightSet(weightSet);
        Performance performance = Performances.of(evaluations, set.measures(), threshold);
        Appraisal a = Appraisal.of(performance, set.criteria(), set.method());
        return new AppraisalSection(set.name(), a,
                RankAcceptability.compute(a, RankAcceptability.DEFAULT_DRAWS, RankAcceptability.DEFAULT_SEED), sets);
    }

    private List<Comparison> comparisons(List<Evaluation> evaluations) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 1; i < evaluations.size(); i++) {
            comparisons.add(Comparison.of(evaluations.get(0), evaluations.get(i), threshold));
        }
        return comparisons;
    }

    private static ExportInput.About about(String workbookFile) {
        return new ExportInput.About(VersionProvider.version(), Instant.now(), workbookFile);
    }

    /** The boundaries of the exported data set: kept in the workbook, else bundled for its year, else none. */
    private Optional<MapGeometry> geometry(ExportInput input) throws Exception {
        if (workbook != null) {
            try (Workbook wb = Workbook.open(workbook)) {
                return WorkbookGeometry.of(wb);
            }
        }
        return MapGeometry.bundledFor(input.baseline().study().dataset().name());
    }

    private void writeMap(ExportInput input, ExportText t) throws Exception {
        Comparison first = input.comparisons().get(0);
        MapGeometry geometry = geometry(input).orElseThrow(() -> new InputException(new SourceProblem(
                workbook == null ? "--municipalities" : workbook.toString(), 0, Exports.noBoundaries(input))));
        Evaluation alternative = first.alternative();
        Choropleth choropleth;
        String title;
        switch (map) {
            case SIZE_CLASS -> {
                choropleth = MapColouring.sizeClasses(alternative, t.map());
                title = t.get("sheet.classes");
            }
            case TASK_LEVEL -> {
                if (alternative.study().tasks().stream().map(Task::code).noneMatch(task::equals)) {
                    throw new ParameterException(spec.commandLine(), "--task: " + task + " is not a task of the"
                            + " study; tasks are " + String.join(", ",
                            alternative.study().tasks().stream().map(Task::code).toList()));
                }
                choropleth = MapColouring.taskLevel(alternative, task, t.map());
                title = alternative.scenario().name();
            }
            case CAPACITY_RISK -> {
                choropleth = MapColouring.capacityRisk(alternative, t.map());
                title = t.get("map.capacityRisk", alternative.scenario().name());
            }
            default -> {
                choropleth = MapColouring.costChange(first, t.map());
                title = t.get("map.vs", alternative.scenario().name(), first.baseline().scenario().name());
            }
        }
        if (regionBorders != null && geometry.regions(regionBorders).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--region-borders: '" + regionBorders
                    + "' is not one of " + String.join(", ", geometry.layers().keySet().stream()
                    .filter(type -> !type.equals(MapGeometry.MUNICIPALITIES)).toList()));
        }
        MapRenderer.Options options = MapRenderer.Options.defaults(title).withSubtitle(choropleth.caption())
                .withRegions(regionBorders).withLocale(t.locale());
        ChartRenderer.writePng(MapRenderer.render(geometry, choropleth, options), out);
    }

    /** The file name without folder and {@code .csv}: the scenario's name in the export. */
    static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }
}
