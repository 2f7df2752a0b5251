package nl.taakdiff.engine;

/**
 * One task in an evaluation: how many organisations execute it, at what cost, with what risk.
 *
 * @param servedPopulation inhabitants served by all its organisations together; equals the data
 *                         set's population, since every municipality is served exactly once
 */
public record TaskResult(String taskCode, int organisations, double cost, int capacityRiskMunicipalities,
                         long servedPopulation) {
}
