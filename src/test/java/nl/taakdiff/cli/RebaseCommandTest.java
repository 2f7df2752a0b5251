package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.transfer.rebase.WorkbookGeometry;
import nl.taakdiff.store.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbook rebase}: a 2020 study with overrides moved to 2025. */
class RebaseCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"));
    private static final String SCENARIO = "Met uitzonderingen";

    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();
    Path old;

    @BeforeEach
    void studyOn2020() throws Exception {
        old = dir.resolve("studie-2020.taakdiff");
        assertThat(cli.run("workbook", "create", old.toString(), "--year", "2020")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("CBS 2020, 355 municipalities");
        Path overrides = Files.writeString(dir.resolve("overrides.csv"), """
                municipality_code,task_code,level,reason
                GM0457,JZ-LOK,region,Weesp werkt samen met de regio
                GM0363,JZ-LOK,municipality,Amsterdam doet het zelf
                GM0788,BZ,centre,Haaren koopt in bij Vught
                GM0370,BZ,centre,Beemster
                GM0756,AFV,municipality,Boxmeer zelf
                GM1684,AFV,region,Cuijk in de regio
                GM0344,WEG,region,Utrecht
                """);
        assertThat(cli.run("scenario", "import", "--workbook", old.toString(), "--name", SCENARIO,
                "--allocation", "data/scenarios/differentiated-by-scale.csv", "--overrides", overrides.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.run("scenario", "save-version", "--workbook", old.toString(), SCENARIO, "--label", "eerste"))
                .as(cli.err()).isZero();
    }

    @Test
    void aRebaseRemovesTheHiddenWorkbookAKilledRebaseLeft() throws Exception {
        Path out = dir.resolve("studie-2025.taakdiff");
        String hidden = ".studie-2025.taakdiff.3f2b8c1e-5d4a-4b6f-8e7d-1a2b3c4d5e6f.taakdiff";
        List<Path> left = List.of(Files.copy(old, dir.resolve(hidden)), Files.writeString(dir.resolve(hidden + "-wal"), "x"),
                Files.writeString(dir.resolve(hidden + ".lock"), ""));
        for (Path p : left) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3_600)));
        }
        Path young = Files.writeString(dir.resolve(".other.taakdiff.0a1b2c3d-5d4a-4b6f-8e7d-1a2b3c4d5e6f.taakdiff"), "y");

        assertThat(cli.run("workbook", "rebase", old.toString(), out.toString())).as(cli.err()).isZero();

        assertThat(left).noneMatch(Files::exists);
        assertThat(young).as("changed just now: maybe another run's").exists();
        assertThat(out).exists();
    }

    @Test
    void movesOverridesReportsTheDivisionAndLeavesTheOldFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(old);
        Path out = dir.resolve("studie-2025.taakdiff");
        Path report = dir.resolve("rapport.csv");

        int status = cli.run("workbook", "rebase", old.toString(), out.toString(), "--report", report.toString());

        assertThat(status).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(old)).as("old workbook untouched").isEqualTo(before);
        assertThat(cli.out())
                .contains("merger           GM0457 Weesp -> GM0363 Amsterdam: joined an existing municipality")
                .contains("division         GM0788 Haaren -> GM0865 Vught: divided; 42.4% of its area went here")
                .contains("override_dropped GM0788 Haaren: scenario 'Met uitzonderingen': override BZ = centre dropped:"
                        + " the municipality was divided among Boxtel, Oisterwijk, Tilburg, Vught")
                .contains("17 merger, 4 division, 9 size_class, 6 region, 2 override_moved, 3 override_dropped")
                .contains("Wrote studie-2025.taakdiff: CBS 2025 (342 municipalities), 3 scenarios, 1 saved versions");

        List<String> csv = Files.readAllLines(report);
        assertThat(csv.get(0)).isEqualTo("change,old_code,old_name,new_code,new_name,detail");
        assertThat(csv).contains(
                "merger,GM0370,Beemster,GM0439,Purmerend,joined an existing municipality (98.6% of its area)",
                "division,GM0788,Haaren,GM0757,Boxtel,divided; 9.7% of its area went here",
                "override_moved,GM0370,Beemster,GM0439,Purmerend,scenario 'Met uitzonderingen': override BZ = centre "
                        + "moved to the successor",
                "override_dropped,GM0457,Weesp,GM0363,Amsterdam,scenario 'Met uitzonderingen': override JZ-LOK = region "
                        + "dropped: Amsterdam (GM0363) also has an override for JZ-LOK (municipality) and covers more "
                        + "inhabitants",
                "size_class,GM0498,Drechterland,GM0498,Drechterland,"
                        + "\"population 19,719 -> 20,476: size class from 0 -> from 20,000 (tiering 0,20000,50000,100000)\"");
        assertThat(csv.stream().filter(l -> l.startsWith("merger,") && l.contains(",GM1982,"))).hasSize(5);

        Path overrides = dir.resolve("moved.csv");
        assertThat(cli.run("scenario", "export", "--workbook", out.toString(), "--name", SCENARIO, "--allocation",
                dir.resolve("a.csv").toString(), "--overrides", overrides.toString())).as(cli.err()).isZero();
        assertThat(Files.readAllLines(overrides)).containsExactly("municipality_code,task_code,level,reason",
                "GM0344,WEG,region,Utrecht",
                "GM0363,JZ-LOK,municipality,Amsterdam doet het zelf",
                "GM0439,BZ,centre,\"Beemster (from Beemster, GM0370)\"",
                "GM1982,AFV,municipality,\"Boxmeer zelf (from Boxmeer, GM0756)\"");
        assertThat(Files.readString(dir.resolve("a.csv")))
                .isEqualTo(Files.readString(Path.of("data/scenarios/differentiated-by-scale.csv")));

        assertThat(cli.run("scenario", "versions", "--workbook", out.toString(), SCENARIO)).isZero();
        assertThat(cli.out()).contains("eerste (CBS 2020, studie-2020.taakdiff)");
        assertThat(cli.run("evaluate", "--workbook", out.toString(), "--scenario", SCENARIO, "--table", "summary"))
                .as(cli.err()).isZero();
        try (Workbook wb = Workbook.open(out)) {
            assertThat(wb.dataset().totalPopulation()).isEqualTo(18_044_027L);
            assertThat(wb.version(SCENARIO, 1).scenario().overrides()).as("history as it was")
                    .anyMatch(o -> o.municipalityCode().equals("GM0457"));
        }
    }

    @Test
    void importsALaterYearWithItsBoundariesInOneStep() throws Exception {
        Path out = dir.resolve("import.taakdiff");

        int status = cli.run("workbook", "rebase", old.toString(), out.toString(),
                "--dataset", SHARED.resolve("cbs-gebieden-in-nederland-2025.csv").toString(),
                "--regions", SHARED.resolve("municipality-regions-2025.csv").toString(),
                "--boundaries", SHARED.resolve("gemeente_2025.topojson").toString());

        assertThat(status).as(cli.err()).isZero();
        // The successors come from the old workbook's map and the imported boundaries: the same as bundled.
        assertThat(cli.out()).contains("17 merger, 4 division, 9 size_class, 6 region, 2 override_moved, 3 override_dropped")
                .contains("division         GM0788 Haaren -> GM0824 Oisterwijk: divided; 28.9% of its area went here");
        try (Workbook wb = Workbook.open(out)) {
            assertThat(wb.dataset().name()).isEqualTo("cbs-gebieden-in-nederland-2025.csv");
            MapGeometry map = WorkbookGeometry.of(wb).orElseThrow();
            assertThat(map.municipalities().areas()).hasSize(342);
            assertThat(map.municipalities().area("GM1982")).isPresent();
        }
    }

    @Test
    void withoutBoundariesOnlyCodesAreKnown() {
        Path out = dir.resolve("codes.taakdiff");

        int status = cli.run("workbook", "rebase", old.toString(), out.toString(),
                "--dataset", SHARED.resolve("cbs-gebieden-in-nederland-2025.csv").toString(),
                "--regions", SHARED.resolve("municipality-regions-2025.csv").toString());

        assertThat(status).as(cli.err()).isZero();
        assertThat(cli.out()).contains("removed          GM0457 Weesp: no longer in the data set and no successor is known")
                .contains("new              GM1982 Land van Cuijk: new in the data set; no predecessor is known")
                .contains("18 removed, 5 new");
    }

    @Test
    void badInputWritesNothing() throws Exception {
        Path out = dir.resolve("never.taakdiff");
        Path cbs = Files.writeString(dir.resolve("cbs.csv"), "\"municipalityName\";\"municipalityCode\"\r\n\"A\";\"GM1\"\r\n");

        assertThat(cli.run("workbook", "rebase", old.toString(), out.toString(), "--dataset", cbs.toString(),
                "--regions", SHARED.resolve("municipality-regions-2025.csv").toString())).isEqualTo(65);
        assertThat(cli.err()).contains("cbs.csv:1: missing columns");
        assertThat(cli.run("workbook", "rebase", old.toString(), out.toString(), "--year", "2019")).isEqualTo(2);
        assertThat(cli.err()).contains("2019 is not a bundled year (bundled: 2020, 2025)");
        assertThat(cli.run("workbook", "rebase", old.toString(), out.toString(), "--dataset", cbs.toString()))
                .isEqualTo(2);
        assertThat(cli.run("workbook", "rebase", old.toString(), old.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".never"));
        }
    }

    @Test
    void anExistingOutputIsNotReplaced() throws Exception {
        Path out = Files.writeString(dir.resolve("bestaat.taakdiff"), "mine");

        assertThat(cli.run("workbook", "rebase", old.toString(), out.toString())).isEqualTo(74);
        assertThat(cli.err()).contains("There is already a file");
        assertThat(Files.readString(out)).isEqualTo("mine");
    }
}
