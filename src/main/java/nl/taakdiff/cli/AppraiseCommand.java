package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.CriterionSyntax;
import nl.taakdiff.engine.appraisal.Measure;
import nl.taakdiff.engine.appraisal.Method;
import nl.taakdiff.engine.appraisal.Performance;
import nl.taakdiff.engine.appraisal.Performances;
import nl.taakdiff.engine.appraisal.ParameterDrawPerformances;
import nl.taakdiff.engine.appraisal.PerformanceDraws;
import nl.taakdiff.engine.appraisal.RankAcceptability;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.io.AppraisalTables;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.Table;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code taakdiff appraise}: rank workbook scenarios on weighted criteria. */
@Command(name = "appraise", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Rank two to eight scenarios of a workbook on weighted criteria (weighted sum or PROMETHEE II),"
                + " with the stability of each weight and the rank acceptability under uncertain weights.")
final class AppraiseCommand implements Callable<Integer> {
    /** The tables {@code appraise} can print. */
    enum AppraiseTable { ranking, stability, acceptability }

    @Spec
    CommandSpec spec;

    @Option(names = "--workbook", paramLabel = "FILE", required = true, description = "The workbook with the scenarios.")
    Path workbook;

    @Option(names = "--scenario", paramLabel = "NAME", required = true,
            description = "An option to appraise (two to eight; the first is the reference for losers and the"
                    + " largest increase per inhabitant).")
    List<String> scenarios;

    @Option(names = "--criterion", paramLabel = "METRIC[:lower|higher]=WEIGHT[/Q/P]",
            description = "A criterion: a metric, its direction (default lower; direct_control_share higher), its weight"
                    + " and optionally PROMETHEE's indifference and preference thresholds in the metric's unit.")
    List<String> criteria = new ArrayList<>();

    @Option(names = "--weight-set", paramLabel = "NAME",
            description = "Take the criteria, weights, thresholds and method from this weight set of the workbook"
                    + " (e.g. Rijk, VNG, IPO, Gelijk) instead of --criterion.")
    String weightSet;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "weighted-sum or promethee (default: the weight set's method, else weighted-sum).")
    String method;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "10000",
            description = "Weight draws for the rank acceptability (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threshold", paramLabel = "EUR", defaultValue = "1.0", converter = OptionValues.NonNegativeDecimal.class,
            description = "Change in cost per inhabitant that makes a loser (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--with-parameters",
            description = "Acceptability only: draw the task parameters and overhead rates as the uncertainty command"
                    + " does, one parameter draw with each weight draw, so the shares reflect both kinds of doubt.")
    boolean withParameters;

    @Option(names = "--distribution", paramLabel = "NAME", defaultValue = "triangular",
            description = "With --with-parameters: triangular or uniform (default: ${DEFAULT-VALUE}).")
    DrawOptions.DistributionOptions.Choice distribution;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "ranking, stability or acceptability.")
    AppraiseTable table;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        WeightSet set = weightSet();
        List<Criterion> parsed = set != null ? set.criteria() : criteria();
        Method m = method == null ? (set != null ? set.method() : Method.WEIGHTED_SUM)
                : Method.parse(method).orElseThrow(() -> usage(
                        "--method: '" + method + "' is neither weighted-sum nor promethee"));
        if (scenarios.size() < Performance.MIN_OPTIONS || scenarios.size() > Performance.MAX_OPTIONS) {
            throw usage("--scenario: an appraisal needs " + Performance.MIN_OPTIONS + " to " + Performance.MAX_OPTIONS
                    + " scenarios, not " + scenarios.size());
        }
        Set<String> distinct = new HashSet<>();
        for (String name : scenarios) {
            if (!distinct.add(name.strip().toLowerCase(Locale.ROOT))) {
                throw usage("--scenario: '" + name + "' is given twice");
            }
        }
        if (draws < 1) {
            throw usage("--draws: " + draws + " is not a positive number of draws");
        }
        if (!Double.isFinite(threshold) || threshold < 0) {
            throw usage("--threshold: " + threshold + " is not an amount of 0 or more");
        }
        if (withParameters && table != AppraiseTable.acceptability) {
            throw usage("--with-parameters: only the acceptability table draws parameters");
        }
        if (withParameters && draws > MonteCarloSettings.MAX_DRAWS) {
            throw usage("--draws: at most " + MonteCarloSettings.MAX_DRAWS + " with --with-parameters, not " + draws);
        }
        List<Evaluation> evaluations = WorkbookRun.evaluate(workbook, scenarios);
        Performance performance = Performances.of(evaluations,
                parsed.stream().map(Criterion::measure).toList(), threshold);
        Appraisal appraisal = Appraisal.of(performance, parsed, m);
        Table result = switch (table) {
            case ranking -> AppraisalTables.ranking(appraisal);
            case stability -> AppraisalTables.stability(appraisal);
            case acceptability -> AppraisalTables.acceptability(withParameters
                    ? RankAcceptability.compute(appraisal, parameterDraws(evaluations, parsed), seed)
                    : RankAcceptability.compute(appraisal, draws, seed));
        };
        output.write(result, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The options under the uncertainty analysis's parameter draws, with the same seed. */
    private PerformanceDraws parameterDraws(List<Evaluation> evaluations, List<Criterion> chosen) throws InputException {
        ParameterSpace space = analysis.space(spec, evaluations, workbook);
        Distribution d = distribution.distribution();
        Evaluator evaluator = new Evaluator(evaluations.get(0).study());
        return new ParameterDrawPerformances(evaluator, evaluations.stream().map(Evaluation::scenario).toList(),
                chosen.stream().map(Criterion::measure).toList(), space, d, draws, seed, threshold);
    }

    /** The weight set named by {@code --weight-set}, or null; it cannot be combined with {@code --criterion}. */
    private WeightSet weightSet() throws WorkbookException {
        if (weightSet == null) {
            return null;
        }
        if (!criteria.isEmpty()) {
            throw usage("--weight-set cannot be combined with --criterion: the weight set has its own criteria");
        }
        try (Workbook wb = Workbook.open(workbook)) {
            return wb.weightSet(weightSet);
        }
    }

    private List<Criterion> criteria() {
        if (criteria.isEmpty()) {
            throw usage("--criterion: give at least one criterion, e.g. --criterion cost_per_inhabitant=1,"
                    + " or a --weight-set");
        }
        List<Criterion> parsed = new ArrayList<>();
        Set<Measure> seen = EnumSet.noneOf(Measure.class);
        for (String text : criteria) {
            Criterion c;
            try {
                c = CriterionSyntax.parse(text);
            } catch (IllegalArgumentException e) {
                throw usage("--criterion '" + text + "': " + e.getMessage());
            }
            if (!seen.add(c.measure())) {
                throw usage("--criterion '" + text + "': " + c.measure().key() + " is already a criterion");
            }
            parsed.add(c);
        }
        if (parsed.stream().allMatch(c -> c.weight() == 0)) {
            throw usage("--criterion: all weights are 0; at least one criterion needs a weight above 0");
        }
        return parsed;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
