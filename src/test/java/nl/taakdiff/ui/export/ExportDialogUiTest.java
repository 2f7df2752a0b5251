package nl.taakdiff.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.ui.Screenshots;
import nl.taakdiff.ui.WithMainWindow;
import nl.taakdiff.ui.common.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Export dialog in the real main window: opened with Ctrl+E, driven like a user, its files read back. */
class ExportDialogUiTest extends WithMainWindow {
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void recordOpenedFiles() {
        app.onFx(() -> {
            app.window.model().export().setViewer(opened::add);
            return null;
        });
    }

    private void open(FxRobot robot) {
        app.settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void exportTo(FxRobot robot, Path file) {
        app.onFx(() -> {
            robot.lookup("#export-file").queryAs(TextField.class).setText(file.toString());
            return null;
        });
        robot.clickOn("#export-start");
        finish();
    }

    private void finish() {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.onFx(() ->
                    !app.window.model().export().runningProperty().get()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the export did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return app.onFx(() -> robot.lookup("#export-status").queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(FxRobot robot, String id, T value) {
        app.onFx(() -> {
            robot.lookup(id).queryAs(ComboBox.class).setValue(value);
            return null;
        });
    }

    @Test
    void xlsxWithSensitivityAndUncertaintyFromTheComparisonOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        open(robot);
        ExportViewModel model = app.window.model().export();
        String baseline = app.onFx(() -> app.window.model().compare().baselineNameProperty().get());
        String alternative = app.onFx(() -> app.window.model().compare().alternativeProperty(0).get());
        // the scenarios of the comparison on screen, and a name from the study and today's date
        assertThat(app.onFx(() -> model.baselineProperty().get())).isEqualTo(baseline);
        assertThat(app.onFx(() -> List.copyOf(model.alternatives()))).containsExactly(alternative);
        assertThat(app.onFx(() -> robot.lookup("#export-file").queryAs(TextField.class).getText()))
                .endsWith("test " + java.time.LocalDate.now() + ".xlsx");
        app.onFx(() -> {
            Screenshots.save(robot.lookup("#export-dialog").query().getScene(), "export-dialog-en");
            return null;
        });

        robot.clickOn("#export-include-uncertainty");
        choose(robot, "#export-draws", 1_000);
        robot.clickOn("#export-open");
        Path out = dir.resolve("meeting.xlsx");
        exportTo(robot, out);

        assertThat(status(robot)).startsWith("1 file(s) written: meeting.xlsx");
        assertThat(opened).containsExactly(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Size classes", "Municipalities", "Sensitivity", "Uncertainty",
                    "Assumptions", "About");
            assertThat(wb.getSheet("Summary").getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo(baseline + " (baseline)");
            Row total = wb.getSheet("Summary").getRow(1 + Metric.TOTAL_COST.ordinal());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("total_cost");
            double expected = app.onFx(() -> app.window.model().compare().result().comparisons().get(0)
                    .metric(Metric.TOTAL_COST).delta());
            assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(wb.getSheet("Uncertainty").getRow(0).getCell(0).getStringCellValue()).startsWith("1,000 draws, seed 1");
            assertThat(wb.getSheet("Sensitivity").getRow(4).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void pdfAndCsvAndTheScenariosToCompare(FxRobot robot, @TempDir Path dir) throws Exception {
        open(robot);
        ExportViewModel model = app.window.model().export();
        List<String> names = app.onFx(model::scenarioNames);
        String baseline = app.onFx(() -> model.baselineProperty().get());
        String alternative = app.onFx(() -> model.alternatives().get(0));
        // dropping the only alternative: the export says what is missing and writes nothing
        robot.clickOn("#export-alternative-" + names.indexOf(alternative));
        assertThat(app.onFx(() -> List.copyOf(model.alternatives()))).isEmpty();
        robot.clickOn("#export-start");
        assertThat(status(robot)).isEqualTo("Choose one to three alternatives.");
        robot.clickOn("#export-alternative-" + names.indexOf(alternative));
        assertThat(app.onFx(() -> List.copyOf(model.alternatives()))).containsExactly(alternative);
        assertThat(app.onFx(() -> robot.lookup("#export-alternative-" + names.indexOf(baseline))
                .queryAs(CheckBox.class).isDisabled())).isTrue();

        choose(robot, "#export-format", ExportChoice.PDF);
        assertThat(app.onFx(() -> robot.lookup("#export-file").queryAs(TextField.class).getText())).endsWith(".pdf");
        Path pdf = dir.resolve("handout.pdf");
        exportTo(robot, pdf);
        try (PdfReader reader = new PdfReader(Files.newInputStream(pdf))) {
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(first).contains("Key figures", "Baseline: " + baseline, "Alternative 1: " + alternative);
        }

        choose(robot, "#export-format", ExportChoice.CSV);
        exportTo(robot, dir.resolve("tables.csv"));
        assertThat(status(robot)).startsWith("3 file(s) written");
        List<CSVRecord> summary = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(dir.resolve("tables-summary.csv")))).getRecords();
        assertThat(summary.get(0).get("metric")).isEqualTo("total_cost");
        assertThat(summary).hasSize(Metric.values().length);
        assertThat(opened).isEmpty();
    }

    @Test
    void aCancelledExportWritesNothing(FxRobot robot, @TempDir Path dir) {
        open(robot);
        choose(robot, "#export-format", ExportChoice.PNG);
        choose(robot, "#export-picture", ExportChoice.Picture.UNCERTAINTY);
        choose(robot, "#export-draws", 100_000);
        Path out = dir.resolve("draws.png");
        app.onFx(() -> {
            robot.lookup("#export-file").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#export-start").queryAs(Button.class).fire();
            robot.lookup("#export-cancel").queryAs(Button.class).fire();
            return null;
        });
        finish();
        assertThat(status(robot)).isEqualTo("Cancelled: nothing was written.");
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();

        // and without a cancel the picture is written, with progress to the end
        choose(robot, "#export-draws", 1_000);
        exportTo(robot, out);
        assertThat(out).isNotEmptyFile();
        assertThat(app.onFx(() -> app.window.model().export().progressProperty().get())).isEqualTo(1.0);
    }

    @Test
    void inDutch(FxRobot robot, @TempDir Path dir) throws Exception {
        app.onFx(() -> {
            app.window.model().setLanguage(Messages.DUTCH);
            return null;
        });
        open(robot);
        assertThat(app.onFx(() -> robot.lookup("#export-start").queryAs(Button.class).getText())).isEqualTo("Exporteren");
        app.onFx(() -> {
            Screenshots.save(robot.lookup("#export-dialog").query().getScene(), "export-dialog-nl");
            return null;
        });
        choose(robot, "#export-format", ExportChoice.CSV_EXCEL_NL);
        exportTo(robot, dir.resolve("nl.csv"));
        String summary = Files.readString(dir.resolve("nl-summary.csv"));
        assertThat(summary).startsWith("\uFEFFIndicator;Eenheid;").contains("Totale kosten;euro per jaar;");
        assertThat(status(robot)).startsWith("3 bestand(en) geschreven");
    }
}
