package nl.taakdiff.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that saves in a loop with SIGKILL at random moments, many times; afterwards the
 * file passes {@code PRAGMA integrity_check} and holds every version the child reported as saved.
 */
class CrashSafetyTest {
    private static final int RUNS = 14;

    @TempDir
    Path dir;

    @Test
    void killedWritersLoseNothingTheyReportedAsSaved() throws Exception {
        Path file = dir.resolve("crash.taakdiff");
        try (Workbook wb = Workbook.create(file, Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.uniform("S"));
        }
        Random random = new Random(20200312L);
        List<String> reported = Collections.synchronizedList(new ArrayList<>());
        int killedWhileSaving = 0;
        for (int run = 0; run < RUNS; run++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), file.toString(), "r" + run)
                    .redirectError(dir.resolve("child-" + run + ".err").toFile())
                    .start();
            CountDownLatch ready = new CountDownLatch(1);
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                        if (line.equals("ready")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the pipe closes when the child dies
                }
            });
            reader.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("child %d started: %s", run, lines).isTrue();
            Thread.sleep(100 + random.nextInt(800));
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(10_000);
            synchronized (lines) {
                for (String line : lines) {
                    if (line.startsWith("saved ")) {
                        reported.add(line.substring(6));
                    } else {
                        assertThat(line).as("child output").isEqualTo("ready");
                    }
                }
                if (lines.stream().anyMatch(l -> l.startsWith("saved "))) {
                    killedWhileSaving++;
                }
            }
        }
        // loose bounds, so a loaded CI machine does not make the test flaky; typically every run saves dozens
        assertThat(killedWhileSaving).as("runs that saved before the kill").isGreaterThanOrEqualTo(3);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (Workbook wb = Workbook.open(file)) {
            Set<String> labels = new HashSet<>();
            wb.versions("S").forEach(v -> labels.add(v.label()));
            assertThat(labels).containsAll(reported);
            assertThat(reported).hasSizeGreaterThanOrEqualTo(RUNS);
            System.out.printf("crash test: %d runs killed, %d versions reported saved, all present%n", RUNS,
                    reported.size());
            // the journal and current state are consistent: undo still works
            assertThat(wb.undo("S")).isPresent();
        }
        assertThat(new File(dir.toFile(), "crash.taakdiff").length()).isPositive();
    }

    @Test
    void aSecondProcessGetsTheWorkbookReadOnly() throws Exception {
        Path file = dir.resolve("shared.taakdiff");
        try (Workbook wb = Workbook.create(file, Fixtures.dataset(), Fixtures.tasks())) {
            wb.createScenario(Fixtures.uniform("S"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), file.toString(), "other")
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(output).startsWith("read-only ").contains("open in another Taakdiff");
            assertThat(wb.versions("S")).isEmpty();
            assertThat(wb.scenario("S")).isEqualTo(Fixtures.uniform("S"));
        }
    }
}
