package nl.taakdiff.io;

import java.util.HashMap;
import java.util.Map;

/** One copy of each distinct text read from a file (codes repeat on every row). */
final class Strings {
    private static final int MAX_DISTINCT = 100_000;
    private final Map<String, String> seen = new HashMap<>();

    String of(String text) {
        if (seen.size() >= MAX_DISTINCT) {
            String known = seen.get(text);
            return known != null ? known : text;
        }
        String known = seen.putIfAbsent(text, text);
        return known != null ? known : text;
    }
}
