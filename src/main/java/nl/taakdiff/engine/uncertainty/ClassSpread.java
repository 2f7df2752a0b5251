package nl.taakdiff.engine.uncertainty;

import nl.taakdiff.model.SizeClass;

/** One size class's change in cost per inhabitant over the draws. */
public record ClassSpread(SizeClass sizeClass, int municipalities, double mean, double p5, double p95) {
}
