package nl.taakdiff.engine.map;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.taakdiff.engine.Vocabulary;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.SizeClass;

/**
 * The words of map titles and legends, from the shared {@link Vocabulary}: {@link #of} for a
 * language; a view may also implement this with its own number formats.
 */
public interface MapLabels {
    String sizeClassTitle();

    String inhabitants();

    String levelTitle(String taskCode, String taskName);

    String costChangeTitle();

    String costChangeUnit();

    String capacityRiskTitle();

    String tasks();

    String loserProbabilityTitle();

    /** What the probabilities are shares of. */
    String loserProbabilityUnit();

    /** A share as a whole percentage, e.g. 35% or 35 %. */
    String percent(double share);

    String level(Level level);

    /** A whole number with this language's grouping, e.g. 20,000 or 20.000. */
    String count(long n);

    /** A plain decimal number, e.g. -0.5 or -0,5. */
    String decimal(double v);

    String below(String x);

    String above(String x);

    String orMore(String x);

    String range(String from, String to);

    /** A size class: below, between or above its bounds. */
    default String sizeClass(SizeClass c) {
        if (c.isOpenEnded()) {
            return orMore(count(c.lower()));
        }
        if (c.lower() == 0) {
            return below(count(c.upper()));
        }
        return range(count(c.lower()), count(c.upper()));
    }

    MapLabels ENGLISH = of(Vocabulary.ENGLISH);

    MapLabels DUTCH = of(Vocabulary.DUTCH);

    /** The words of the shared {@link Vocabulary} with the locale's number symbols. */
    static MapLabels of(Locale locale) {
        return new Standard(Vocabulary.of(locale));
    }

    /** Labels from the shared vocabulary and a locale's number symbols. */
    final class Standard implements MapLabels {
        private final Vocabulary words;
        private final DecimalFormatSymbols symbols;

        Standard(Vocabulary words) {
            this.words = words;
            this.symbols = DecimalFormatSymbols.getInstance(words.locale());
        }

        @Override
        public String sizeClassTitle() {
            return words.get("map.title.size_class");
        }

        @Override
        public String inhabitants() {
            return words.get("map.unit.inhabitants");
        }

        @Override
        public String levelTitle(String taskCode, String taskName) {
            return words.get("map.title.task_level", taskCode, taskName);
        }

        @Override
        public String costChangeTitle() {
            return words.get("map.title.cost_change");
        }

        @Override
        public String costChangeUnit() {
            return words.get("map.unit.costChange");
        }

        @Override
        public String capacityRiskTitle() {
            return words.get("map.title.capacity_risk");
        }

        @Override
        public String tasks() {
            return words.get("map.unit.tasks");
        }

        @Override
        public String loserProbabilityTitle() {
            return words.get("map.title.loser_probability");
        }

        @Override
        public String loserProbabilityUnit() {
            return words.get("map.unit.loserProbability");
        }

        @Override
        public String percent(double share) {
            return words.get("map.legend.percent", Long.toString(Math.round(share * 100)));
        }

        @Override
        public String below(String x) {
            return words.get("map.legend.below", x);
        }

        @Override
        public String above(String x) {
            return words.get("map.legend.above", x);
        }

        @Override
        public String orMore(String x) {
            return words.get("map.legend.orMore", x);
        }

        @Override
        public String range(String from, String to) {
            return words.get("map.legend.range", from, to);
        }

        @Override
        public String level(Level level) {
            return words.level(level);
        }

        @Override
        public String count(long n) {
            return new DecimalFormat("#,##0", symbols).format(n);
        }

        @Override
        public String decimal(double v) {
            if (Math.abs(v) < 1e-12) {
                return "0";
            }
            String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
            return plain.replace('.', symbols.getDecimalSeparator());
        }
    }
}
