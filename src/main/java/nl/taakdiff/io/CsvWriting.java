package nl.taakdiff.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The project's CSV dialect for writing: comma, minimal quoting, LF line ends (stable across OSes). */
public final class CsvWriting {
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private CsvWriting() {
    }

    public static CSVPrinter printer(Writer out, List<String> header) throws IOException {
        return new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
