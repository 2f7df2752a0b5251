package nl.taakdiff.ui.compare;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.io.CsvWriting;
import nl.taakdiff.io.Numbers;

/**
 * Writes the comparison tables as CSV in the project's dialect (comma, '.' decimals, UTF-8):
 * {@code comparison-metrics.csv}, {@code comparison-size-classes.csv},
 * {@code comparison-municipalities.csv}, one row per alternative and item.
 */
public final class ComparisonExport {
    public static final String METRICS = "comparison-metrics.csv";
    public static final String CLASSES = "comparison-size-classes.csv";
    public static final String MUNICIPALITIES = "comparison-municipalities.csv";

    private ComparisonExport() {
    }

    public static List<Path> write(CompareViewModel.Result result, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path metrics = directory.resolve(METRICS);
        Path classes = directory.resolve(CLASSES);
        Path municipalities = directory.resolve(MUNICIPALITIES);
        String baseline = result.baseline().scenario().name();
        try (Writer out = Files.newBufferedWriter(metrics, StandardCharsets.UTF_8);
             var printer = CsvWriting.printer(out, List.of("baseline", "alternative", "metric", "baseline_value",
                     "alternative_value", "delta", "delta_pct"))) {
            for (Comparison c : result.comparisons()) {
                for (MetricDelta m : c.metrics()) {
                    printer.printRecord(baseline, c.alternative().scenario().name(), m.metric().key(),
                            Numbers.plain(m.baseline()), Numbers.plain(m.alternative()), Numbers.plain(m.delta()),
                            m.deltaPct() == null ? "" : Numbers.share(m.deltaPct()));
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(classes, StandardCharsets.UTF_8);
             var printer = CsvWriting.printer(out, List.of("baseline", "alternative", "min_population",
                     "max_population", "municipalities", "population", "baseline_cost_per_inhabitant",
                     "alternative_cost_per_inhabitant", "delta_per_inhabitant"))) {
            for (Comparison c : result.comparisons()) {
                for (ClassDelta d : c.classes()) {
                    printer.printRecord(baseline, c.alternative().scenario().name(), d.sizeClass().lower(),
                            d.sizeClass().isOpenEnded() ? "" : Long.toString(d.sizeClass().upper()),
                            d.municipalities(), d.population(), Numbers.money(d.baselineCostPerInhabitant()),
                            Numbers.money(d.alternativeCostPerInhabitant()), Numbers.money(d.deltaPerInhabitant()));
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(municipalities, StandardCharsets.UTF_8);
             var printer = CsvWriting.printer(out, List.of("baseline", "alternative", "code", "name", "population",
                     "baseline_cost", "alternative_cost", "delta", "delta_per_inhabitant", "outcome"))) {
            for (Comparison c : result.comparisons()) {
                for (MunicipalityDelta m : c.municipalities()) {
                    printer.printRecord(baseline, c.alternative().scenario().name(), m.code(), m.name(),
                            m.population(), Numbers.money(m.baselineCost()), Numbers.money(m.alternativeCost()),
                            Numbers.money(m.delta()), Numbers.money(m.deltaPerInhabitant()),
                            m.outcome().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return List.of(metrics, classes, municipalities);
    }
}
