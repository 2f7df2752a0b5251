package nl.taakdiff.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.DecimalText;
import nl.taakdiff.io.Echo;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Tiering;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked completely on the command line. The rule: a value that cannot be read or
 * lies outside what the option accepts is wrong usage (exit 2), whatever the option; exit 65 is
 * for the data in files and workbooks (and for names a workbook does not have).
 */
final class OptionValues {
    private OptionValues() {
    }

    /** A finite plain decimal of at least 0, e.g. {@code --threshold 2.5}. */
    static final class NonNegativeDecimal implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return nonNegative(value);
        }
    }

    /** A whole number of at least 1, e.g. a version number. */
    static final class PositiveWhole implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                if (value.strip().matches("[+-]?\\d+")) {
                    int n = Integer.parseInt(value.strip());
                    if (n >= 1) {
                        return n;
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException(Echo.quote(value) + " is not a whole number of at least 1");
        }
    }

    static double nonNegative(String value) {
        OptionalDouble d = DecimalText.parse(value);
        if (d.isEmpty()) {
            throw new TypeConversionException(Echo.quote(value) + " is not a number"
                    + (DecimalText.hasDecimalComma(value) ? "; use a decimal point: " + value.strip().replace(',', '.')
                    : "; write a plain decimal such as 1.5"));
        }
        if (d.getAsDouble() < 0) {
            throw new TypeConversionException(Echo.quote(value) + " is negative; it must be at least 0");
        }
        return d.getAsDouble();
    }

    /** Size-class lower bounds such as {@code 0,20000,50000,100000}: whole, from 0, ascending. */
    static Tiering tiering(String text) {
        List<Long> bounds = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (!p.matches("\\d+")) {
                throw new TypeConversionException(Echo.quote(p) + " is not a whole number of at least 0;"
                        + " expected bounds separated by commas, like 0,20000,50000,100000");
            }
            try {
                bounds.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                throw new TypeConversionException(Echo.quote(p) + " is too large for a population");
            }
        }
        Tiering tiering = new Tiering(bounds);
        List<Problem> problems = Validator.validateTiering(tiering);
        if (!problems.isEmpty()) {
            throw new TypeConversionException(problems.get(0).message());
        }
        return tiering;
    }

    /** Overhead rates such as {@code centre=0.03,region=0.08}; levels not named keep their default. */
    static Overheads overheads(String text) {
        Map<Level, Double> rates = new EnumMap<>(Overheads.DEFAULT.rates());
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            String[] pair = part.split("=", 2);
            if (pair.length == 1 && i > 0 && part.matches("\\d+") && parts[i - 1].strip().matches(".*=\\s*[+-]?\\d+")) {
                String joined = parts[i - 1].strip() + "," + part;
                throw new TypeConversionException(Echo.quote(joined) + " uses a decimal comma; use a decimal point: "
                        + joined.replace(',', '.'));
            }
            Level level = pair.length == 2 ? Level.parse(pair[0].strip()).orElse(null) : null;
            if (level == null) {
                throw new TypeConversionException(Echo.quote(part) + " is not LEVEL=RATE with LEVEL one of "
                        + Level.codes());
            }
            rates.put(level, nonNegative(pair[1]));
        }
        return new Overheads(rates);
    }
}
