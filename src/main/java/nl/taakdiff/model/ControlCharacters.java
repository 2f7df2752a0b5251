package nl.taakdiff.model;

import java.util.Optional;

/** Names must be one line of visible text; this says which invisible character a name has. */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The first control character in {@code text}, in words ("a tab", "a line break", "control character U+0007"). */
    public static Optional<String> first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of(switch (c) {
                    case '\t' -> "a tab";
                    case '\n', '\r' -> "a line break";
                    default -> String.format("control character U+%04X", (int) c);
                });
            }
        }
        return Optional.empty();
    }
}
