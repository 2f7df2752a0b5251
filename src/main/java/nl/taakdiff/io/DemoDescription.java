package nl.taakdiff.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.taakdiff.engine.Vocabulary;

/**
 * The descriptions of the demo scenarios shipped with the app, in Dutch and English: the one place
 * of these texts for the default workbook that stores them and for the desktop app and the exports
 * that show them. A new workbook stores the Dutch text, one made by an older release the English
 * text; while a description is still one of these texts it is shown in the reader's language. Any
 * other description is the analyst's own and is shown as written.
 *
 * <p>A workbook keeps the text it was given, so a text reworded here would no longer be recognised
 * in the workbooks that store the old one: keep the old wording recognised when changing one.
 */
public enum DemoDescription {
    CURRENT_SITUATION("Elke gemeente voert hetzelfde takenpakket uit, zoals nu.",
            "Every municipality carries the same task package, as today."),
    DIFFERENTIATED("Kleine gemeenten dragen schaalgevoelige taken over aan een centrumgemeente of de regio.",
            "Small municipalities pass scale-sensitive tasks to a centre municipality or the region.");

    private final String dutch;
    private final String english;

    DemoDescription(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The text a new workbook stores: Dutch, like the scenarios' names. */
    public String stored() {
        return dutch;
    }

    /** The text in a language: Dutch for a Dutch locale, English for any other. */
    public String in(Locale locale) {
        return Vocabulary.supported(locale).equals(Vocabulary.DUTCH) ? dutch : english;
    }

    /** The shipped description a stored text is, in either language; empty for the analyst's own. */
    public static Optional<DemoDescription> of(String stored) {
        return Arrays.stream(values()).filter(d -> d.dutch.equals(stored) || d.english.equals(stored)).findFirst();
    }

    /** The description to show in a language: a shipped one in that language, any other as written. */
    public static String shown(String stored, Locale locale) {
        return of(stored).map(d -> d.in(locale)).orElse(stored);
    }
}
