package nl.taakdiff.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Something to read CSV from, with the name that messages use for it. */
public final class CsvSource {
    /** Opens the bytes of a source; may throw when a file cannot be read. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    public CsvSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public static CsvSource of(Path file) {
        return new CsvSource(file.toString(), () -> {
            if (Files.isDirectory(file)) {
                throw FileErrors.cannotRead(file, new IOException("Is a directory"));
            }
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw FileErrors.cannotRead(file, e);
            }
        });
    }

    public static CsvSource ofString(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new CsvSource(name, () -> new ByteArrayInputStream(bytes));
    }

    /** A file shipped inside the application (from the project's data folder). */
    public static CsvSource bundled(String fileName) {
        String resource = "/nl/taakdiff/data/" + fileName;
        return new CsvSource(fileName + " (bundled)", () -> {
            InputStream in = CsvSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("bundled file " + fileName + " is missing from the application");
            }
            return in;
        });
    }

    public String name() {
        return name;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
