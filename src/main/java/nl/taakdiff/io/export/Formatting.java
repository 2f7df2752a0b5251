package nl.taakdiff.io.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.taakdiff.io.export.ExportTable.Cell;

/** Cells as text for the PDF handout: English number format, e.g. € 1,234,567 and +1.23%. */
final class Formatting {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Formatting() {
    }

    static String format(Cell cell) {
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
            case MONEY_MILLIONS -> money(value / 1e6, "#,##0.0") + " m";
            case COUNT -> pattern("#,##0").format(value);
            case DECIMAL -> pattern("0.######").format(value);
            case PERCENT -> pattern("0.0").format(value * 100) + "%";
            case CHANGE_PERCENT -> (value > 0 ? "+" : "") + pattern("0.00").format(value * 100) + "%";
            case TEXT -> cell.text();
        };
    }

    private static String money(double value, String pattern) {
        String digits = pattern(pattern).format(Math.abs(value));
        if (digits.matches("[0.,]+")) {
            return "€ " + digits;
        }
        return (value < 0 ? "-€ " : "€ ") + digits;
    }

    /** Rounds half up on the shortest decimal form of the double, like the CSV files do. */
    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS) {
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
