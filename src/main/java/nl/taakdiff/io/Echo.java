package nl.taakdiff.io;

/**
 * A value from the input, quoted for a message: shortened when long and with control characters
 * made visible, so one bad field never floods a terminal or breaks a message over lines.
 */
public final class Echo {
    /** Longest echoed value, in characters, before it is cut off. */
    public static final int MAX = 60;

    private Echo() {
    }

    /** {@code 'value'}, cut to {@value #MAX} characters with an ellipsis, control characters escaped. */
    public static String quote(String value) {
        return "'" + visible(value) + "'";
    }

    /** The text with control characters made visible, not shortened (for whole messages). */
    public static String escape(String text) {
        return escape(text, Integer.MAX_VALUE);
    }

    /** The value cut to {@value #MAX} characters, control characters written as {@code \t}, {@code \n}, {@code \u0007}. */
    public static String visible(String value) {
        return escape(value, MAX);
    }

    private static String escape(String value, int max) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown == max) {
                sb.append("… (").append(value.length()).append(" characters)");
                break;
            }
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
            shown++;
        }
        return sb.toString();
    }
}
