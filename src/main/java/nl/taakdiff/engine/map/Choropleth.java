package nl.taakdiff.engine.map;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A coloured map of the municipalities: which legend entry each municipality falls in, and the
 * legend. Made by {@link MapColouring}; drawn by the PNG renderer and by the desktop map.
 *
 * @param title   what the map shows, e.g. "Change in cost per inhabitant"
 * @param unit    unit of the values, e.g. "EUR per inhabitant per year"; empty for categories
 * @param legend  entries in display order
 * @param entries per municipality code, the index of its legend entry
 * @param values  per municipality code, the value it was classified by (population, level ordinal,
 *                euros, number of tasks), for tooltips
 */
public record Choropleth(MapColouring.Mode mode, String title, String unit, List<LegendEntry> legend,
                         Map<String, Integer> entries, Map<String, Double> values) {
    public Choropleth {
        Objects.requireNonNull(mode, "mode");
        legend = List.copyOf(legend);
        entries = Map.copyOf(entries);
        values = Map.copyOf(values);
    }

    /**
     * One legend entry.
     *
     * @param lower lower bound of a numeric class (inclusive, or exclusive where the label says so),
     *              NaN for a category
     * @param upper upper bound of a numeric class, NaN for a category or an open end
     * @param count municipalities in this entry
     */
    public record LegendEntry(Rgb colour, String label, double lower, double upper, int count) {
        public LegendEntry {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The colour of a municipality; {@link Palettes#NO_DATA} for a code not on the map. */
    public Rgb colourOf(String code) {
        Integer entry = entries.get(code);
        return entry == null ? Palettes.NO_DATA : legend.get(entry).colour();
    }

    public Optional<LegendEntry> entryOf(String code) {
        Integer entry = entries.get(code);
        return entry == null ? Optional.empty() : Optional.of(legend.get(entry));
    }

    /** The title with its unit, e.g. "Change in cost per inhabitant (EUR per inhabitant per year)". */
    public String caption() {
        return unit.isEmpty() ? title : title + " (" + unit + ")";
    }
}
