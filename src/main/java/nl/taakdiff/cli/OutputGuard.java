package nl.taakdiff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.io.Echo;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Refuses, as wrong usage, an output file that is one of the command's inputs or another of its
 * outputs, however it is spelt: a relative path, {@code ..}, a symbolic link or a hard link all
 * lead to the same file, so files are compared as the file system sees them.
 */
final class OutputGuard {
    private final Map<String, Path> inputs = new LinkedHashMap<>();
    private final Map<String, Path> outputs = new LinkedHashMap<>();

    OutputGuard input(String option, Path file) {
        if (file != null) {
            inputs.put(option + " " + file, file);
        }
        return this;
    }

    OutputGuard inputs(String option, List<Path> files) {
        if (files != null) {
            files.forEach(f -> input(option, f));
        }
        return this;
    }

    OutputGuard output(String option, Path file) {
        if (file != null) {
            outputs.put(option + " " + file, file);
        }
        return this;
    }

    /** Throws a usage error when an output is an input or two outputs are one file. */
    void check(CommandSpec spec) {
        List<Map.Entry<String, Path>> seen = new ArrayList<>();
        for (Map.Entry<String, Path> out : outputs.entrySet()) {
            for (Map.Entry<String, Path> in : inputs.entrySet()) {
                if (sameExistingFile(out.getValue(), in.getValue())) {
                    throw new ParameterException(spec.commandLine(), Echo.escape(out.getKey())
                            + " would overwrite the input " + Echo.escape(in.getKey()) + "; choose another output file");
                }
            }
            for (Map.Entry<String, Path> earlier : seen) {
                if (samePlace(out.getValue(), earlier.getValue())) {
                    throw new ParameterException(spec.commandLine(), Echo.escape(out.getKey()) + " and "
                            + Echo.escape(earlier.getKey()) + " are the same file; give each output its own file");
                }
            }
            seen.add(out);
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The same file, or (for files yet to be written) the same name in the same real folder. */
    private static boolean samePlace(Path a, Path b) {
        if (sameExistingFile(a, b)) {
            return true;
        }
        return place(a).equals(place(b));
    }

    private static Path place(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
