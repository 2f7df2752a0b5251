package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Successor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled successor table 2020 → 2025, which {@code data build} derives from the two boundary sets. */
class SuccessorTableTest {
    private static List<Successor> table;

    @BeforeAll
    static void read() throws Exception {
        table = SuccessorTable.readBundled(2020, 2025);
    }

    private static List<String> successorsOf(String oldCode) {
        return table.stream().filter(s -> s.oldCode().equals(oldCode)).map(Successor::newCode).toList();
    }

    @Test
    void landVanCuijkIsFormedFromFive() {
        Set<String> predecessors = table.stream().filter(s -> s.newCode().equals("GM1982")).map(Successor::oldCode)
                .collect(Collectors.toSet());

        assertThat(predecessors).containsExactlyInAnyOrder("GM0756", "GM1684", "GM0786", "GM0815", "GM1702");
        for (String code : predecessors) {
            assertThat(successorsOf(code)).as(code).containsExactly("GM1982");
        }
        assertThat(table).filteredOn(s -> s.oldCode().equals("GM0815")).singleElement()
                .satisfies(s -> assertThat(s.newName()).isEqualTo("Land van Cuijk"));
    }

    @Test
    void theOtherNewCodes() {
        assertThat(predecessorsOf("GM1979")).containsExactlyInAnyOrder("GM0003", "GM0010", "GM0024");
        assertThat(predecessorsOf("GM1980")).containsExactlyInAnyOrder("GM0398", "GM0416");
        assertThat(predecessorsOf("GM1991")).containsExactlyInAnyOrder("GM1685", "GM0856");
        assertThat(predecessorsOf("GM1992")).containsExactlyInAnyOrder("GM0501", "GM0530", "GM0614");
    }

    @Test
    void mergersIntoExistingMunicipalities() {
        assertThat(successorsOf("GM0457")).as("Weesp").containsExactly("GM0363");
        assertThat(successorsOf("GM0370")).as("Beemster").containsExactly("GM0439");
        assertThat(predecessorsOf("GM0363")).as("Amsterdam").containsExactlyInAnyOrder("GM0363", "GM0457");
        assertThat(predecessorsOf("GM0439")).as("Purmerend").containsExactlyInAnyOrder("GM0439", "GM0370");
    }

    @Test
    void haarenIsDividedAmongFour() {
        List<Successor> haaren = table.stream().filter(s -> s.oldCode().equals("GM0788")).toList();

        assertThat(haaren).extracting(Successor::newName)
                .containsExactly("Boxtel", "Oisterwijk", "Tilburg", "Vught");
        assertThat(haaren).allSatisfy(s -> assertThat(s.areaShare()).isGreaterThan(SuccessorTable.MIN_SHARE));
        assertThat(haaren.stream().mapToDouble(Successor::areaShare).sum()).isBetween(0.95, 1.0);
    }

    @Test
    void everyOtherMunicipalityIsItsOwnOnlySuccessor() throws Exception {
        List<Municipality> old = DatasetFiles.readBundled(2020).records();
        Set<String> now = DatasetFiles.readBundled(2025).records().stream().map(Municipality::code)
                .collect(Collectors.toSet());
        Set<String> gone = old.stream().map(Municipality::code).filter(c -> !now.contains(c)).collect(Collectors.toSet());

        assertThat(gone).hasSize(18);
        assertThat(table.stream().map(Successor::oldCode).collect(Collectors.toSet()))
                .isEqualTo(old.stream().map(Municipality::code).collect(Collectors.toSet()));
        assertThat(table.stream().map(Successor::newCode).collect(Collectors.toSet())).isEqualTo(now);
        for (Municipality m : old) {
            if (!gone.contains(m.code())) {
                assertThat(successorsOf(m.code())).as(m.code()).containsExactly(m.code());
            }
        }
        assertThat(table).filteredOn(s -> gone.contains(s.oldCode())).hasSize(18 + 3);
    }

    @Test
    void sliversBelowTheThresholdAreNoSuccessors() {
        // Old: A (0..100) and B (100..200), 100 high. New: A grows to 103 (a 3% sliver of B), and
        // B is divided between C (103..160) and D (160..200); E is a new area elsewhere.
        MapGeometry.Layer old = layer(rect("GM0001", 0, 100), rect("GM0002", 100, 200));
        MapGeometry.Layer now = layer(rect("GM0001", 0, 103), rect("GM0003", 103, 160), rect("GM0004", 160, 200),
                rect("GM0005", 300, 400));

        List<Successor> derived = SuccessorTable.derive(old, now, Map.of("GM0002", "Bee"), Map.of());

        assertThat(derived).extracting(s -> s.oldCode() + ">" + s.newCode() + " " + s.areaShare()).containsExactly(
                "GM0001>GM0001 1.0", "GM0002>GM0003 0.57", "GM0002>GM0004 0.4");
        assertThat(derived.get(1).oldName()).isEqualTo("Bee");
        assertThat(derived.get(1).newName()).isEqualTo("GM0003 name");
    }

    private static MapGeometry.Area rect(String code, double x0, double x1) {
        return new MapGeometry.Area(code, code + " name",
                List.of(new MapGeometry.Ring(new double[] {x0, 0, x1, 0, x1, 100, x0, 100}, false)));
    }

    private static MapGeometry.Layer layer(MapGeometry.Area... areas) {
        return new MapGeometry.Layer(MapGeometry.MUNICIPALITIES, List.of(areas));
    }

    @Test
    void aBadShareIsReportedWithItsLine() {
        CsvSource bad = CsvSource.ofString("s.csv", "old_code,old_name,new_code,new_name,area_share\n"
                + "GM0001,A,GM0002,B,1.5\nGM0003,C,GM0004,D,half\n");

        assertThatThrownBy(() -> SuccessorTable.read(bad)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems()).extracting(SourceProblem::format).containsExactly(
                        "s.csv:2: column area_share: is 1.5; it must be above 0 and at most 1",
                        "s.csv:3: column area_share: 'half' is not a number (use . as decimal separator)"));
    }

    @Test
    void writingAndReadingGiveTheSameTable() throws Exception {
        StringWriter out = new StringWriter();
        SuccessorTable.write(table, out);

        assertThat(SuccessorTable.read(CsvSource.ofString("copy", out.toString())).records()).isEqualTo(table);
        assertThat(out.toString()).contains("GM0788,Haaren,GM0757,Boxtel,0.0966\n");
    }

    private static List<String> predecessorsOf(String newCode) {
        return table.stream().filter(s -> s.newCode().equals(newCode)).map(Successor::oldCode).toList();
    }
}
