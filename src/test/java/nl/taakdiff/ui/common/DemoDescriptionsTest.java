package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.transfer.DefaultWorkbook;
import org.junit.jupiter.api.Test;

class DemoDescriptionsTest {
    private static Scenario described(String description) {
        return new Scenario(DefaultWorkbook.CURRENT_SITUATION, description, Tiering.DEFAULT, List.of(), List.of(),
                Overheads.DEFAULT);
    }

    @Test
    void theShippedDescriptionsReadInTheUisLanguage() {
        Messages dutch = new Messages(Messages.DUTCH);
        Messages english = new Messages(Messages.ENGLISH);
        Scenario stored = described(DefaultWorkbook.CURRENT_SITUATION_DESCRIPTION);
        assertThat(DemoDescriptions.shown(stored, dutch)).isEqualTo(DefaultWorkbook.CURRENT_SITUATION_DESCRIPTION);
        assertThat(DemoDescriptions.shown(stored, english))
                .isEqualTo("Every municipality carries the same task package, as today.");
        assertThat(DemoDescriptions.shown(described(DefaultWorkbook.DIFFERENTIATED_DESCRIPTION), english))
                .startsWith("Small municipalities");
    }

    @Test
    void anOlderWorkbooksEnglishDescriptionReadsDutchInTheDutchUi() {
        Scenario old = described("Small municipalities pass scale-sensitive tasks to a centre municipality or the region.");
        assertThat(DemoDescriptions.shown(old, new Messages(Messages.DUTCH)))
                .isEqualTo(DefaultWorkbook.DIFFERENTIATED_DESCRIPTION);
    }

    @Test
    void aDescriptionTheAnalystWroteIsShownAsWritten() {
        Scenario own = described("Mijn eigen idee");
        assertThat(DemoDescriptions.shown(own, new Messages(Messages.ENGLISH))).isEqualTo("Mijn eigen idee");
    }
}
