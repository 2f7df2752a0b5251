package nl.taakdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built app started as a user does, in a JVM of its own with the real GTK toolkit (no
 * Monocle), on a display that is set but cannot be opened: one line on stderr that says which
 * display and why, no stack trace, and exit status 2.
 */
class CannotOpenDisplayTest {
    private static final String TAIL = "; the commands work without a display: run 'taakdiff --help'";
    private static final Path X_SOCKETS = Path.of("/tmp/.X11-unix");

    @TempDir
    Path dir;

    private record Ended(int status, List<String> err) {
    }

    @Test
    void aDisplayWithoutServerIsNamedWithTheReason() throws Exception {
        int display = unusedLocalDisplay();
        Ended ended = start(":" + display);
        assertThat(ended.status()).isEqualTo(DisplayCheck.NO_DISPLAY);
        assertThat(ended.err()).containsExactly("taakdiff: the desktop app could not open the display :" + display
                + ": no X server is running on it (there is no /tmp/.X11-unix/X" + display + ")" + TAIL);
        assertNoStackTrace(ended.err());
    }

    @Test
    void openingAWorkbookOnSuchADisplayEndsTheSameWay() throws Exception {
        Path workbook = Files.createFile(dir.resolve("studie.taakdiff"));
        int display = unusedLocalDisplay();
        Ended ended = start(":" + display, workbook.toString());
        assertThat(ended.status()).isEqualTo(DisplayCheck.NO_DISPLAY);
        assertThat(ended.err()).hasSize(1).allMatch(line -> line.startsWith(
                "taakdiff: the desktop app could not open the display :" + display + ": no X server"));
    }

    @Test
    void aServerThatRefusesIsSaidToRefuse() throws Exception {
        String reason = "Taakdiff test: no permission";
        try (RefusingXServer server = RefusingXServer.start(900, reason)) {
            Ended ended = start(server.displayName());
            assertThat(ended.status()).isEqualTo(DisplayCheck.NO_DISPLAY);
            List<String> err = ended.err();
            assertThat(err).last().isEqualTo("taakdiff: the desktop app could not open the display "
                    + server.displayName() + ": the X server there did not accept the connection"
                    + " (usually no permission for this user: see XAUTHORITY or xhost)" + TAIL);
            // Xlib itself prints the server's reason before JavaFX gives up; that is the only other output
            assertThat(err.subList(0, err.size() - 1)).allMatch(reason::equals);
            assertNoStackTrace(err);
        }
    }

    private static void assertNoStackTrace(List<String> err) {
        assertThat(err).noneMatch(line -> line.contains("Exception") || line.strip().startsWith("at "));
    }

    /** A display number with no X socket, from 987 on. */
    private static int unusedLocalDisplay() {
        int n = 987;
        while (Files.exists(X_SOCKETS.resolve("X" + n))) {
            n++;
        }
        return n;
    }

    /** Runs the Launcher with the test's class path and no Monocle, its user data in the temporary folder. */
    private Ended start(String display, String... args) throws Exception {
        Path prefs = Files.createDirectories(dir.resolve("prefs"));
        Files.createDirectories(prefs.resolve(".java").resolve(".userPrefs")); // else Java logs that it made it
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + prefs,
                "-Dtaakdiff.data.dir=" + dir.resolve("data"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // the JVM would announce it on stderr
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        Path err = dir.resolve("stderr.txt");
        builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process child = builder.start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the app ended by itself").isTrue();
            return new Ended(child.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
