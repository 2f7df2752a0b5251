package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports stream: 20,000 municipalities fit in a 96 MB heap (before, XLSX and PDF held the whole
 * workbook or document and needed gigabytes for 100,000), so memory grows with a page or a window
 * of rows, not with the data set.
 */
class ExportMemoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "pdf"})
    void twentyThousandMunicipalitiesFitInASmallHeap(String format) throws Exception {
        Path out = dir.resolve("big." + format);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx96m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), ExportMemoryChild.class.getName(), format, "20000",
                out.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("peak heap");
        assertThat(Files.size(out)).isGreaterThan(400_000);
    }
}
