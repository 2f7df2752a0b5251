package nl.taakdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.Table;
import nl.taakdiff.io.TableWriter;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --out}: where and how a result table goes. */
final class OutputOptions {
    /** Output formats as typed on the command line. */
    enum OutputFormat { csv, text }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or text (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path out;

    TableWriter.Format format() {
        return format == OutputFormat.csv ? TableWriter.Format.CSV : TableWriter.Format.TEXT;
    }

    /** Writes the table; a file is written whole or not at all. */
    void write(Table table, PrintWriter stdout) throws IOException {
        TableWriter.Format f = format();
        if (out == null) {
            TableWriter.write(table, f, stdout);
        } else {
            AtomicFiles.writeUtf8(out, w -> TableWriter.write(table, f, w));
        }
    }
}
