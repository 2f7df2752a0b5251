package nl.taakdiff.engine;

/** How a municipality fares in the alternative: its cost per inhabitant falls, rises, or barely moves. */
public enum Outcome {
    WINNER,
    LOSER,
    UNCHANGED
}
