package nl.taakdiff.store;

/** What a new scenario starts from. */
public enum ScenarioTemplate {
    /** No rules yet, the default tiering and overheads. */
    EMPTY,
    /**
     * The workbook's current situation: the uniform allocation it was created with (for a workbook
     * seeded from the bundled data, the demo scenario "Huidige situatie (uniform)"), or, when it has
     * none, every task at municipality level in every size class.
     */
    CURRENT_SITUATION
}
