package nl.taakdiff.model;

/** Whose budget carries the cost of an executing organisation (calculation.md §2.5). */
public enum Payer {
    MUNICIPALITIES,
    PROVINCES,
    STATE
}
