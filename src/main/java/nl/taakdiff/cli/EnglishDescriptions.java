package nl.taakdiff.cli;

import java.util.List;
import java.util.Locale;
import nl.taakdiff.engine.AssumptionDiff;
import nl.taakdiff.io.DemoDescription;

/**
 * Scenario descriptions as the command line shows them: a shipped demo description in English,
 * like the rest of the output, whichever language the workbook stores it in; the analyst's own
 * text as written. The round-trip commands ({@code scenario export}, {@code workbook export}) do
 * not use this: they keep the stored text.
 */
final class EnglishDescriptions {
    private EnglishDescriptions() {
    }

    static String of(String stored) {
        return DemoDescription.shown(stored, Locale.ENGLISH);
    }

    /** The differences with their description row in English, and without it where both sides then read the same. */
    static List<AssumptionDiff> in(List<AssumptionDiff> diffs) {
        return diffs.stream()
                .map(d -> d.kind() == AssumptionDiff.Kind.DESCRIPTION
                        ? new AssumptionDiff(d.kind(), d.key(), of(d.left()), of(d.right())) : d)
                .filter(d -> d.kind() != AssumptionDiff.Kind.DESCRIPTION || !d.left().equals(d.right()))
                .toList();
    }
}
