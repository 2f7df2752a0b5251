package nl.taakdiff.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the main classes small enough to read in one go. A source file over {@value #LIMIT} lines
 * must say why before its type declaration, in a comment containing {@value #MARKER}; without that
 * it should be split along its concerns.
 */
class ClassSizeTest {
    static final int LIMIT = 500;
    static final String MARKER = "Over 500 lines because";
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void everyLongMainClassSaysWhyAtItsTop() throws IOException {
        assertThat(SOURCES).isDirectory();
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() > LIMIT && !explainsItsSize(lines)) {
                    unexplained.add(SOURCES.relativize(file) + " (" + lines.size() + " lines)");
                }
            }
        }
        assertThat(unexplained).as("main classes over %d lines without a reason at their top", LIMIT).isEmpty();
    }

    @Test
    void aReasonCountsOnlyBeforeTheTypeDeclaration() {
        assertThat(explainsItsSize(List.of("package a;", "/** Over 500 lines because one table. */",
                "public final class A {"))).isTrue();
        assertThat(explainsItsSize(List.of("package a;", "public final class A {",
                "    // Over 500 lines because of nothing in particular"))).isFalse();
    }

    /** Whether a comment before the first top-level type declaration gives the reason. */
    static boolean explainsItsSize(List<String> lines) {
        for (String line : lines) {
            if (line.contains(MARKER)) {
                return true;
            }
            if (line.matches("(public |final |abstract |sealed |non-sealed )*(class|interface|record|enum) .*")) {
                return false;
            }
        }
        return false;
    }
}
