package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataBuilderTest {
    static final Path SHARED = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"));
    private static final Path COMMITTED = Path.of("data");
    private static final List<String> OUTPUTS = DataBuilder.outputs();
    private static final String CBS_2020 = DataBuilder.cbsInput(2020);
    private static final String REGIONS_2020 = DataBuilder.regionsInput(2020);

    @TempDir
    Path temp;

    @Test
    void reproducesTheCommittedDataFilesByteForByte() throws Exception {
        Path out = temp.resolve("data");

        DataBuilder.Result result = DataBuilder.build(SHARED, out);

        assertThat(result.year(2020).municipalities()).isEqualTo(355);
        assertThat(result.year(2020).population()).isEqualTo(17_407_585L);
        assertThat(result.year(2025).municipalities()).isEqualTo(342);
        assertThat(result.year(2025).population()).isEqualTo(18_044_027L);
        assertThat(result.tasks()).isEqualTo(22);
        assertThat(OUTPUTS).contains("municipalities-2025.csv", "municipality-regions-2025.csv", "geometry-2025.txt",
                "municipalities-2020.csv", "municipality-regions-2020.csv", "geometry-2020.txt", "tasks.csv");
        for (String name : OUTPUTS) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(COMMITTED.resolve(name)));
        }
        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
    }

    @Test
    void writesTheExpectedShapes() throws Exception {
        DataBuilder.build(SHARED, temp);

        List<String> municipalities = Files.readAllLines(temp.resolve("municipalities-2020.csv"));
        assertThat(municipalities).hasSize(356).first().isEqualTo("code,name,province,population");
        assertThat(municipalities.subList(1, 356)).isSorted();
        assertThat(municipalities).contains("GM0014,Groningen,Groningen,232874", "GM0060,Ameland,Fryslân,3716");
        List<String> regions = Files.readAllLines(temp.resolve("municipality-regions-2020.csv"));
        assertThat(regions).hasSize(1 + 355 * 4)
                .contains("GM0197,veiligheidsregio,VR06,Noord- en Oost-Gelderland");
        String bytes = Files.readString(temp.resolve(DataBuilder.TASKS), StandardCharsets.UTF_8);
        assertThat(bytes).doesNotContain("\r").hasLineCount(23);
    }

    @Test
    void handlesTheQuirksOf2025() throws Exception {
        DataBuilder.build(SHARED, temp);

        List<String> municipalities = Files.readAllLines(temp.resolve("municipalities-2025.csv"));
        assertThat(municipalities).hasSize(343);
        assertThat(municipalities.subList(1, 343)).isSorted();
        // CBS qualifies three names with " (gemeente)"; the boundary file does not. Other qualifiers stay.
        assertThat(municipalities).contains("GM0014,Groningen,Groningen,244441", "GM0344,Utrecht,Utrecht,376757",
                "GM0518,'s-Gravenhage,Zuid-Holland,568945", "GM0888,Beek (L.),Limburg,16251",
                "GM0060,Ameland,Fryslân,3800", "GM1982,Land van Cuijk,Noord-Brabant,92817");
        assertThat(municipalities).noneMatch(l -> l.contains("(gemeente)")).noneMatch(l -> l.startsWith("GM1685,"));
        List<String> regions = Files.readAllLines(temp.resolve("municipality-regions-2025.csv"));
        assertThat(regions).hasSize(1 + 342 * 4)
                .contains("GM1961,arbeidsmarktregio,AM35,Gorinchem")
                .noneMatch(l -> l.contains(",AM99,"));
        MapGeometry geometry = MapGeometry.read(Files.newInputStream(temp.resolve("geometry-2025.txt")), "2025");
        assertThat(geometry.municipalities().areas()).hasSize(342);
        assertThat(geometry.regions(MapGeometry.PROVINCES)).get().extracting(l -> l.areas().size()).isEqualTo(12);
        MapGeometry old = MapGeometry.read(Files.newInputStream(temp.resolve("geometry-2020.txt")), "2020");
        assertThat(old.regions(MapGeometry.PROVINCES)).as("2020 has no province layer in the source").isEmpty();
    }

    @Test
    void checksEveryMunicipalityAgainstTheProvinceLayer() throws Exception {
        Path in = copyOfShared();
        Files.copy(SHARED.resolve("provincie_2025.topojson"), in.resolve("provincie_2025.topojson"));
        replace(in.resolve(DataBuilder.cbsInput(2025)), "\"Aalten\";\"GM0197\";\"PV25\"", "\"Aalten\";\"GM0197\";\"PV30\"");

        assertThatThrownBy(() -> DataBuilder.build(in, temp.resolve("out")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).singleElement().asString().matches(
                                ".*provincie_2025\\.topojson: municipality GM0197 \\(Aalten\\) lies in province PV25"
                                        + " but the data set gives Noord-Brabant \\(PV30\\)"));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void rebuildingOverwritesAndLeavesNoTemporaryFiles() throws Exception {
        Files.writeString(temp.resolve(DataBuilder.TASKS), "stale");

        DataBuilder.build(SHARED, temp);
        DataBuilder.build(SHARED, temp);

        assertThat(listing(temp)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
        assertThat(Files.readString(temp.resolve(DataBuilder.TASKS))).startsWith("code,name,domain");
    }

    @Test
    void reportsTheProblemsOfEveryFileAndWritesNothing() throws Exception {
        Path in = copyOfShared();
        replace(in.resolve(CBS_2020), "\"Noord-enOost-Gelderland\";\"27121\"",
                "\"Noord-enOost-Gelderland\";\"zeven\"");
        replace(in.resolve(DataBuilder.TASKS_INPUT), "BRW,Brandweer en crisisbeheersing,veiligheid,90,",
                "BRW,Brandweer en crisisbeheersing,veiligheid,negentig,");
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> DataBuilder.build(in, out))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).satisfiesExactlyInAnyOrder(
                                p -> assertThat(p).matches(".*cbs-gebieden-in-nederland-2020\\.csv:4: column population: 'zeven' is not a whole number"),
                                p -> assertThat(p).matches(".*tasks-indicative\\.csv:15: column unit_cost: 'negentig' is not a number.*")));
        assertThat(out).doesNotExist();
    }

    @Test
    void crossChecksTheRegionFileAgainstCbs() throws Exception {
        Path in = copyOfShared();
        replace(in.resolve(REGIONS_2020), "GM0003,veiligheidsregio,VR01,Groningen",
                "GM0003,veiligheidsregio,VR02,Groningen");
        replace(in.resolve(REGIONS_2020), "GM0010,jeugdregio,JZ01,Groningen\n", "");
        replace(in.resolve(REGIONS_2020), "GM0014,ggdregio,GG0111,GGD Groningen\n",
                "GM0014,ggdregio,GG0111,GGD Groningen\nGM0014,ggdregio,GG0111,GGD Groningen\nGM9999,ggdregio,GG0111,GGD Groningen\n");
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> DataBuilder.build(in, out))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).satisfiesExactlyInAnyOrder(
                                p -> assertThat(p).matches(".*municipality-regions-2020\\.csv:2: column region_code: GM0003 is in veiligheidsregio VR02 here but in VR01 in .*cbs-gebieden-in-nederland-2020\\.csv:\\d+"),
                                p -> assertThat(p).matches(".*municipality-regions-2020\\.csv:2: column region_name: 'Groningen' \\(1 row\\) differs from 'Fryslân' \\(18 rows, first on line 35\\) for veiligheidsregio VR02"),
                                p -> assertThat(p).matches(".*municipality-regions-2020\\.csv:13: municipality GM0014 is in two regions of type ggdregio \\(first on line 12\\)"),
                                p -> assertThat(p).matches(".*municipality-regions-2020\\.csv:14: column municipality_code: GM9999 is not in .*"),
                                p -> assertThat(p).matches(".*municipality-regions-2020\\.csv: municipality GM0010 .* has no region of type jeugdregio")));
        assertThat(out).doesNotExist();
    }

    @Test
    void checksTheMapLayersAgainstTheDataSet() throws Exception {
        Path in = copyOfShared();
        replace(in.resolve("gemeente_2020.topojson"), "\"statcode\":\"GM0088\"", "\"statcode\":\"GM9088\"");
        replace(in.resolve("jeugdregio_2020.topojson"), "\"statcode\":\"JZ01\"", "\"statcode\":\"JZ99\"");
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> DataBuilder.build(in, out))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).satisfiesExactlyInAnyOrder(
                                p -> assertThat(p).matches(".*gemeente_2020\\.topojson: municipality GM0088 \\(Schiermonnikoog\\) has no shape"),
                                p -> assertThat(p).matches(".*gemeente_2020\\.topojson: shape GM9088 is not a municipality of the data set"),
                                p -> assertThat(p).matches(".*jeugdregio_2020\\.topojson: jeugdregio JZ01 \\(first member GM0003\\) has no shape")));
        assertThat(out).doesNotExist();
    }

    @Test
    void brokenTopoJsonIsReportedWithItsLine() throws Exception {
        Path in = copyOfShared();
        Files.writeString(in.resolve("ggdregio_2020.topojson"), "{\"type\":\"Topology\",\n\"arcs\":[1,,]}");

        assertThatThrownBy(() -> DataBuilder.build(in, temp.resolve("out")))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(SourceProblem::format).singleElement().asString()
                        .matches(".*ggdregio_2020\\.topojson:2: not valid JSON: line 2, column 11: unexpected character ','"));
    }

    @Test
    void aMissingFolderOrFileIsAnIoError() throws Exception {
        assertThatThrownBy(() -> DataBuilder.build(temp.resolve("nowhere"), temp.resolve("out")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("input folder does not exist");
        Path in = copyOfShared();
        Files.delete(in.resolve(DataBuilder.TASKS_INPUT));
        assertThatThrownBy(() -> DataBuilder.build(in, temp.resolve("out")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(DataBuilder.TASKS_INPUT);
        assertThat(temp.resolve("out")).doesNotExist();
    }

    private Path copyOfShared() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String name : DataBuilder.inputs()) {
            Files.copy(SHARED.resolve(name), in.resolve(name));
        }
        return in;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
