package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MunicipalityDelta;
import nl.taakdiff.testing.Demo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path temp;

    @Test
    void standardDialectIsRfc4180WithTheEngineFigures() throws Exception {
        List<Path> files = CsvExport.write(ExportFixtures.demo(), CsvExport.Dialect.STANDARD, temp.resolve("out.csv"));

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("out-summary.csv", "out-classes.csv", "out-municipalities.csv");
        assertThat(listing()).containsExactlyInAnyOrder("out-summary.csv", "out-classes.csv", "out-municipalities.csv");
        byte[] bytes = Files.readAllBytes(files.get(0));
        assertThat(bytes[0]).isEqualTo((byte) 'm');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("metric,baseline,alternative,delta,delta_pct\r\n").doesNotContain(";");

        List<CSVRecord> summary = read(text, ',');
        CSVRecord total = summary.stream().filter(r -> r.get("metric").equals("total_cost")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(total.get("baseline")))
                .isCloseTo(Demo.CURRENT.summary().value(Metric.TOTAL_COST), org.assertj.core.data.Offset.offset(0.005));
        assertThat(Double.parseDouble(total.get("delta")))
                .isCloseTo(Demo.COMPARISON.metric(Metric.TOTAL_COST).delta(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(summary).hasSize(Metric.values().length);

        List<CSVRecord> municipalities = read(Files.readString(files.get(2)), ',');
        assertThat(municipalities).hasSize(342);
        CSVRecord amsterdam = municipalities.stream().filter(r -> r.get("code").equals("GM0363")).findFirst().orElseThrow();
        MunicipalityDelta expected = Demo.COMPARISON.municipalities().stream().filter(m -> m.code().equals("GM0363"))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(amsterdam.get("alternative_cost")))
                .isCloseTo(expected.alternativeCost(), org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void excelNlDialectHasBomSemicolonsAndDecimalCommas() throws Exception {
        List<Path> files = CsvExport.write(ExportFixtures.demo(), CsvExport.Dialect.EXCEL_NL, temp.resolve("nl"));

        byte[] bytes = Files.readAllBytes(files.get(1));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        // for people: the columns name the scenarios
        assertThat(text).startsWith("Min. population;Municipalities;Population;current-situation (baseline): EUR per"
                + " inhabitant;differentiated-by-scale: EUR per inhabitant;Change per inhabitant\r\n");
        List<CSVRecord> classes = read(text, ';');
        assertThat(classes).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String cell = classes.get(i).get("differentiated-by-scale: EUR per inhabitant");
            assertThat(cell).matches("\\d+,\\d{2}");
            assertThat(Double.parseDouble(cell.replace(',', '.'))).isCloseTo(
                    Demo.COMPARISON.classes().get(i).alternativeCostPerInhabitant(), org.assertj.core.data.Offset.offset(0.005));
        }
        // negative numbers stay numbers: a minus sign, a comma, no apostrophe
        String smallest = classes.get(0).get("Change per inhabitant");
        assertThat(Demo.COMPARISON.classes().get(0).deltaPerInhabitant()).isNegative();
        assertThat(smallest).matches("-\\d+,\\d{2}");
    }

    @Test
    void excelNlInDutchNamesMetricsScenariosDataSetAndDate() throws Exception {
        List<Path> files = CsvExport.write(ExportFixtures.demo().withText(ExportText.DUTCH), CsvExport.Dialect.EXCEL_NL,
                temp.resolve("nl"));

        List<CSVRecord> summary = read(Files.readString(files.get(0)).substring(1), ';');
        CSVRecord total = summary.get(0);
        assertThat(total.get("Indicator")).isEqualTo("Totale kosten");
        assertThat(total.get("Eenheid")).isEqualTo("euro per jaar");
        assertThat(Double.parseDouble(total.get("current-situation (basis)").replace(',', '.')))
                .isCloseTo(Demo.CURRENT.summary().value(Metric.TOTAL_COST), org.assertj.core.data.Offset.offset(0.005));
        assertThat(summary).extracting(r -> r.get(0)).contains("Gegevensset", "Scenario's", "Geëxporteerd op");
        assertThat(summary.stream().filter(r -> r.get(0).equals("Geëxporteerd op")).findFirst().orElseThrow().get(1))
                .isEqualTo("29-11-2026 10:30");
        assertThat(Files.readString(files.get(2))).contains("Gemeente;Inwoners;current-situation (basis): kosten");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedButNumbersAreNot() throws Exception {
        List<Path> files = CsvExport.write(ExportFixtures.hostile(), CsvExport.Dialect.STANDARD, temp.resolve("h.csv"));

        List<CSVRecord> rows = read(Files.readString(files.get(2)), ',');
        assertThat(name(rows, "GM0363")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"x\")");
        assertThat(name(rows, "GM0599")).isEqualTo("'+1");
        assertThat(name(rows, "GM0344")).isEqualTo("'@SUM(A1)");
        assertThat(name(rows, "GM0518")).isEqualTo("'-2+3");
        assertThat(name(rows, "GM0014")).isEqualTo("'\tGroningen");
        assertThat(name(rows, "GM0088")).isEqualTo("Schiermonnikoog");
        assertThat(rows.stream().map(r -> r.get("delta")).filter(d -> d.startsWith("-")).count()).isPositive();
        assertThat(rows.stream().map(r -> r.get("delta")).filter(d -> d.startsWith("'")).count()).isZero();
    }

    @Test
    void severalAlternativesGetNumberedFiles() throws Exception {
        List<Path> files = CsvExport.write(ExportFixtures.three(), CsvExport.Dialect.STANDARD, temp.resolve("x.csv"));

        assertThat(files).hasSize(9);
        assertThat(listing()).contains("x-summary-1.csv", "x-classes-2.csv", "x-municipalities-3.csv").hasSize(9);
        List<CSVRecord> unchanged = read(Files.readString(temp.resolve("x-summary-3.csv")), ',');
        assertThat(unchanged).allSatisfy(r -> assertThat(Double.parseDouble(r.get("delta"))).isZero());
    }

    @Test
    void aFailedExportLeavesNothing() throws Exception {
        Path missing = temp.resolve("no/such/folder/out.csv");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> CsvExport.write(ExportFixtures.demo(), CsvExport.Dialect.STANDARD, missing))
                .isInstanceOf(java.io.IOException.class);
        assertThat(listing()).isEmpty();
    }

    private static String name(List<CSVRecord> rows, String code) {
        return rows.stream().filter(r -> r.get("code").equals(code)).findFirst().orElseThrow().get("name");
    }

    static List<CSVRecord> read(String text, char delimiter) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(text)).getRecords();
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(temp)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
