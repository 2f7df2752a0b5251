package nl.taakdiff.store;

import java.time.Instant;
import nl.taakdiff.engine.appraisal.WeightSet;

/** One saved state of a weight set; every change of a weight set adds a version. */
public record WeightSetVersion(int number, WeightSet weightSet, Instant savedAt) {
}
