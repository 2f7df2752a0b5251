package nl.taakdiff.io;

import java.util.regex.Pattern;

/**
 * Guards against formula injection (CSV injection): a text cell that a spreadsheet would take for
 * a formula — it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return — is prefixed with an apostrophe, as OWASP recommends. Numbers are never touched: a
 * negative amount stays a number.
 */
public final class SpreadsheetSafety {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SpreadsheetSafety() {
    }

    /** True when a spreadsheet could execute this text as a formula. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text, prefixed with {@code '} when it is dangerous. */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }

    /** A plain machine-format number such as {@code -12.50}: the form of numeric table cells. */
    public static boolean isPlainNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}
