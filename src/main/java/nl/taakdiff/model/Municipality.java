package nl.taakdiff.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipality with its population and its region of each region type.
 * Validity (population above zero, known regions) is checked by the engine's validator, so that
 * bad input can be reported in full rather than failing on the first record.
 */
public record Municipality(String code, String name, String province, long population,
                           Map<String, Region> regions) {
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
        regions = Map.copyOf(regions);
    }

    /** The region of the given type, if the municipality belongs to one. */
    public Optional<Region> region(String regionType) {
        return Optional.ofNullable(regions.get(regionType));
    }
}
