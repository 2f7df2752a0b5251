package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.model.Level;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(Messages.bundle(Messages.ENGLISH).keySet());
        Set<String> dutch = new TreeSet<>(Messages.bundle(Messages.DUTCH).keySet());
        assertThat(dutch).isEqualTo(english);
    }

    @Test
    void everyLevelAndMetricHasAName() {
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (Level level : Level.values()) {
                assertThat(bundle.containsKey("level." + level.code())).isTrue();
            }
            for (Metric metric : Metric.values()) {
                assertThat(bundle.containsKey("metric." + metric.key())).as(metric.key()).isTrue();
            }
        }
    }

    @Test
    void defaultIsDutchOnlyForADutchSystem() {
        assertThat(Messages.defaultFor(Locale.forLanguageTag("nl-BE"))).isEqualTo(Messages.DUTCH);
        assertThat(Messages.defaultFor(Locale.GERMANY)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.defaultFor(Locale.US)).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void switchingLanguageChangesTextsAndFormats() {
        Messages messages = new Messages(Messages.ENGLISH);
        assertThat(messages.level(Level.STATE)).isEqualTo("State");
        messages.setLocale(Messages.DUTCH);
        assertThat(messages.level(Level.STATE)).isEqualTo("Rijk");
        assertThat(messages.formats().money(1234.56)).isEqualTo("€ 1.234,56");
        assertThat(messages.get("library.delete.header", "X")).isEqualTo("Het scenario X verwijderen?");
        assertThat(messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
