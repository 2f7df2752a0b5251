package nl.taakdiff.engine;

import nl.taakdiff.model.SizeClass;

/**
 * One municipality in an evaluation.
 *
 * @param cost              cost attributed to it over all tasks (EUR per year)
 * @param tasksOwn          tasks it keeps at MUNICIPALITY level
 * @param capacityRiskTasks tasks whose executing organisation is below the task's minimum scale
 */
public record MunicipalityResult(String code, String name, long population, SizeClass sizeClass,
                                 double cost, int tasksOwn, int capacityRiskTasks) {
    public double costPerInhabitant() {
        return cost / population;
    }
}
