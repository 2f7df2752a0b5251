package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbook create} and {@code evaluate}/{@code compare} on workbook scenarios. */
class WorkbookCommandTest {
    private static final String CURRENT = "Huidige situatie (uniform)";
    private static final String DIFFERENTIATED = "Gedifferentieerd naar schaal";
    private static final Path CURRENT_CSV = Path.of("data/scenarios/current-situation.csv");
    private static final Path DIFFERENTIATED_CSV = Path.of("data/scenarios/differentiated-by-scale.csv");

    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    private Path seeded() {
        Path file = dir.resolve("study.taakdiff");
        assertThat(cli.run("workbook", "create", file.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("CBS 2025, 342 municipalities").contains("2 scenarios");
        return file;
    }

    @Test
    void evaluatingAWorkbookScenarioGivesTheSameFiguresAsItsFiles() {
        Path file = seeded();
        for (String table : new String[] {"summary", "classes", "tasks", "municipalities"}) {
            assertThat(cli.run("evaluate", "--allocation", CURRENT_CSV.toString(), "--table", table)).isZero();
            String fromFiles = cli.out();
            assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", CURRENT, "--table", table))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).isEqualTo(fromFiles);
        }
    }

    @Test
    void comparingWorkbookScenariosGivesTheSameFiguresAsTheirFiles() {
        Path file = seeded();
        for (String table : new String[] {"summary", "classes", "municipalities"}) {
            assertThat(cli.run("compare", "--baseline", CURRENT_CSV.toString(), "--alternative",
                    DIFFERENTIATED_CSV.toString(), "--table", table)).isZero();
            String fromFiles = cli.out();
            assertThat(cli.run("compare", "--workbook", file.toString(), "--baseline", CURRENT,
                    "--alternative", DIFFERENTIATED, "--table", table)).as(cli.err()).isZero();
            assertThat(cli.out()).isEqualTo(fromFiles);
        }
    }

    @Test
    void workbookOptionsAreCheckedForUsage() {
        Path file = seeded();
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--table", "summary")).isEqualTo(2);
        assertThat(cli.err()).contains("--scenario");
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", CURRENT,
                "--tiering", "0,50000", "--table", "summary")).isEqualTo(2);
        assertThat(cli.run("evaluate", "--scenario", CURRENT, "--allocation", CURRENT_CSV.toString(),
                "--table", "summary")).isEqualTo(2);
        assertThat(cli.run("evaluate", "--table", "summary")).isEqualTo(2);
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", "Nope", "--table", "summary"))
                .isEqualTo(65);
        assertThat(cli.err()).contains("no scenario named");
    }

    @Test
    void createFromCbsExportAndTasksFile() throws Exception {
        Path cbs = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"))
                .resolve("cbs-gebieden-in-nederland-2025.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(cbs));
        Path file = dir.resolve("cbs.taakdiff");
        assertThat(cli.run("workbook", "create", file.toString(), "--dataset", cbs.toString(),
                "--tasks", "data/tasks.csv")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("342 municipalities").contains("0 scenarios");
        assertThat(cli.run("scenario", "import", "--workbook", file.toString(), "--name", "Huidig",
                "--allocation", CURRENT_CSV.toString())).as(cli.err()).isZero();
        assertThat(cli.run("evaluate", "--allocation", CURRENT_CSV.toString(), "--table", "summary")).isZero();
        String fromFiles = cli.out();
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", "Huidig", "--table", "summary"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).as("CBS import with bundled regions equals the bundled data set").isEqualTo(fromFiles);
        assertThat(cli.run("workbook", "info", file.toString())).isZero();
        assertThat(cli.out()).contains("population 18044027");
    }

    @Test
    void badCbsExportExits65AndCreatesNoFile() throws Exception {
        Path cbs = dir.resolve("cbs.csv");
        Files.writeString(cbs, "\"municipalityName\";\"municipalityCode\";\"provinceCode\";\"provinceName\";"
                + "\"securityRegionCode\";\"securityRegionName\";\"population\"\n"
                + "\"Klein\";\"GM0001\";\"PV22\";\"Drenthe\";\"VR03\";\"Drenthe\";\"veel\"\n\"Bron: CBS\"\n");
        Path file = dir.resolve("bad.taakdiff");
        assertThat(cli.run("workbook", "create", file.toString(), "--dataset", cbs.toString())).isEqualTo(65);
        assertThat(cli.err()).contains(cbs + ":2:");
        assertThat(Files.exists(file)).isFalse();
        assertThat(cli.run("workbook", "create", dir.resolve("none/x.taakdiff").toString())).isEqualTo(74);
        Path existing = seeded();
        assertThat(cli.run("workbook", "create", existing.toString())).isEqualTo(74);
        assertThat(cli.err()).contains("already a file");
    }

    @Test
    void exportAndImportTasksRoundTrip() throws Exception {
        Path file = seeded();
        Path tasks = dir.resolve("tasks.csv");
        Path m = dir.resolve("m.csv");
        Path r = dir.resolve("r.csv");
        assertThat(cli.run("workbook", "export", file.toString(), "--tasks", tasks.toString(),
                "--municipalities", m.toString(), "--regions", r.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(tasks)).isEqualTo(Files.readString(Path.of("data/tasks.csv")));
        assertThat(Files.readString(m)).isEqualTo(Files.readString(Path.of("data/municipalities-2025.csv")));
        assertThat(cli.run("workbook", "import-tasks", file.toString(), "--tasks", tasks.toString())).isZero();
        Path again = dir.resolve("again.csv");
        assertThat(cli.run("workbook", "export", file.toString(), "--tasks", again.toString())).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(tasks));
        Files.writeString(tasks, "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\nA,B,C,x,1,1,jeugdregio,s\n");
        assertThat(cli.run("workbook", "import-tasks", file.toString(), "--tasks", tasks.toString())).isEqualTo(65);
        assertThat(cli.err()).contains(tasks + ":2: column unit_cost");
    }

    @Test
    void aSavedVersionIsEvaluatedWithTheTaskCatalogueItWasSavedWith() throws Exception {
        Path file = seeded();
        assertThat(cli.run("scenario", "save-version", "--workbook", file.toString(), CURRENT)).isZero();
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", CURRENT, "--table", "summary"))
                .isZero();
        String before = cli.out();
        Path tasks = dir.resolve("tasks.csv");
        Files.writeString(tasks, Files.readString(Path.of("data/tasks.csv")).replace(",180,", ",190,"));
        assertThat(cli.run("workbook", "import-tasks", file.toString(), "--tasks", tasks.toString())).isZero();
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", CURRENT, "--table", "summary"))
                .isZero();
        assertThat(cli.out()).as("the current catalogue changed the figures").isNotEqualTo(before);
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", CURRENT, "--version", "1",
                "--table", "summary")).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo(before);
        assertThat(cli.run("evaluate", "--workbook", file.toString(), "--scenario", CURRENT, "--version", "7",
                "--table", "summary")).isEqualTo(65);
        assertThat(cli.err()).contains("has no version 7");
    }
}
