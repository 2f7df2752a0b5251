package nl.taakdiff.engine.map;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.SizeClass;

/**
 * The words of map titles and legends. {@link #ENGLISH} is used by the exports, {@link #DUTCH}
 * suits the Dutch desktop app; a view may also implement this from its own resource bundle.
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

    MapLabels ENGLISH = new Standard(Locale.ENGLISH, new String[] {"Size class", "inhabitants", "Level of %s %s",
        "Change in cost per inhabitant", "EUR per inhabitant per year", "Tasks below minimum scale", "tasks",
        "below %s", "above %s", "%s or more", "%s to %s", "municipality itself", "centre municipality",
        "regional arrangement", "province", "central government", "Probability of being a loser",
        "share of the draws", "%d%%"});

    MapLabels DUTCH = new Standard(Locale.forLanguageTag("nl-NL"), new String[] {"Grootteklasse", "inwoners",
        "Uitvoeringsniveau van %s %s", "Verandering in kosten per inwoner", "euro per inwoner per jaar",
        "Taken onder de minimumschaal", "taken", "minder dan %s", "meer dan %s", "%s of meer", "%s tot %s",
        "gemeente zelf", "centrumgemeente", "regionale samenwerking", "provincie", "Rijk",
        "Kans om verliezer te zijn", "aandeel van de trekkingen", "%d %%"});

    /** Labels from a fixed list of phrases and a locale's number symbols. */
    final class Standard implements MapLabels {
        private final DecimalFormatSymbols symbols;
        private final String[] words;

        Standard(Locale locale, String[] words) {
            this.symbols = DecimalFormatSymbols.getInstance(locale);
            this.words = words.clone();
        }

        @Override
        public String sizeClassTitle() {
            return words[0];
        }

        @Override
        public String inhabitants() {
            return words[1];
        }

        @Override
        public String levelTitle(String taskCode, String taskName) {
            return String.format(Locale.ROOT, words[2], taskCode, taskName);
        }

        @Override
        public String costChangeTitle() {
            return words[3];
        }

        @Override
        public String costChangeUnit() {
            return words[4];
        }

        @Override
        public String capacityRiskTitle() {
            return words[5];
        }

        @Override
        public String tasks() {
            return words[6];
        }

        @Override
        public String below(String x) {
            return String.format(Locale.ROOT, words[7], x);
        }

        @Override
        public String above(String x) {
            return String.format(Locale.ROOT, words[8], x);
        }

        @Override
        public String orMore(String x) {
            return String.format(Locale.ROOT, words[9], x);
        }

        @Override
        public String range(String from, String to) {
            return String.format(Locale.ROOT, words[10], from, to);
        }

        @Override
        public String level(Level level) {
            return words[11 + level.ordinal()];
        }

        @Override
        public String loserProbabilityTitle() {
            return words[16];
        }

        @Override
        public String loserProbabilityUnit() {
            return words[17];
        }

        @Override
        public String percent(double share) {
            return String.format(Locale.ROOT, words[18], Math.round(share * 100));
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
