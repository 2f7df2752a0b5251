package nl.taakdiff.io;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.CURRENT_NL;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_EN;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemoDescriptionTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    @Test
    void aNewWorkbookStoresTheDutchTexts() {
        assertThat(DemoDescription.CURRENT_SITUATION.stored()).isEqualTo(CURRENT_NL);
        assertThat(DemoDescription.DIFFERENTIATED.stored()).isEqualTo(DIFFERENTIATED_NL);
    }

    @Test
    void theStoredDutchTextReadsInEitherLanguage() {
        assertThat(DemoDescription.shown(CURRENT_NL, DUTCH)).isEqualTo(CURRENT_NL);
        assertThat(DemoDescription.shown(CURRENT_NL, ENGLISH)).isEqualTo(CURRENT_EN);
        assertThat(DemoDescription.shown(DIFFERENTIATED_NL, ENGLISH)).isEqualTo(DIFFERENTIATED_EN);
        // any language but Dutch reads English
        assertThat(DemoDescription.shown(DIFFERENTIATED_NL, Locale.GERMANY)).isEqualTo(DIFFERENTIATED_EN);
        assertThat(DemoDescription.shown(DIFFERENTIATED_NL, Locale.forLanguageTag("nl-BE"))).isEqualTo(DIFFERENTIATED_NL);
    }

    @Test
    void anOlderWorkbooksEnglishTextReadsDutchInDutch() {
        assertThat(DemoDescription.of(DIFFERENTIATED_EN)).contains(DemoDescription.DIFFERENTIATED);
        assertThat(DemoDescription.shown(DIFFERENTIATED_EN, DUTCH)).isEqualTo(DIFFERENTIATED_NL);
        assertThat(DemoDescription.shown(CURRENT_EN, DUTCH)).isEqualTo(CURRENT_NL);
        assertThat(DemoDescription.shown(CURRENT_EN, ENGLISH)).isEqualTo(CURRENT_EN);
    }

    @Test
    void aDescriptionTheAnalystWroteIsShownAsWritten() {
        assertThat(DemoDescription.of("Mijn eigen idee")).isEmpty();
        assertThat(DemoDescription.shown("Mijn eigen idee", ENGLISH)).isEqualTo("Mijn eigen idee");
        // an edited shipped text is the analyst's own, even when only a full stop is gone
        String edited = CURRENT_NL.substring(0, CURRENT_NL.length() - 1);
        assertThat(DemoDescription.shown(edited, ENGLISH)).isEqualTo(edited);
        assertThat(DemoDescription.shown("", ENGLISH)).isEmpty();
    }
}
