package nl.taakdiff.testing;

/**
 * The shipped demo descriptions as a reader expects them, written out by hand rather than read
 * from the table the app uses, so that a test catches a text that changed there.
 */
public final class DemoTexts {
    public static final String CURRENT_NL = "Elke gemeente voert hetzelfde takenpakket uit, zoals nu.";
    public static final String CURRENT_EN = "Every municipality carries the same task package, as today.";
    public static final String DIFFERENTIATED_NL =
            "Kleine gemeenten dragen schaalgevoelige taken over aan een centrumgemeente of de regio.";
    public static final String DIFFERENTIATED_EN =
            "Small municipalities pass scale-sensitive tasks to a centre municipality or the region.";

    private DemoTexts() {
    }
}
