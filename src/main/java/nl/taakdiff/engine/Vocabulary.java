package nl.taakdiff.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.taakdiff.model.Level;

/**
 * The names people read for metrics, levels and the words of map legends, in English or Dutch: the
 * one definition ({@code vocabulary.properties}, {@code vocabulary_nl.properties}) that the desktop
 * app, the map, the exports and the slides all read, so that a metric is called the same
 * everywhere.
 */
public final class Vocabulary {
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final String BUNDLE = "nl.taakdiff.engine.vocabulary";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Vocabulary(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
    }

    /** Dutch for a Dutch locale, English for any other. */
    public static Vocabulary of(Locale locale) {
        return new Vocabulary(supported(locale));
    }

    /** The supported locale for a language: Dutch for {@code nl}, English for anything else. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "nl".equals(wanted.getLanguage()) ? DUTCH : ENGLISH;
    }

    /** The bundle itself, e.g. to back another bundle with these names. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean isDutch() {
        return locale.equals(DUTCH);
    }

    /** E.g. "Totale kosten". */
    public String metric(Metric metric) {
        return get("metric." + metric.key());
    }

    /** A measure by its key: a metric or an appraisal measure such as {@code losers}. */
    public String measure(String key) {
        return get("metric." + key);
    }

    /** E.g. "Centrumgemeente". */
    public String level(Level level) {
        return get("level." + level.code());
    }

    /** The text for a key; with arguments a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no name for " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
