package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Municipality;
import org.junit.jupiter.api.Test;

class CbsGebiedenReaderTest {
    private static final Path SHARED = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"));
    private static final String HEADER = "\"municipalityName\";\"municipalityCode\";\"provinceCode\";\"provinceName\";"
            + "\"securityRegionCode\";\"securityRegionName\";\"population\"\r\n";
    private static final String FOOTER = "\"Bron: CBS\"\r\n";

    private static CsvSource csv(String content) {
        return CsvSource.ofString("gebieden.csv", content);
    }

    private static String row(String name, String code, String province, String provinceName, String region,
                              String regionName, String population) {
        return String.join(";", List.of(name, code, province, provinceName, region, regionName, population).stream()
                .map(s -> "\"" + s + "\"").toList()) + "\r\n";
    }

    private static Municipality byCode(List<Municipality> list, String code) {
        return list.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void readsTheCbs2020Export() throws Exception {
        Sourced<Municipality> read = CbsGebiedenReader.read(CsvSource.of(SHARED.resolve("cbs-gebieden-in-nederland-2020.csv")));

        List<Municipality> all = read.records();
        assertThat(all).hasSize(355);
        assertThat(all.stream().mapToLong(Municipality::population).sum()).isEqualTo(17_407_585L);
        assertThat(byCode(all, "GM0060").name()).isEqualTo("Ameland");
        assertThat(byCode(all, "GM0060").province()).isEqualTo("Fryslân");
        assertThat(byCode(all, "GM0014").name()).isEqualTo("Groningen");
        assertThat(byCode(all, "GM0888").name()).isEqualTo("Beek (L.)");
        assertThat(all).extracting(Municipality::province).doesNotContain("Friesland")
                .containsOnly(CbsGebiedenReader.PROVINCES.values().toArray(String[]::new));
        // the first data row is on line 2; the footer is skipped
        assertThat(read.lineOf(0)).isEqualTo(2);
        assertThat(read.lineOf(354)).isEqualTo(356);
        Municipality aalten = byCode(all, "GM0197");
        assertThat(aalten.region(CbsGebiedenReader.REGION_TYPE)).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("VR06");
            assertThat(r.name()).isEqualTo("Noord-enOost-Gelderland");
        });
    }

    @Test
    void usesRegionNamesSuppliedByTheCaller() throws Exception {
        String content = HEADER + row("Aalten", "GM0197", "PV25", "Gelderland", "VR06", "Noord-enOost-Gelderland", "27121")
                + row("Zwolle", "GM0193", "PV23", "Overijssel", "VR04", "IJsselland", "128840") + FOOTER;

        List<Municipality> read = CbsGebiedenReader.read(csv(content), Map.of("VR06", "Noord- en Oost-Gelderland")).records();

        assertThat(read.get(0).regions().get("veiligheidsregio").name()).isEqualTo("Noord- en Oost-Gelderland");
        assertThat(read.get(1).regions().get("veiligheidsregio").name()).isEqualTo("IJsselland");
    }

    @Test
    void toleratesByteOrderMarkLfAndMissingFooter() throws Exception {
        String content = "\uFEFF" + (HEADER + row("Aalten", "GM0197", "PV25", "Gelderland", "VR06", "x", "27121"))
                .replace("\r\n", "\n");

        List<Municipality> read = CbsGebiedenReader.read(csv(content)).records();

        assertThat(read).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("GM0197");
            assertThat(m.population()).isEqualTo(27121);
        });
    }

    @Test
    void acceptsCbsDutchHeaders() throws Exception {
        String content = "\"Regio's\";\"Gemeentenaam (naam)\";\"Gemeentecode (code)\";\"Provinciecode (code)\";"
                + "\"Provincienaam (naam)\";\"Veiligheidsregiocode (code)\";\"Veiligheidsregionaam (naam)\";"
                + "\"Inwonertal (aantal)\"\r\n"
                + "\"Groningen (gemeente)\";\"Groningen (gemeente)\";\"GM0014    \";\"PV20  \";\"Groningen\";"
                + "\"VR01    \";\"Groningen\";\"232874\"\r\n" + FOOTER;

        List<Municipality> read = CbsGebiedenReader.read(csv(content)).records();

        assertThat(read).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("GM0014");
            assertThat(m.name()).isEqualTo("Groningen");
            assertThat(m.province()).isEqualTo("Groningen");
            assertThat(m.population()).isEqualTo(232_874);
            assertThat(m.regions().get("veiligheidsregio").code()).isEqualTo("VR01");
        });
    }

    @Test
    void acceptsGroupedStatLineHeaders() throws Exception {
        String content = "Gemeenten/Code (code);Gemeenten/Naam (naam);Provincies/Code (code);"
                + "Veiligheidsregio's/Code (code);Bevolking (aantal)\n"
                + "GM0363;Amsterdam;PV27;VR13;872757\n";

        assertThat(CbsGebiedenReader.read(csv(content)).records()).singleElement()
                .satisfies(m -> assertThat(m.province()).isEqualTo("Noord-Holland"));
    }

    @Test
    void refusesACommaSeparatedFileAsMissingColumns() {
        String content = "municipalityName,municipalityCode,provinceCode,provinceName,securityRegionCode,"
                + "securityRegionName,population\nAalten,GM0197,PV25,Gelderland,VR06,x,27121\n";

        assertThatThrownBy(() -> CbsGebiedenReader.read(csv(content)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.format()).startsWith("gebieden.csv:1: missing columns ")
                                .contains("comma-separated")));
    }

    @Test
    void refusesAMissingColumn() {
        String content = "\"municipalityName\";\"municipalityCode\";\"provinceCode\";\"securityRegionCode\"\r\n"
                + "\"Aalten\";\"GM0197\";\"PV25\";\"VR06\"\r\n";

        assertThatThrownBy(() -> CbsGebiedenReader.read(csv(content)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.format()).isEqualTo("gebieden.csv:1: missing column population/Inwonertal")));
    }

    @Test
    void reportsEveryBadRowWithFileAndLine() {
        String content = HEADER
                + row("Aalten", "GM0197", "PV25", "Gelderland", "VR06", "x", "27.121")
                + row("Zwolle", "GM0193", "PV23", "Overijssel", "VR04", "IJsselland", "128840")
                + row("Nergens", "GM9999", "PV99", "Nergens", "VR04", "IJsselland", "0")
                + row("Aalten", "GM0197", "PV25", "Gelderland", "VR06", "x", "27121")
                + row("Leeg", "", "PV23", "Overijssel", "VR04", "IJsselland", "-5")
                + "\"Te kort\";\"GM0001\"\r\n"
                + FOOTER;

        assertThatThrownBy(() -> CbsGebiedenReader.read(csv(content)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).containsExactly(
                                "gebieden.csv:2: column population: '27.121' is not a whole number",
                                "gebieden.csv:4: column provinceCode: 'PV99' is not a province code (PV20 to PV31)",
                                "gebieden.csv:4: column population: is 0; it must be above 0",
                                "gebieden.csv:5: column municipalityCode: duplicate municipality code GM0197 (first on line 2)",
                                "gebieden.csv:6: column municipalityCode: is empty",
                                "gebieden.csv:6: column population: '-5' is not a whole number",
                                "gebieden.csv:7: expected 7 fields but found 2"));
    }

    @Test
    void duplicateOfAValidRowIsReported() {
        String content = HEADER + row("Zwolle", "GM0193", "PV23", "Overijssel", "VR04", "IJsselland", "128840")
                + row("Zwolle", "GM0193", "PV23", "Overijssel", "VR04", "IJsselland", "128840") + FOOTER;

        assertThatThrownBy(() -> CbsGebiedenReader.read(csv(content)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(SourceProblem::format)
                        .containsExactly("gebieden.csv:3: column municipalityCode: duplicate municipality code GM0193 (first on line 2)"));
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = (HEADER + row("Súdwest-Fryslân", "GM1900", "PV21", "Fryslân", "VR02", "Fryslân", "89583"))
                .getBytes(StandardCharsets.ISO_8859_1);
        CsvSource source = new CsvSource("latin1.csv", () -> new ByteArrayInputStream(latin1));

        assertThatThrownBy(() -> CbsGebiedenReader.read(source))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).singleElement().asString()
                        .startsWith("latin1.csv:2: byte 0xFA at byte position").contains("UTF-8"));
    }

    @Test
    void refusesAFileWithoutMunicipalities() {
        assertThatThrownBy(() -> CbsGebiedenReader.read(csv(HEADER + FOOTER)))
                .isInstanceOf(InputException.class).hasMessageContaining("no municipalities");
    }

    @Test
    void normalisesNames() {
        assertThat(CbsGebiedenReader.municipalityName("Groningen (gemeente)")).isEqualTo("Groningen");
        assertThat(CbsGebiedenReader.municipalityName("Beek (L.)")).isEqualTo("Beek (L.)");
        assertThat(CbsGebiedenReader.provinceName("PV21")).isEqualTo("Fryslân");
        assertThat(CbsGebiedenReader.provinceName("PV99")).isNull();
        assertThat(CbsGebiedenReader.normaliseHeader("Veiligheidsregio's/Code (code)")).isEqualTo("veiligheidsregioscode");
    }
}
