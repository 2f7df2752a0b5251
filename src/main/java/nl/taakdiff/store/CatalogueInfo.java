package nl.taakdiff.store;

import java.time.Instant;

/** One saved state of a workbook's task catalogue; {@code note} says how it came about. */
public record CatalogueInfo(long id, Instant savedAt, String note) {
}
