package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("nl/taakdiff/test/settings-" + System.nanoTime());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void remembersTheLanguage() {
        assertThat(settings.language()).isEmpty();
        settings.setLanguage(Messages.DUTCH);
        assertThat(new Settings(node).startLocale()).isEqualTo(Messages.DUTCH);
    }

    @Test
    void recentWorkbooksNewestFirstWithoutDuplicates() {
        settings.addRecentWorkbook(Path.of("a.taakdiff"));
        settings.addRecentWorkbook(Path.of("b.taakdiff"));
        settings.addRecentWorkbook(Path.of("a.taakdiff"));
        assertThat(settings.recentWorkbooks()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.taakdiff", "b.taakdiff");
    }
}
