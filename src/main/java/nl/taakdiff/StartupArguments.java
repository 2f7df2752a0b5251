package nl.taakdiff;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells from the command-line arguments whether the desktop app or the CLI runs: no arguments, or
 * one argument that names an existing workbook file, opens the desktop app; anything else is a
 * command. The file must end in {@code .taakdiff}, so a file that happens to be called like a
 * command (say {@code evaluate}) in the current folder never turns a command into a window.
 */
public final class StartupArguments {
    static final String WORKBOOK_EXTENSION = ".taakdiff";

    private StartupArguments() {
    }

    public static boolean isDesktop(String... args) {
        return args.length == 0 || workbook(args).isPresent();
    }

    /**
     * The workbook to open when the only argument is a path to an existing {@code .taakdiff} file,
     * or a {@code file:} URI of one (desktop environments hand a double-clicked file over either way).
     */
    public static Optional<Path> workbook(String... args) {
        if (args.length != 1 || args[0].isBlank() || args[0].startsWith("-")) {
            return Optional.empty();
        }
        Optional<Path> path = toPath(args[0]);
        return path.filter(p -> p.getFileName() != null
                        && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(WORKBOOK_EXTENSION))
                .filter(Files::isRegularFile)
                .map(Path::toAbsolutePath);
    }

    private static Optional<Path> toPath(String argument) {
        try {
            if (argument.regionMatches(true, 0, "file:", 0, 5)) {
                return Optional.of(Path.of(URI.create(argument)));
            }
            return Optional.of(Path.of(argument));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty(); // not a path on this system (InvalidPathException is one of these)
        }
    }
}
