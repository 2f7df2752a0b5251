package nl.taakdiff.ui.library;

import java.time.Instant;

/** A saved version of a scenario. */
public record ScenarioVersion(long id, String scenarioName, String label, Instant savedAt) {
}
