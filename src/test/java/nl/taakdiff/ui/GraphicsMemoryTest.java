package nl.taakdiff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starts on a display without graphics hardware skip JavaFX's try of the hardware, but not for good. */
class GraphicsMemoryTest {
    private final Preferences node = Preferences.userRoot().node("nl/taakdiff/test/graphics-" + System.nanoTime());

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
    }

    /** The prism.order of each of {@code count} starts, each ending as {@code hardware} says. */
    private List<String> starts(String display, int count, boolean hardware) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Properties system = new Properties();
            GraphicsMemory memory = new GraphicsMemory(node, display);
            memory.chooseBeforeStart(system);
            orders.add(system.getProperty(GraphicsMemory.ORDER, "default"));
            memory.remember(hardware, system);
        }
        return orders;
    }

    @Test
    void afterAStartInSoftwareTheNextStartsAskForSoftwareAndEveryTenthTriesTheHardware() {
        List<String> orders = starts(":99", 21, false);

        assertThat(orders.get(0)).isEqualTo("default");
        assertThat(orders.subList(1, 10)).containsOnly("sw");
        assertThat(orders.get(10)).isEqualTo("default");
        assertThat(orders.subList(11, 20)).containsOnly("sw");
        assertThat(orders.get(20)).isEqualTo("default");
    }

    @Test
    void hardwareThatWorksIsAlwaysTriedAndAnotherDisplayIsAskedAfresh() {
        starts(":99", 1, false);

        assertThat(starts(":0", 3, true)).containsOnly("default");
        assertThat(starts(":99", 1, true)).containsExactly("sw");
        assertThat(starts(":99", 2, true)).as("once the hardware worked, it is tried again").containsOnly("default");
    }

    @Test
    void anOrderTheUserGaveIsNeitherReplacedNorRemembered() {
        for (int i = 0; i < 3; i++) {
            Properties system = new Properties();
            system.setProperty(GraphicsMemory.ORDER, "es2");
            GraphicsMemory memory = new GraphicsMemory(node, ":1");
            memory.chooseBeforeStart(system);
            assertThat(system.getProperty(GraphicsMemory.ORDER)).isEqualTo("es2");
            memory.remember(false, system);
        }
        assertThat(starts(":1", 1, false)).containsExactly("default");
    }
}
