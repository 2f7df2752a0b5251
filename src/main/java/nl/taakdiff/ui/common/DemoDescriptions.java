package nl.taakdiff.ui.common;

import java.util.Map;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.transfer.DefaultWorkbook;

/**
 * The descriptions of the shipped demo scenarios in the UI's language. A workbook stores them in
 * Dutch (older workbooks in English); while a scenario's description is still one of those shipped
 * texts the UI shows its own language's text, and a description the analyst wrote is shown as
 * written. Scenario names are never translated: they are what the workbook, the journal and the
 * command line know the scenario by.
 */
public final class DemoDescriptions {
    private static final String OLD_CURRENT = "Every municipality carries the same task package, as today.";
    private static final String OLD_DIFFERENTIATED =
            "Small municipalities pass scale-sensitive tasks to a centre municipality or the region.";
    private static final Map<String, String> KEYS = Map.of(
            DefaultWorkbook.CURRENT_SITUATION_DESCRIPTION, "demo.description.current",
            OLD_CURRENT, "demo.description.current",
            DefaultWorkbook.DIFFERENTIATED_DESCRIPTION, "demo.description.differentiated",
            OLD_DIFFERENTIATED, "demo.description.differentiated");

    private DemoDescriptions() {
    }

    /** The description to show for a scenario. */
    public static String shown(Scenario scenario, Messages messages) {
        String key = KEYS.get(scenario.description());
        return key == null ? scenario.description() : messages.get(key);
    }
}
