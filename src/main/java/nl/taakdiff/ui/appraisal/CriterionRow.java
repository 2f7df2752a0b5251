package nl.taakdiff.ui.appraisal;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.Direction;
import nl.taakdiff.engine.appraisal.Measure;

/** One criterion as the Appraisal view edits it: direction, raw weight and optional PROMETHEE thresholds. */
public final class CriterionRow {
    private final Measure measure;
    private final ObjectProperty<Direction> direction;
    private final DoubleProperty weight;
    private final ObjectProperty<Double> indifference = new SimpleObjectProperty<>(this, "indifference");
    private final ObjectProperty<Double> preference = new SimpleObjectProperty<>(this, "preference");

    CriterionRow(Criterion c) {
        measure = c.measure();
        direction = new SimpleObjectProperty<>(this, "direction", c.direction());
        weight = new SimpleDoubleProperty(this, "weight", c.weight());
        indifference.set(c.indifference());
        preference.set(c.preference());
    }

    public Measure measure() {
        return measure;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /** The raw weight (any number ≥ 0; the appraisal normalises). */
    public DoubleProperty weightProperty() {
        return weight;
    }

    /** PROMETHEE's indifference threshold Q; null for the default. Set together with {@link #preferenceProperty}. */
    public ObjectProperty<Double> indifferenceProperty() {
        return indifference;
    }

    public ObjectProperty<Double> preferenceProperty() {
        return preference;
    }

    /** The criterion; thresholds only when both are set. */
    Criterion criterion() {
        boolean both = indifference.get() != null && preference.get() != null;
        return new Criterion(measure, direction.get(), Math.max(0, weight.get()),
                both ? indifference.get() : null, both ? preference.get() : null);
    }
}
