package nl.taakdiff.io.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.taakdiff.io.export.ExportTable.Cell;

/**
 * Cells as text for the PDF handout and the charts: {@code € 1,234,567}, {@code -€ 12.50} and
 * {@code +1.23%} in English; {@code € 1.234.567}, {@code € -12,50} and {@code +1,23%} in Dutch.
 */
final class Formatting {
    static final Formatting ENGLISH = new Formatting(Locale.ENGLISH, false);
    static final Formatting DUTCH = new Formatting(Locale.forLanguageTag("nl-NL"), true);

    private final DecimalFormatSymbols symbols;
    private final boolean dutch;

    private Formatting(Locale locale, boolean dutch) {
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.dutch = dutch;
    }

    /** In English. */
    static String format(Cell cell) {
        return ENGLISH.text(cell);
    }

    String text(Cell cell) {
        if (!cell.isNumber()) {
            return cell.text();
        }
        Double v = cell.number();
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        double value = v + 0.0;
        return switch (cell.kind()) {
            case MONEY -> money(value, "#,##0");
            case MONEY_CENTS -> money(value, "#,##0.00");
            case MONEY_MILLIONS -> money(value / 1e6, "#,##0.0") + (dutch ? " mln" : " m");
            case COUNT -> pattern("#,##0").format(value);
            case DECIMAL -> pattern("0.######").format(value);
            case PERCENT -> pattern("0.0").format(value * 100) + "%";
            case CHANGE_PERCENT -> (value > 0 ? "+" : "") + pattern("0.00").format(value * 100) + "%";
            case TEXT -> cell.text();
        };
    }

    private String money(double value, String pattern) {
        String digits = pattern(pattern).format(Math.abs(value));
        if (digits.matches("[0.,]+") || value >= 0) {
            return "€ " + digits;
        }
        return dutch ? "€ -" + digits : "-€ " + digits;
    }

    /** Rounds half up on the shortest decimal form of the double, like the CSV files do. */
    private DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, symbols) {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                return super.format(java.math.BigDecimal.valueOf(number), toAppendTo, pos);
            }
        };
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }
}
