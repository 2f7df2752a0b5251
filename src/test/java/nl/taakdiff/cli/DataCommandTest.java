package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"));

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void buildsTheDataFiles() throws Exception {
        Path to = temp.resolve("data");

        int status = run("data", "build", "--from", SHARED.toString(), "--to", to.toString());

        assertThat(status).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("2020: 355 municipalities, population 17407585, map layers gemeente, veiligheidsregio, "
                        + "jeugdregio, arbeidsmarktregio, ggdregio\n")
                .contains("2025: 342 municipalities, population 18044027, map layers gemeente, veiligheidsregio, "
                        + "jeugdregio, arbeidsmarktregio, ggdregio, provincie\n")
                .contains("22 tasks");
        for (String year : new String[] {"2020", "2025"}) {
            assertThat(to.resolve("municipalities-" + year + ".csv")).exists();
            assertThat(to.resolve("municipality-regions-" + year + ".csv")).exists();
            assertThat(to.resolve("geometry-" + year + ".txt")).exists();
        }
        assertThat(to.resolve("tasks.csv")).exists();
    }

    @Test
    void aMissingInputFolderExits74AndWritesNothing() {
        Path to = temp.resolve("data");

        int status = run("data", "build", "--from", temp.resolve("missing").toString(), "--to", to.toString());

        assertThat(status).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err.toString()).contains("missing").contains("input folder does not exist");
        assertThat(to).doesNotExist();
    }

    @Test
    void badInputExits65WithEveryProblemAndWritesNothing() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("cbs-gebieden-in-nederland-2020.csv"),
                "\"municipalityName\";\"municipalityCode\";\"provinceCode\";\"provinceName\";\"securityRegionCode\";"
                        + "\"securityRegionName\";\"population\"\r\n"
                        + "\"Aalten\";\"GM0197\";\"PV25\";\"Gelderland\";\"VR06\";\"x\";\"veel\"\r\n\"Bron: CBS\"\r\n");
        Files.writeString(in.resolve("municipality-regions-2020.csv"),
                "municipality_code,region_type,region_code,region_name\n");
        Files.writeString(in.resolve("tasks-indicative.csv"), "code,name\nBRW,Brandweer\n");
        for (String name : nl.taakdiff.io.DataBuilder.inputs()) {
            if (name.endsWith(".topojson") || name.endsWith("2025.csv")) {
                Files.copy(SHARED.resolve(name), in.resolve(name));
            }
        }
        Path to = temp.resolve("data");

        int status = run("data", "build", "--from", in.toString(), "--to", to.toString());

        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(err.toString()).contains("cbs-gebieden-in-nederland-2020.csv:2: column population: 'veel' is not a whole number")
                .contains("tasks-indicative.csv:1: missing columns");
        assertThat(to).doesNotExist();
    }

    @Test
    void missingOptionsOrSubcommandAreUsageErrors() {
        assertThat(run("data", "build", "--from", SHARED.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("data")).isEqualTo(ExitCodes.USAGE);
    }
}
