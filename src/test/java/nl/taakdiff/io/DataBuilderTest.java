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
    private static final List<String> OUTPUTS = 
            List.of(DataBuilder.MUNICIPALITIES, DataBuilder.REGIONS, DataBuilder.TASKS, DataBuilder.GEOMETRY);

    @TempDir
    Path temp;

    @Test
    void reproducesTheCommittedDataFilesByteForByte() throws Exception {
        Path out = temp.resolve("data");

        DataBuilder.Result result = DataBuilder.build(SHARED, out);

        assertThat(result.municipalities()).isEqualTo(355);
        assertThat(result.population()).isEqualTo(17_407_585L);
        assertThat(result.tasks()).isEqualTo(22);
        for (String name : OUTPUTS) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(COMMITTED.resolve(name)));
        }
        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
    }

    @Test
    void writesTheExpectedShapes() throws Exception {
        DataBuilder.build(SHARED, temp);

        List<String> municipalities = Files.readAllLines(temp.resolve(DataBuilder.MUNICIPALITIES));
        assertThat(municipalities).hasSize(356).first().isEqualTo("code,name,province,population");
        assertThat(municipalities.subList(1, 356)).isSorted();
        assertThat(municipalities).contains("GM0014,Groningen,Groningen,232874", "GM0060,Ameland,Fryslân,3716");
        List<String> regions = Files.readAllLines(temp.resolve(DataBuilder.REGIONS));
        assertThat(regions).hasSize(1 + 355 * 4)
                .contains("GM0197,veiligheidsregio,VR06,Noord- en Oost-Gelderland");
        String bytes = Files.readString(temp.resolve(DataBuilder.TASKS), StandardCharsets.UTF_8);
        assertThat(bytes).doesNotContain("\r").hasLineCount(23);
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
        replace(in.resolve(DataBuilder.CBS_INPUT), "\"Noord-enOost-Gelderland\";\"27121\"",
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
        replace(in.resolve(DataBuilder.REGIONS_INPUT), "GM0003,veiligheidsregio,VR01,Groningen",
                "GM0003,veiligheidsregio,VR02,Groningen");
        replace(in.resolve(DataBuilder.REGIONS_INPUT), "GM0010,jeugdregio,JZ01,Groningen\n", "");
        replace(in.resolve(DataBuilder.REGIONS_INPUT), "GM0014,ggdregio,GG0111,GGD Groningen\n",
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
