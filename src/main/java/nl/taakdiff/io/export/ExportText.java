package nl.taakdiff.io.export;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Outcome;
import nl.taakdiff.engine.Vocabulary;
import nl.taakdiff.engine.map.MapLabels;
import nl.taakdiff.io.DemoDescription;
import nl.taakdiff.io.TaskSources;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * The words and number formats of an export for people, in English or Dutch: texts from
 * {@code export.properties} / {@code export_nl.properties}, the names of metrics and levels from the
 * shared {@link Vocabulary}.
 */
public final class ExportText {
    /** Dutch exports show times in the Netherlands' time zone; English ones in UTC, as before. */
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String BUNDLE = "nl.taakdiff.io.export.export";

    public static final ExportText ENGLISH = new ExportText(Vocabulary.ENGLISH);
    public static final ExportText DUTCH = new ExportText(Vocabulary.DUTCH);

    private final Vocabulary vocabulary;
    private final ResourceBundle bundle;
    private final MapLabels map;
    private final Formatting formatting;

    private ExportText(Locale locale) {
        this.vocabulary = Vocabulary.of(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, vocabulary.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.map = MapLabels.of(locale);
        this.formatting = vocabulary.isDutch() ? Formatting.DUTCH : Formatting.ENGLISH;
    }

    /** Dutch for a Dutch locale, English otherwise. */
    public static ExportText of(Locale locale) {
        return Vocabulary.supported(locale).equals(Vocabulary.DUTCH) ? DUTCH : ENGLISH;
    }

    public Locale locale() {
        return vocabulary.locale();
    }

    public boolean isDutch() {
        return vocabulary.isDutch();
    }

    /** The text of a key, a {@link MessageFormat} pattern filled with {@code args}. */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }

    /** A scenario's description: a shipped demo one in this language, the analyst's own as written. */
    public String description(String stored) {
        return DemoDescription.shown(stored, locale());
    }

    /** A task's source note: the Dutch text of a shipped English note in Dutch, any other note as written. */
    public String taskSource(Task task) {
        return TaskSources.bundled().shown(task, isDutch());
    }

    public String metric(Metric metric) {
        return vocabulary.metric(metric);
    }

    /** An appraisal measure or a metric, by its key. */
    public String measure(String key) {
        return vocabulary.measure(key);
    }

    public String level(Level level) {
        return vocabulary.level(level);
    }

    /** "below 20,000" or "minder dan 20.000". */
    public String sizeClass(SizeClass c) {
        return map.sizeClass(c);
    }

    /**
     * The lower bounds of a tiering with this language's grouping: {@code 0; 20.000; 50.000} in Dutch,
     * {@code 0; 20,000; 50,000} in English (a comma would read as a decimal or thousands separator).
     */
    public String lowerBounds(Tiering tiering) {
        return String.join("; ", tiering.lowerBounds().stream().map(map::count).toList());
    }

    /** The words of maps in this language. */
    public MapLabels map() {
        return map;
    }

    public String outcome(Outcome outcome) {
        return get("outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }

    /** How a metric's values are counted, e.g. "EUR per year". */
    public String unit(Metric metric) {
        if (metric == Metric.COST_PER_INHABITANT) {
            return get("unit.moneyPerInhabitant");
        }
        return switch (metric.unit()) {
            case MONEY -> get("unit.money");
            case COUNT -> get("unit.count");
            case SHARE -> get("unit.share");
        };
    }

    /** A cell as text: {@code € 1.234,56} in Dutch, {@code € 1,234.56} in English. */
    public String format(Cell cell) {
        return formatting.text(cell);
    }

    /** A money amount with cents without the euro sign, for sentences that say "EUR …" or "euro". */
    public String amount(double value) {
        return format(Cell.number(ExportTable.Kind.MONEY_CENTS, value)).replace("€ ", "");
    }

    /** A day: {@code 2-12-2026} in Dutch (Netherlands' time), {@code 2026-12-02} in English (UTC). */
    public String date(Instant at) {
        return (isDutch() ? DateTimeFormatter.ofPattern("d-M-yyyy") : DateTimeFormatter.ISO_LOCAL_DATE).format(zoned(at));
    }

    /** A moment with minutes: {@code 29-11-2026 10:30} in Dutch, {@code 2026-11-29 09:30 UTC} in English. */
    public String dateTime(Instant at) {
        return DateTimeFormatter.ofPattern(isDutch() ? "d-M-yyyy HH:mm" : "yyyy-MM-dd HH:mm 'UTC'").format(zoned(at));
    }

    private java.time.ZonedDateTime zoned(Instant at) {
        return at.atZone(isDutch() ? AMSTERDAM : UTC);
    }
}
