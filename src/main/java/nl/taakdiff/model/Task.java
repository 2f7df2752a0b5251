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
 * @param ranges     the catalogue's own uncertainty ranges of the three figures (calculation.md §2.8)
 */
public record Task(String code, String name, String domain, double unitCost, double fixedCost,
                   long minScale, String regionType, String source, TaskRanges ranges) {
    public Task {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(regionType, "regionType");
        Objects.requireNonNull(source, "source");
        ranges = ranges == null ? TaskRanges.NONE : ranges;
    }

    /** A task without ranges of its own: the relative default range applies. */
    public Task(String code, String name, String domain, double unitCost, double fixedCost,
                long minScale, String regionType, String source) {
        this(code, name, domain, unitCost, fixedCost, minScale, regionType, source, TaskRanges.NONE);
    }

    public Task withRanges(TaskRanges newRanges) {
        return new Task(code, name, domain, unitCost, fixedCost, minScale, regionType, source, newRanges);
    }
}
