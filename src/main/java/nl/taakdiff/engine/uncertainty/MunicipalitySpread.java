package nl.taakdiff.engine.uncertainty;

/**
 * One municipality's change in cost per inhabitant over the draws.
 *
 * @param probabilityLoser share of draws in which the change exceeds the loser threshold
 */
public record MunicipalitySpread(String code, String name, long population, double mean, double p5, double p95,
                                 double probabilityLoser) {
}
