package nl.taakdiff.engine.appraisal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of criteria with their directions, weights and thresholds, and the method, as a
 * meeting party would weigh the options (e.g. "VNG"). Kept in the workbook next to the scenarios.
 */
public record WeightSet(String name, Method method, List<Criterion> criteria) {
    public WeightSet {
        criteria = List.copyOf(criteria);
        if (name == null || method == null) {
            throw new IllegalArgumentException("a weight set needs a name and a method");
        }
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("weight set " + name + " has no criteria");
        }
        Set<Measure> seen = EnumSet.noneOf(Measure.class);
        for (Criterion c : criteria) {
            if (!seen.add(c.measure())) {
                throw new IllegalArgumentException("weight set " + name + " has " + c.measure().key() + " twice");
            }
        }
        if (criteria.stream().allMatch(c -> c.weight() == 0)) {
            throw new IllegalArgumentException("weight set " + name + " needs a weight above 0");
        }
    }

    public List<Measure> measures() {
        return criteria.stream().map(Criterion::measure).toList();
    }

    public WeightSet withName(String newName) {
        return new WeightSet(newName, method, criteria);
    }

    public WeightSet withCriteria(List<Criterion> newCriteria) {
        return new WeightSet(name, method, newCriteria);
    }

    public WeightSet withMethod(Method newMethod) {
        return new WeightSet(name, newMethod, criteria);
    }
}
