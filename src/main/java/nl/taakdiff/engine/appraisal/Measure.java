package nl.taakdiff.engine.appraisal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.Unit;

/**
 * What a criterion measures for an option: a scenario metric of calculation.md §2.6, or one of two
 * measures of the option against the first option of the appraisal: the number of losers, and
 * the largest change in cost per inhabitant of any municipality.
 */
public enum Measure {
    TOTAL_COST(Metric.TOTAL_COST),
    COST_PER_INHABITANT(Metric.COST_PER_INHABITANT),
    MUNICIPAL_COST(Metric.MUNICIPAL_COST),
    PROVINCE_COST(Metric.PROVINCE_COST),
    STATE_COST(Metric.STATE_COST),
    ORGANISATIONS(Metric.ORGANISATIONS),
    JOINT_ARRANGEMENTS(Metric.JOINT_ARRANGEMENTS),
    CAPACITY_RISK_PAIRS(Metric.CAPACITY_RISK_PAIRS),
    CAPACITY_RISK_MUNICIPALITIES(Metric.CAPACITY_RISK_MUNICIPALITIES),
    DIRECT_CONTROL_SHARE(Metric.DIRECT_CONTROL_SHARE),
    TASK_PACKAGES(Metric.TASK_PACKAGES),
    /** Municipalities whose cost per inhabitant rises by more than the loser threshold. */
    LOSERS(null),
    /**
     * The largest change in cost per inhabitant of any municipality (EUR per inhabitant); 0 for
     * the first option, negative when every municipality pays less.
     */
    LARGEST_INCREASE_PER_INHABITANT(null);

    private final Metric metric;

    Measure(Metric metric) {
        this.metric = metric;
    }

    /** The scenario metric, or empty for the two measures against the first option. */
    public Optional<Metric> metric() {
        return Optional.ofNullable(metric);
    }

    public Unit unit() {
        return metric != null ? metric.unit() : this == LOSERS ? Unit.COUNT : Unit.MONEY;
    }

    public Direction defaultDirection() {
        return this == DIRECT_CONTROL_SHARE ? Direction.HIGHER : Direction.LOWER;
    }

    /** The name used in files, e.g. {@code cost_per_inhabitant}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Measure> parse(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key().equals(k)).findFirst();
    }

    /** All keys, comma-separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Measure::key).collect(Collectors.joining(", "));
    }
}
