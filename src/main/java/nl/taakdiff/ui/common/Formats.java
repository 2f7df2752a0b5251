package nl.taakdiff.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.taakdiff.engine.Unit;

/**
 * Number formats of one UI language: {@code € 1.234,56} and {@code 12,5%} in Dutch,
 * {@code €1,234.56} and {@code 12.5%} in English. Not thread-safe; use on the FX thread.
 */
public final class Formats {
    private static final char MINUS = '\u2212';
    private final boolean dutch;
    private final DecimalFormat decimals2;
    private final DecimalFormat decimals1;
    private final DecimalFormat whole;
    private final nl.taakdiff.engine.map.MapLabels classWords;

    public Formats(Locale locale) {
        this.dutch = "nl".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(dutch ? Messages.DUTCH : Messages.ENGLISH);
        decimals2 = new DecimalFormat("#,##0.00", symbols);
        decimals1 = new DecimalFormat("#,##0.0", symbols);
        whole = new DecimalFormat("#,##0", symbols);
        classWords = dutch ? nl.taakdiff.engine.map.MapLabels.DUTCH : nl.taakdiff.engine.map.MapLabels.ENGLISH;
        for (DecimalFormat format : new DecimalFormat[] {decimals2, decimals1, whole}) {
            format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        }
    }

    private String euro(String amount, boolean negative) {
        String sign = negative ? "-" : "";
        return dutch ? "€ " + sign + amount : sign + "€" + amount;
    }

    /** Euros with cents: {@code € 1.234,56}. */
    public String money(double value) {
        return euro(decimals2.format(Math.abs(value)), value < 0 && !isZero(value, 0.005));
    }

    /** Whole euros: {@code € 1.234.567}. */
    public String moneyWhole(double value) {
        return euro(whole.format(Math.abs(value)), value < 0 && !isZero(value, 0.5));
    }

    /** Large amounts shortened: {@code € 20,35 mld} / {@code €20.35 bn}, {@code € 12,3 mln} / {@code €12.3 m}. */
    public String moneyCompact(double value) {
        double abs = Math.abs(value);
        boolean negative = value < 0;
        if (abs >= 1e9) {
            return euro(decimals2.format(abs / 1e9) + (dutch ? " mld" : " bn"), negative);
        }
        if (abs >= 1e6) {
            return euro(decimals1.format(abs / 1e6) + (dutch ? " mln" : " m"), negative);
        }
        return moneyWhole(value);
    }

    /** Billions with two decimals and no unit, for a chart axis that says "EUR bn". */
    public String decimalBillions(double billions) {
        return decimals1.format(billions);
    }

    /**
     * A share as a percentage with one decimal: {@code 12,5%}. Only an exact 0 or 1 says 0,0% or
     * 100,0%: a share that rounds to either shows the nearest tenth short of it (99,9%, 0,1%), so
     * that 45 of 100,000 draws going the other way never reads as a certainty.
     */
    public String percent(double share) {
        double tenths = Math.round(share * 1000) / 10.0;
        if (Math.abs(tenths) >= 100 && Math.abs(share) < 1) {
            tenths = Math.signum(share) * 99.9;
        } else if (tenths == 0 && share != 0) {
            tenths = Math.signum(share) * 0.1;
        }
        return decimals1.format(tenths) + "%";
    }

    public String count(double value) {
        return whole.format(Math.round(value));
    }

    public String population(long value) {
        return whole.format(value);
    }

    /**
     * A size class as every view, slide, map legend and export says it: "minder dan 20.000",
     * "20.000 tot 50.000", "100.000 of meer" (the shared vocabulary's words).
     */
    public String sizeClass(nl.taakdiff.model.SizeClass c) {
        return classWords.sizeClass(c);
    }

    /** {@link #sizeClass} broken into two lines at the space nearest its middle, for chart and column labels. */
    public String sizeClassTwoLines(nl.taakdiff.model.SizeClass c) {
        return ColumnFit.atMiddleSpace(sizeClass(c));
    }

    /** A value of a metric in its unit. */
    public String value(Unit unit, double value, boolean compact) {
        return switch (unit) {
            case MONEY -> compact ? moneyCompact(value) : money(value);
            case COUNT -> count(value);
            case SHARE -> percent(value);
        };
    }

    /** A signed difference in the metric's unit: {@code +€ 12,34}, {@code −3}, {@code +1,5 pp}. */
    public String delta(Unit unit, double delta, boolean compact) {
        boolean zero = switch (unit) {
            case MONEY -> isZero(delta, compact ? 0.5 : 0.005);
            case COUNT -> Math.round(delta) == 0;
            case SHARE -> isZero(delta, 0.0005);
        };
        if (zero) {
            return "±0";
        }
        String sign = delta > 0 ? "+" : String.valueOf(MINUS);
        double abs = Math.abs(delta);
        return sign + switch (unit) {
            case MONEY -> compact ? moneyCompact(abs) : money(abs);
            case COUNT -> count(abs);
            case SHARE -> decimals1.format(abs * 100) + (dutch ? " %-punt" : " pp");
        };
    }

    /** A signed relative change: {@code +2,5%}. */
    public String deltaPercent(Double share) {
        if (share == null) {
            return "";
        }
        if (isZero(share, 0.0005)) {
            return "±0%";
        }
        return (share > 0 ? "+" : String.valueOf(MINUS)) + decimals1.format(Math.abs(share) * 100) + "%";
    }

    private static boolean isZero(double value, double tolerance) {
        return Math.abs(value) < tolerance;
    }
}
