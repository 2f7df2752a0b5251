package nl.taakdiff.ui.common;

import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/** Tick labels of a chart's number axis in the window's number format. */
public final class AxisLabels {
    private AxisLabels() {
    }

    /** A converter that only formats: axis ticks are never typed in. */
    public static StringConverter<Number> formatted(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String string) {
                return 0;
            }
        };
    }
}
