package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    @Test
    void scenarioAndTasksRoundTripWithAwkwardText() {
        Scenario s = Fixtures.differentiated("Naam met\ttab, \\backslash en \"aanhalingstekens\"")
                .withDescription("regel 1\r\nregel 2\\n niet escaped\n");
        assertThat(Documents.parseScenario(Documents.scenario(s))).isEqualTo(s);
        List<Task> tasks = List.of(new Task("A", "naam\tmet tab", "d\nx", 0.1 + 0.2, 1e-9, 0, "r", ""));
        assertThat(Documents.parseTasks(Documents.tasks(tasks))).isEqualTo(tasks);
    }

    @Test
    void packedStatesAreSmallerAndReadBackExactly() {
        String doc = Documents.scenario(Fixtures.differentiated("S"));
        byte[] packed = Documents.pack(doc);
        assertThat(packed.length).isLessThan(doc.length());
        assertThat(Documents.unpack(packed)).isEqualTo(doc);
        assertThat(Documents.unpack(doc.getBytes(StandardCharsets.UTF_8))).as("plain text is read too").isEqualTo(doc);
        assertThatThrownBy(() -> Documents.unpack(Arrays.copyOf(packed, packed.length / 2)))
                .isInstanceOf(IllegalStateException.class);
    }
}
