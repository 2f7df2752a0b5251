package nl.taakdiff.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Real file systems for tests of full disks and read-only media: a small tmpfs mounted on a
 * folder, optionally made read-only. Needs root (CI runs as root); elsewhere the test is skipped.
 */
public final class Mounts implements AutoCloseable {
    private final Path dir;

    private Mounts(Path dir) {
        this.dir = dir;
    }

    /** A tmpfs of {@code size} (e.g. {@code "256k"}) on {@code dir}, or the test is skipped. */
    public static Mounts tmpfs(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()),
                "cannot mount a tmpfs here (needs root)");
        return new Mounts(dir);
    }

    /** Makes the mounted file system read-only; skips the test when that is not possible. */
    public void readOnly() throws IOException, InterruptedException {
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", dir.toString()), "cannot remount read-only here");
    }

    public void writable() throws IOException, InterruptedException {
        run("mount", "-o", "remount,rw", dir.toString());
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
