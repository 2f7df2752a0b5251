package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.explore.Constraints;
import nl.taakdiff.engine.explore.ExplorationException;
import nl.taakdiff.engine.explore.Explorer;
import nl.taakdiff.engine.explore.PriceRange;
import nl.taakdiff.engine.explore.Prices;
import nl.taakdiff.io.ExploreTables;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.io.Table;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code taakdiff explore}: the rule set with the lowest score for given prices (calculation.md §2.12). */
@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Find the allocation with the lowest score: cost + risk price × capacity-risk pairs"
                + " + control price × cost not under direct control; its frontier over risk prices and the"
                + " price of uniformity.")
final class ExploreCommand implements Callable<Integer> {
    /** The tables {@code explore} can print. */
    enum ExploreTable { rules, summary, frontier, uniformity }

    private static final String RISK_PRICE = "--risk-price";
    private static final String RISK_PRICES = "--risk-prices";

    @Spec
    CommandSpec spec;

    @Option(names = "--workbook", paramLabel = "FILE", description = "Explore from a scenario of this workbook (with --base).")
    Path workbook;

    @Option(names = "--base", paramLabel = "NAME",
            description = "The workbook scenario whose size classes, overheads and overrides are kept.")
    String base;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Allocation CSV of the base scenario (instead of --workbook and --base).")
    Path baseline;

    @Option(names = "--baseline-overrides", paramLabel = "FILE", description = "Overrides CSV of the base scenario.")
    Path baselineOverrides;

    @Mixin
    StudyOptions study;

    @Option(names = RISK_PRICE, paramLabel = "EUR", defaultValue = "0", converter = OptionValues.NonNegativeDecimal.class,
            description = "Price of one capacity-risk pair (default: ${DEFAULT-VALUE}).")
    double riskPrice;

    @Option(names = "--control-price", paramLabel = "EUR", defaultValue = "0",
            converter = OptionValues.NonNegativeDecimal.class,
            description = "Price of one euro of cost not under direct municipal control (default: ${DEFAULT-VALUE}).")
    double controlPrice;

    @Option(names = "--uniform", description = "Only uniform rules: one level per task for all size classes.")
    boolean uniform;

    @Option(names = "--allowed", paramLabel = "TASK=LEVEL,LEVEL",
            description = "Levels a task may take (repeatable; default all five), e.g. PW-INK=municipality,centre.")
    List<String> allowed = new ArrayList<>();

    @Option(names = RISK_PRICES, paramLabel = "FROM:TO:N", defaultValue = "0:1000000:50",
            description = "Risk prices of the frontier and uniformity tables: N prices from FROM to TO"
                    + " (default: ${DEFAULT-VALUE}).")
    String riskPrices;

    @Option(names = "--table", required = true, paramLabel = "TABLE",
            description = "rules, summary, frontier or uniformity.")
    ExploreTable table;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        PriceRange range = range();
        Evaluation baseEvaluation = loadBase();
        Constraints constraints = new Constraints(allowedLevels(baseEvaluation.study().tasks()), uniform);
        String source = workbook != null ? workbook + " [" + base + "]" : baseline.toString();
        Table result;
        try {
            Explorer explorer = new Explorer(baseEvaluation.study(), baseEvaluation.scenario());
            Prices prices = new Prices(riskPrice, controlPrice);
            result = switch (table) {
                case rules -> ExploreTables.rules(explorer.optimum(prices, constraints));
                case summary -> ExploreTables.summary(explorer.optimum(prices, constraints));
                case frontier -> ExploreTables.frontier(explorer.frontier(controlPrice, range, constraints));
                case uniformity -> ExploreTables.uniformity(explorer.uniformity(controlPrice, range, constraints));
            };
        } catch (ExplorationException e) {
            throw new InputException(new SourceProblem(source, 0, e.getMessage()));
        }
        output.write(result, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (workbook != null && baseline != null) {
            throw usage("give either --workbook FILE --base NAME or --baseline FILE, not both");
        }
        if (workbook == null && baseline == null) {
            throw usage("Missing required option: '--baseline=FILE' (or --workbook FILE --base NAME)");
        }
        if ((workbook == null) != (base == null)) {
            throw usage("--workbook and --base go together: --workbook FILE --base NAME");
        }
        if (!(riskPrice >= 0) || Double.isInfinite(riskPrice) || !(controlPrice >= 0) || Double.isInfinite(controlPrice)) {
            throw usage("--risk-price and --control-price must be numbers of at least 0");
        }
        var parsed = spec.commandLine().getParseResult();
        boolean overPrices = table == ExploreTable.frontier || table == ExploreTable.uniformity;
        if (overPrices && parsed.hasMatchedOption(RISK_PRICE)) {
            throw usage("--table " + table + " varies the risk price over " + RISK_PRICES + "; drop " + RISK_PRICE);
        }
        if (!overPrices && parsed.hasMatchedOption(RISK_PRICES)) {
            throw usage(RISK_PRICES + " applies to --table frontier or uniformity; use " + RISK_PRICE
                    + " for --table " + table);
        }
        if (uniform && table == ExploreTable.uniformity) {
            throw usage("--table uniformity compares uniform with differentiated rules itself; drop --uniform");
        }
    }

    private PriceRange range() {
        try {
            return PriceRange.parse(riskPrices);
        } catch (IllegalArgumentException e) {
            throw usage(RISK_PRICES + ": " + e.getMessage());
        }
    }

    private Evaluation loadBase() throws Exception {
        if (workbook != null) {
            WorkbookRun.rejectWithWorkbook(spec, "--baseline-overrides", "--tasks", "--municipalities", "--regions",
                    StudyOptions.TIERING_OPTION, StudyOptions.OVERHEAD_OPTION);
            return WorkbookRun.evaluate(workbook, List.of(base)).get(0);
        }
        return ScenarioRun.evaluate(study,
                List.of(new ScenarioRun.ScenarioFiles("base", baseline, baselineOverrides))).get(0);
    }

    /** {@code TASK=level,level} options; tasks and levels are checked against the study. */
    private Map<String, Set<Level>> allowedLevels(List<Task> tasks) {
        Map<String, Set<Level>> result = new HashMap<>();
        for (String option : allowed) {
            String[] pair = option.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw usage("--allowed: '" + option + "' is not TASK=LEVEL,LEVEL");
            }
            String code = pair[0].strip();
            if (tasks.stream().noneMatch(t -> t.code().equals(code))) {
                throw usage("--allowed: unknown task " + code);
            }
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (String part : pair[1].split(",", -1)) {
                levels.add(Level.parse(part).orElseThrow(() -> usage("--allowed: '" + part.strip()
                        + "' is not a level; use " + Level.codes())));
            }
            if (result.putIfAbsent(code, levels) != null) {
                throw usage("--allowed: task " + code + " is named twice");
            }
        }
        return result;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
