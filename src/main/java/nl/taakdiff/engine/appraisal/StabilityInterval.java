package nl.taakdiff.engine.appraisal;

/**
 * How far one criterion's weight share can move, the other weights keeping their proportions,
 * before the first-ranked option loses first place. Shares are fractions of 1.
 *
 * @param criterion the criterion's position in the appraisal
 * @param share     its normalised weight today
 * @param from      lowest share at which today's winner is still first
 * @param to        highest share at which today's winner is still first
 */
public record StabilityInterval(int criterion, Measure measure, double share, double from, double to) {
}
