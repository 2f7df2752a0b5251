package nl.taakdiff.model;

import java.util.List;
import java.util.Objects;

/** One consistent set of municipalities and their region memberships, e.g. "CBS 2020". */
public record Dataset(String name, List<Municipality> municipalities) {
    public Dataset {
        Objects.requireNonNull(name, "name");
        municipalities = List.copyOf(municipalities);
    }

    public long totalPopulation() {
        long total = 0;
        for (Municipality m : municipalities) {
            total += m.population();
        }
        return total;
    }
}
