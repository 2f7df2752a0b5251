package nl.taakdiff.engine.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;

/**
 * The data of the per-size-class bar chart: cost per inhabitant of every size class (of the
 * baseline's tiering) in the baseline and in each alternative. Toolkit-free, like {@link Choropleth}.
 *
 * @param axis   the words under the classes, e.g. "inhabitants"
 * @param locale whose digit grouping the values on the bars and the scale use
 */
public record ClassCostChart(String title, String unit, List<String> classes, List<Series> series, String axis,
                             Locale locale) {
    /** Bar colours: grey for the baseline, then Okabe–Ito blue, orange and bluish green. */
    public static final List<Rgb> SERIES_COLOURS = List.of(Rgb.of("#999999"), Rgb.of("#0072B2"), Rgb.of("#E69F00"),
            Rgb.of("#009E73"));

    public ClassCostChart {
        classes = List.copyOf(classes);
        series = List.copyOf(series);
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(locale, "locale");
    }

    /** The same bars with the texts and number format of a language. */
    public ClassCostChart inLanguage(String newTitle, String newUnit, List<String> newClasses, String newAxis,
                                     Locale newLocale) {
        return new ClassCostChart(newTitle, newUnit, newClasses, series, newAxis, newLocale);
    }

    /** One scenario: its name, colour and a value per class. */
    public record Series(String name, Rgb colour, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /** Baseline and alternatives from comparisons that share one baseline (one to three). */
    public static ClassCostChart of(List<Comparison> comparisons) {
        if (comparisons.isEmpty() || comparisons.size() > SERIES_COLOURS.size() - 1) {
            throw new IllegalArgumentException("a chart shows one to " + (SERIES_COLOURS.size() - 1) + " alternatives");
        }
        Comparison first = comparisons.get(0);
        List<String> labels = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (ClassDelta c : first.classes()) {
            labels.add(MapColouring.sizeLabel(c.sizeClass()));
            base.add(c.baselineCostPerInhabitant());
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(first.baseline().scenario().name(), SERIES_COLOURS.get(0), base));
        for (int i = 0; i < comparisons.size(); i++) {
            List<Double> values = comparisons.get(i).classes().stream()
                    .map(ClassDelta::alternativeCostPerInhabitant).toList();
            series.add(new Series(comparisons.get(i).alternative().scenario().name(), SERIES_COLOURS.get(i + 1),
                    values));
        }
        return new ClassCostChart("Cost per inhabitant by size class", "EUR per inhabitant per year", labels, series,
                MapLabels.ENGLISH.inhabitants(), Locale.ENGLISH);
    }

    public double maxValue() {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
