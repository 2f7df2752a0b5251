package nl.taakdiff.ui.appraisal;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Texts of the appraisal controls: choice-box labels and numbers as typed. */
final class Labels {
    private Labels() {
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                // only non-editable choice boxes use it, so typed text never has to become a value
                throw new UnsupportedOperationException("choice boxes here are not editable");
            }
        };
    }

    /** A number as typed in the UI language: decimal comma in Dutch, no grouping, up to six decimals. */
    static String plain(java.util.Locale locale, double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(6);
        return f.format(value);
    }
}
