package nl.taakdiff.store;

import java.time.Instant;

/** A scenario as listed in a workbook: enough for a list view without loading its rules. */
public record ScenarioInfo(String name, String description, boolean differentiated, Instant updatedAt,
                           int versionCount) {
}
