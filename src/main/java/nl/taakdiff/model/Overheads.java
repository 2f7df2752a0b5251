package nl.taakdiff.model;

import java.util.EnumMap;
import java.util.Map;

/** Overhead rate per level: the extra share of unit cost that working at that level costs. */
public record Overheads(Map<Level, Double> rates) {
    /** Default rates by level ordinal; declared before DEFAULT, which the constructor reads. */
    private static final double[] DEFAULT_RATES = {0.0, 0.03, 0.08, 0.05, 0.02};

    public static final Overheads DEFAULT = new Overheads(Map.of(
            Level.MUNICIPALITY, 0.0,
            Level.CENTRE, 0.03,
            Level.REGION, 0.08,
            Level.PROVINCE, 0.05,
            Level.STATE, 0.02));

    public Overheads {
        EnumMap<Level, Double> copy = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Double rate = rates.get(level);
            copy.put(level, rate == null ? DEFAULT_RATES[level.ordinal()] : rate);
        }
        rates = java.util.Collections.unmodifiableMap(copy);
    }

    public double rate(Level level) {
        return rates.get(level);
    }

    /** A copy with one rate changed. */
    public Overheads with(Level level, double rate) {
        EnumMap<Level, Double> copy = new EnumMap<>(rates);
        copy.put(level, rate);
        return new Overheads(copy);
    }

    /** The rates as {@code centre=0.03,region=0.08,…} (MUNICIPALITY included when not zero). */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Level level : Level.values()) {
            if (level == Level.MUNICIPALITY && rate(level) == 0.0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(level.code()).append('=').append(rate(level));
        }
        return sb.toString();
    }
}
