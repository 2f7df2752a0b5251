package nl.taakdiff.model;

import java.util.Objects;

/**
 * A public task with its cost parameters.
 *
 * @param unitCost   EUR per inhabitant per year
 * @param fixedCost  EUR per executing organisation per year
 * @param minScale   inhabitants an organisation needs to carry the task on its own
 * @param regionType the region type whose regions pool the task at CENTRE or REGION level
 * @param source     where the figures come from
 */
public record Task(String code, String name, String domain, double unitCost, double fixedCost,
                   long minScale, String regionType, String source) {
    public Task {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(regionType, "regionType");
        Objects.requireNonNull(source, "source");
    }
}
