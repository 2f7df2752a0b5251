package nl.taakdiff.ui.export;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.CURRENT_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.uncertainty.MonteCarlo;
import nl.taakdiff.io.export.Exports;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.testing.Demo;
import nl.taakdiff.ui.common.Messages;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export of the desktop app's dialog, written off the FX thread. */
class ExportJobTest {
    @TempDir
    Path temp;

    @Test
    void anOlderWorkbooksShippedDescriptionReadsInTheChosenLanguage() throws Exception {
        Scenario current = Demo.CURRENT.scenario().withDescription(CURRENT_EN);
        Scenario differentiated = Demo.DIFFERENTIATED.scenario().withDescription("Kleine gemeenten werken samen");
        Path out = temp.resolve("nl.xlsx");

        List<Path> files = ExportJob.run(new ExportRequest(Exports.Format.XLSX, Demo.STUDY, current,
                List.of(differentiated), false, false, 0, Messages.DUTCH, out, "0.1.0-test", "",
                Instant.parse("2026-11-29T09:30:00Z")), MonteCarlo.Monitor.NONE);

        assertThat(files).containsExactly(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(texts(wb, "Aannames")).contains(CURRENT_NL, "Kleine gemeenten werken samen")
                    .doesNotContain(CURRENT_EN);
            assertThat(texts(wb, "Over deze export")).contains("current-situation: " + CURRENT_NL,
                    "differentiated-by-scale: Kleine gemeenten werken samen");
        }
    }

    private static List<String> texts(XSSFWorkbook wb, String sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : wb.getSheet(sheet)) {
            row.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            });
        }
        return texts;
    }
}
