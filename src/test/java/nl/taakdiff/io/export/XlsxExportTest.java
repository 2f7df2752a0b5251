package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.testing.Demo;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExportTest {
    @TempDir
    Path temp;

    @Test
    void sheetsHoldRealNumbersWithFormatsAndFrozenHeaders() throws Exception {
        Path out = temp.resolve("comparison.xlsx");

        XlsxExport.write(ExportFixtures.demo(), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Size classes", "Municipalities", "Assumptions", "About");

            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getRow(0).getCell(3).getStringCellValue()).isEqualTo("current-situation (baseline)");
            Row total = rowWith(summary, 1, "total_cost");
            assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(Demo.CURRENT.summary().value(Metric.TOTAL_COST));
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(Demo.DIFFERENTIATED.summary().value(Metric.TOTAL_COST));
            assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(Demo.COMPARISON.metric(Metric.TOTAL_COST).delta(), within(1e-6));
            assertThat(total.getCell(3).getCellStyle().getDataFormatString()).contains("€").contains("#,##0");
            assertThat(total.getCell(6).getCellStyle().getDataFormatString()).contains("%");
            Row share = rowWith(summary, 1, "direct_control_share");
            assertThat(share.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row organisations = rowWith(summary, 1, "organisations");
            assertThat(organisations.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Sheet classes = wb.getSheet("Size classes");
            assertThat(classes.getPhysicalNumberOfRows()).isEqualTo(5);
            assertThat(classes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("below 20,000");
            assertThat(classes.getRow(1).getCell(6).getNumericCellValue())
                    .isCloseTo(Demo.COMPARISON.classes().get(0).deltaPerInhabitant(), within(1e-9)).isNegative();

            Sheet municipalities = wb.getSheet("Municipalities");
            assertThat(municipalities.getPhysicalNumberOfRows()).isEqualTo(1 + 342);
            assertThat(municipalities.getPaneInformation().isFreezePane()).isTrue();
            Row amsterdam = rowWith(municipalities, 0, "GM0363");
            MunicipalityDelta a = Demo.COMPARISON.municipalities().stream().filter(m -> m.code().equals("GM0363"))
                    .findFirst().orElseThrow();
            assertThat(amsterdam.getCell(2).getNumericCellValue()).isEqualTo(a.population());
            assertThat(amsterdam.getCell(4).getNumericCellValue()).isEqualTo(a.alternativeCost());

            Sheet assumptions = wb.getSheet("Assumptions");
            List<String> text = texts(assumptions);
            assertThat(text).contains("Tasks", "Scenarios", "Overrides", "Allocation rules", "JZ-SPEC",
                    "No overrides in these scenarios.", "0; 20,000; 50,000; 100,000");
            assertThat(text.stream().filter(t -> t.contains("CBS")).count()).isPositive();
            Sheet about = wb.getSheet("About");
            assertThat(texts(about)).contains("Taakdiff 0.1.0-test", "2026-11-29T09:30:00", "CBS 2025",
                    "(scenario files)").anyMatch(t -> t.startsWith("Bron: CBS / PDOK"));
        }
        assertThat(Files.list(temp).count()).isEqualTo(1);
    }

    @Test
    void formulaLikeTextIsQuotePrefixedAndNegativeNumbersStayNumbers() throws Exception {
        Path out = temp.resolve("h.xlsx");

        XlsxExport.write(ExportFixtures.hostile(), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet municipalities = wb.getSheet("Municipalities");
            for (String code : List.of("GM0363", "GM0599", "GM0344", "GM0518", "GM0014")) {
                Cell name = rowWith(municipalities, 0, code).getCell(1);
                assertThat(name.getCellType()).as(code).isEqualTo(CellType.STRING);
                assertThat(name.getCellStyle().getQuotePrefixed()).as(code).isTrue();
            }
            assertThat(rowWith(municipalities, 0, "GM0088").getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            Cell header = municipalities.getRow(0).getCell(4);
            assertThat(header.getStringCellValue()).startsWith("=cmd");
            assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
            int negatives = 0;
            for (Row row : municipalities) {
                if (row.getRowNum() > 0 && row.getCell(5).getCellType() == CellType.NUMERIC
                        && row.getCell(5).getNumericCellValue() < 0) {
                    negatives++;
                }
            }
            assertThat(negatives).isPositive();
            for (Row row : municipalities) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void threeAlternativesSitSideBySide() throws Exception {
        Path out = temp.resolve("three.xlsx");
        XlsxExport.write(ExportFixtures.three(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Row header = wb.getSheet("Summary").getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) (4 + 3 * 3));
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("differentiated-by-scale");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("regional-youth");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("unchanged: change %");
            assertThat(texts(wb.getSheet("Assumptions"))).contains("big enough alone", "Amsterdam");
        }
    }

    @Test
    void dutchLabelsAndSensitivityAndUncertaintySheetsWithNumbers() throws Exception {
        Path out = temp.resolve("nl.xlsx");
        ExportInput input = ExportFixtures.withUncertainty(ExportFixtures.demo()).withText(ExportText.DUTCH);

        XlsxExport.write(input, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Samenvatting", "Grootteklassen", "Gemeenten", "Gevoeligheid", "Onzekerheid",
                    "Aannames", "Over deze export");
            Sheet summary = wb.getSheet("Samenvatting");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicator");
            assertThat(rowWith(summary, 1, "total_cost").getCell(0).getStringCellValue()).isEqualTo("Totale kosten");
            assertThat(wb.getSheet("Grootteklassen").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("minder dan 20.000");

            UncertaintySection.Part part = input.uncertainty().parts().get(0);
            Sheet sensitivity = wb.getSheet("Gevoeligheid");
            Row header = rowWith(sensitivity, 0, "Parameter");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Uitslag");
            Row top = sensitivity.getRow(header.getRowNum() + 1);
            var first = part.tornado().rows().get(0);
            assertThat(top.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(top.getCell(4).getNumericCellValue()).isEqualTo(first.valueAtLow());
            assertThat(top.getCell(5).getNumericCellValue()).isEqualTo(first.valueAtHigh());
            assertThat(top.getCell(6).getNumericCellValue()).isEqualTo(first.swing());
            assertThat(top.getCell(1).getNumericCellValue()).isEqualTo(first.parameter().base());
            assertThat(top.getCell(0).getStringCellValue()).isEqualTo(UncertaintyTablesForPeople.parameter(
                    ExportText.DUTCH, input.baseline().study().tasks(), first.parameter()));
            assertThat(UncertaintyTablesForPeople.parameter(ExportText.DUTCH, input.baseline().study().tasks(),
                    part.tornado().rows().stream().filter(r -> r.parameter().name().equals("overhead.region"))
                            .findFirst().orElseThrow().parameter())).isEqualTo("Overheadpercentage regio");
            // one row per parameter
            int rows = 0;
            for (int r = header.getRowNum() + 1; sensitivity.getRow(r) != null; r++) {
                rows++;
            }
            assertThat(rows).isEqualTo(part.tornado().rows().size());

            Sheet uncertainty = wb.getSheet("Onzekerheid");
            assertThat(uncertainty.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("500 trekkingen, startgetal 3, driehoekige verdeling");
            Row delta = null;
            for (Row row : uncertainty) {
                Cell metric = row.getCell(0);
                Cell scenario = row.getCell(1);
                if (metric != null && scenario != null && metric.getCellType() == CellType.STRING
                        && metric.getStringCellValue().equals("Totale kosten")
                        && scenario.getStringCellValue().equals("verschil")) {
                    delta = row;
                }
            }
            assertThat(delta).isNotNull();
            var spread = part.result().metric(Metric.TOTAL_COST);
            assertThat(delta.getCell(4).getNumericCellValue()).isEqualTo(spread.delta().p5());
            assertThat(delta.getCell(5).getNumericCellValue()).isEqualTo(spread.delta().p50());
            assertThat(delta.getCell(6).getNumericCellValue()).isEqualTo(spread.delta().p95());
            assertThat(delta.getCell(7).getNumericCellValue()).isEqualTo(spread.probabilityNegative());
            assertThat(delta.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rowWith(uncertainty, 0, "GM0363").getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError(value + " not in " + sheet.getSheetName());
    }

    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
