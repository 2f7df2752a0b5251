package nl.taakdiff.engine;

/** One task in an evaluation: how many organisations execute it, at what cost, with what risk. */
public record TaskResult(String taskCode, int organisations, double cost, int capacityRiskMunicipalities) {
}
