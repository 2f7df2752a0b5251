package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.transfer.rebase.WorkbookGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbook create --dataset … --boundaries …}: a later year imported with its map in one step. */
class ImportedYearCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"));
    private static final String CBS = SHARED.resolve("cbs-gebieden-in-nederland-2025.csv").toString();
    private static final String REGIONS = SHARED.resolve("municipality-regions-2025.csv").toString();

    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    @Test
    void theBoundaryFileIsKeptInTheWorkbookForItsMap() throws Exception {
        Path file = dir.resolve("import.taakdiff");

        int status = cli.run("workbook", "create", file.toString(), "--dataset", CBS, "--regions", REGIONS,
                "--boundaries", SHARED.resolve("gemeente_2025.topojson").toString());

        assertThat(status).as(cli.err()).isZero();
        assertThat(cli.out()).contains("cbs-gebieden-in-nederland-2025.csv, 342 municipalities");
        try (Workbook wb = Workbook.open(file)) {
            MapGeometry map = WorkbookGeometry.of(wb).orElseThrow();
            assertThat(map.municipalities().areas()).hasSize(342);
            assertThat(map.municipalities().area("GM1979")).as("Eemsdelta").isPresent();
        }
    }

    @Test
    void boundariesOfAnotherYearAreRefusedAndNothingIsWritten() {
        Path file = dir.resolve("mismatch.taakdiff");

        int status = cli.run("workbook", "create", file.toString(), "--dataset", CBS, "--regions", REGIONS,
                "--boundaries", SHARED.resolve("gemeente_2020.topojson").toString());

        assertThat(status).isEqualTo(65);
        assertThat(cli.err()).contains("gemeente_2020.topojson").contains("GM1982");
        assertThat(file).doesNotExist();
    }

    /** An imported workbook with the two demo scenarios, with or without its boundary file. */
    private String imported(String name, boolean withBoundaries) {
        Path file = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("workbook", "create", file.toString(),
                "--dataset", CBS, "--regions", REGIONS));
        if (withBoundaries) {
            args.addAll(java.util.List.of("--boundaries", SHARED.resolve("gemeente_2025.topojson").toString()));
        }
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        for (String scenario : new String[] {"current-situation", "differentiated-by-scale"}) {
            assertThat(cli.run("scenario", "import", "--workbook", file.toString(), "--name", scenario,
                    "--allocation", "data/scenarios/" + scenario + ".csv")).as(cli.err()).isZero();
        }
        return file.toString();
    }

    private int exportFrom(String workbook, String format, Path out) {
        return cli.run("export", "--workbook", workbook, "--baseline", "current-situation", "--alternative",
                "differentiated-by-scale", "--format", format, "--out", out.toString());
    }

    @Test
    void exportsDrawTheBoundariesKeptInTheWorkbook() throws Exception {
        String workbook = imported("met-grenzen.taakdiff", true);
        Path png = dir.resolve("kaart.png");

        assertThat(exportFrom(workbook, "png-map", png)).as(cli.err()).isZero();

        // The same data set without its boundary file has no map at all (below), so this one is drawn
        // from the boundaries kept in the workbook.
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isPositive();
    }

    @Test
    void withoutBoundariesExportsSayThereIsNoMap() throws Exception {
        String workbook = imported("zonder-grenzen.taakdiff", false);
        Path png = dir.resolve("kaart.png");

        assertThat(exportFrom(workbook, "png-map", png)).isEqualTo(65);
        assertThat(cli.err()).contains("data set cbs-gebieden-in-nederland-2025.csv has no municipal boundaries");
        assertThat(png).doesNotExist();

        Path pdf = dir.resolve("hand-out.pdf");
        assertThat(exportFrom(workbook, "pdf", pdf)).as(cli.err()).isZero();
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf.toString())) {
            String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(first.replaceAll("\\s+", " ")).contains(
                    "Geen kaarten: gegevensset cbs-gebieden-in-nederland-2025.csv heeft geen gemeentegrenzen");
        }
    }

    @Test
    void boundariesNeedAnImportedDataSet() {
        assertThat(cli.run("workbook", "create", dir.resolve("x.taakdiff").toString(), "--boundaries",
                SHARED.resolve("gemeente_2025.topojson").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--boundaries needs --dataset");
    }
}
