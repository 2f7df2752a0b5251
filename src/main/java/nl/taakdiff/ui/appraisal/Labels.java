package nl.taakdiff.ui.appraisal;

/** Numbers of the appraisal controls as typed. */
final class Labels {
    private Labels() {
    }

    /** A number as typed in the UI language: decimal comma in Dutch, no grouping, up to six decimals. */
    static String plain(java.util.Locale locale, double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(6);
        return f.format(value);
    }
}
