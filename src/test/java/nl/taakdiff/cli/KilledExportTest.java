package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.taakdiff.io.export.ExportMemoryChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF export killed with SIGKILL while it writes leaves a hidden temporary file; the next export
 * into that folder removes it (its writer's lock died with the process).
 */
class KilledExportTest {
    @TempDir
    Path dir;

    private List<Path> hidden() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void theNextExportRemovesWhatAKilledOneLeft() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ExportMemoryChild.class.getName(), "pdf", "60000", dir.resolve("big.pdf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (hidden().isEmpty() || Files.size(hidden().get(0)) < 50_000) {
                assertThat(System.nanoTime()).as("the child starts writing").isLessThan(deadline);
                assertThat(child.isAlive()).as("the child is still writing").isTrue();
                Thread.sleep(100);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor(30, TimeUnit.SECONDS);
        }
        List<Path> left = hidden();
        assertThat(left).hasSize(1);
        assertThat(dir.resolve("big.pdf")).doesNotExist();
        // as if the killed export ran before this process (here: the test's) started
        Files.setLastModifiedTime(left.get(0), FileTime.from(
                ProcessHandle.current().info().startInstant().orElseThrow().minusSeconds(3600)));

        CliHarness cli = new CliHarness();
        assertThat(cli.run("export", "--baseline", "data/scenarios/current-situation.csv", "--alternative",
                "data/scenarios/differentiated-by-scale.csv", "--format", "csv", "--out",
                dir.resolve("next.csv").toString())).as(cli.err()).isZero();
        assertThat(hidden()).isEmpty();
    }
}
