package nl.taakdiff.io;

import java.util.Objects;

/** A problem with input, located in a file (or option) and line; line 0 means the whole source. */
public record SourceProblem(String source, long line, String message) {
    public SourceProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE: message}, or {@code FILE: message} without a line. */
    public String format() {
        // One problem, one line: a control character from the input never breaks the report.
        String text = Echo.escape(message);
        return line > 0 ? source + ":" + line + ": " + text : source + ": " + text;
    }

    @Override
    public String toString() {
        return format();
    }
}
