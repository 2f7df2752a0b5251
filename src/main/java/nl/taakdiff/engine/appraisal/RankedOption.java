package nl.taakdiff.engine.appraisal;

import java.util.List;

/**
 * One option in a ranking.
 *
 * @param rank          1 for the best
 * @param option        the option's position in the appraisal
 * @param score         weighted sum or PROMETHEE net flow
 * @param contributions each criterion's part of the score (normalised weight × partial score), in
 *                      criterion order; they add up to the score
 */
public record RankedOption(int rank, int option, String name, double score, List<Double> contributions) {
    public RankedOption {
        contributions = List.copyOf(contributions);
    }
}
