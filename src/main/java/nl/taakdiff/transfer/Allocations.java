package nl.taakdiff.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;

/** Turns the rows of an allocation file into a scenario. */
final class Allocations {
    private Allocations() {
    }

    /**
     * A scenario whose size classes are the distinct {@code min_population} values of the rules.
     *
     * @throws IllegalArgumentException when there are no rules or the smallest bound is not 0
     */
    static Scenario toScenario(String name, List<Rule> rules, List<LevelOverride> overrides, String description,
                               Overheads overheads) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("has no rules");
        }
        TreeSet<Long> bounds = new TreeSet<>();
        rules.forEach(r -> bounds.add(r.minPopulation()));
        if (bounds.first() != 0) {
            throw new IllegalArgumentException("the smallest min_population is " + bounds.first()
                    + "; the first size class must start at 0");
        }
        return new Scenario(name, description, new Tiering(new ArrayList<>(bounds)), rules, overrides,
                overheads == null ? Overheads.DEFAULT : overheads);
    }
}
