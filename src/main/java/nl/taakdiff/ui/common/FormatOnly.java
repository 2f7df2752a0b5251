package nl.taakdiff.ui.common;

import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * String converters that only turn values into text, for what is shown and never typed in:
 * choice boxes that are not editable and the tick labels of a chart's number axis.
 */
public final class FormatOnly {
    private FormatOnly() {
    }

    /** Shows a value by {@code label}, nothing for null. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a shown-only value is never typed in");
            }
        };
    }

    /** Axis ticks in the window's number format, e.g. {@code formats::count}. */
    public static StringConverter<Number> numbers(DoubleFunction<String> format) {
        return converter(value -> format.apply(value.doubleValue()));
    }
}
