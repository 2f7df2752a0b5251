package nl.taakdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Without a display the desktop app says so in one line instead of a JavaFX stack trace. */
class DisplayCheckTest {
    @Test
    void judgesFromTheEnvironment() {
        assertThat(DisplayCheck.problem("Linux", Map.of(), null)).contains(DisplayCheck.MESSAGE);
        assertThat(DisplayCheck.problem("Linux", Map.of("DISPLAY", ""), null)).isPresent();
        assertThat(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":0"), null)).isEmpty();
        assertThat(DisplayCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isEmpty();
        assertThat(DisplayCheck.problem("Linux", Map.of(), "Monocle")).isEmpty();
        assertThat(DisplayCheck.problem("Windows 11", Map.of(), null)).isEmpty();
        assertThat(DisplayCheck.problem("Mac OS X", Map.of(), null)).isEmpty();
    }

    @Test
    void knowsJavaFxsNoDisplayFailureAlsoWhenWrapped() {
        var noDisplay = new UnsupportedOperationException("Unable to open DISPLAY");
        assertThat(DisplayCheck.isNoDisplay(noDisplay)).isTrue();
        assertThat(DisplayCheck.isNoDisplay(new RuntimeException("Exception in Application start method", noDisplay)))
                .isTrue();
        assertThat(DisplayCheck.isNoDisplay(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .isFalse();
        assertThat(DisplayCheck.isNoDisplay(new IllegalStateException("Unable to open DISPLAY"))).isFalse();
    }

    @Test
    void theLauncherPrintsOneLineAndExits2() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName());
        builder.environment().put("DISPLAY", "");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process child = builder.start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(err.lines()).containsExactly(DisplayCheck.MESSAGE);
            assertThat(child.exitValue()).isEqualTo(DisplayCheck.NO_DISPLAY);
        } finally {
            child.destroyForcibly();
        }
    }
}
