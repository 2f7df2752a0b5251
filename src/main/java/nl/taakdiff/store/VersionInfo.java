package nl.taakdiff.store;

import java.time.Instant;

/** A saved version of a scenario: its number within the scenario (1, 2, …), label and time. */
public record VersionInfo(int number, String label, Instant savedAt) {
}
