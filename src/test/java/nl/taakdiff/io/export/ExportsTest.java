package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    Path temp;

    @Test
    void everyFormatWritesItsFiles() throws Exception {
        for (Exports.Format format : Exports.Format.values()) {
            Path out = temp.resolve("all-" + format.code() + format.extension());
            List<Path> files = Exports.write(format, ExportFixtures.demo(), out);
            assertThat(files).as(format.code()).isNotEmpty().allSatisfy(f -> assertThat(f).isNotEmptyFile());
        }
        try (var s = Files.list(temp)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().endsWith(".part")).count()).isZero();
        }
        assertThat(Exports.Format.parse("CSV-Excel-NL")).contains(Exports.Format.CSV_EXCEL_NL);
        assertThat(Exports.Format.parse("docx")).isEmpty();
    }
}
