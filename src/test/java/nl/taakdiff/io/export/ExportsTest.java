package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            ExportInput input = format.needsUncertainty() ? ExportFixtures.withUncertainty(ExportFixtures.demo())
                    : ExportFixtures.demo();
            List<Path> files = Exports.write(format, input, out);
            assertThat(files).as(format.code()).isNotEmpty().allSatisfy(f -> assertThat(f).isNotEmptyFile());
        }
        try (var s = Files.list(temp)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().endsWith(".part")).count()).isZero();
        }
        assertThat(Exports.Format.parse("CSV-Excel-NL")).contains(Exports.Format.CSV_EXCEL_NL);
        assertThat(Exports.Format.parse("docx")).isEmpty();
        assertThatThrownBy(() -> Exports.write(Exports.Format.PNG_TORNADO, ExportFixtures.demo(), temp.resolve("t.png")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
