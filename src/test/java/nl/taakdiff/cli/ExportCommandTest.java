package nl.taakdiff.cli;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.CURRENT_NL;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_EN;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taakdiff export}: every format, from files and from a workbook, and its exit statuses. */
class ExportCommandTest {
    private static final String CURRENT_CSV = "data/scenarios/current-situation.csv";
    private static final String DIFFERENTIATED_CSV = "data/scenarios/differentiated-by-scale.csv";
    private static final String CURRENT = "Huidige situatie (uniform)";
    private static final String DIFFERENTIATED = "Gedifferentieerd naar schaal";

    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    private int export(String format, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--baseline", CURRENT_CSV, "--alternative",
                DIFFERENTIATED_CSV, "--format", format, "--out", out.toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void csvHasTheSameFiguresAsCompare() throws Exception {
        assertThat(export("csv", dir.resolve("meeting.csv"))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("meeting-summary.csv", "meeting-classes.csv", "meeting-municipalities.csv");
        assertThat(listing()).containsExactlyInAnyOrder("meeting-summary.csv", "meeting-classes.csv",
                "meeting-municipalities.csv");
        for (String table : List.of("summary", "classes", "municipalities")) {
            assertThat(cli.run("compare", "--baseline", CURRENT_CSV, "--alternative", DIFFERENTIATED_CSV,
                    "--table", table)).isZero();
            String exported = Files.readString(dir.resolve("meeting-" + table + ".csv"));
            assertThat(exported.replace("\r\n", "\n")).as(table).isEqualTo(cli.out());
        }
    }

    @Test
    void excelNlCsvHasABom() throws Exception {
        assertThat(export("csv-excel-nl", dir.resolve("nl"))).as(cli.err()).isZero();
        byte[] bytes = Files.readAllBytes(dir.resolve("nl-summary.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        // For people: Dutch column and metric names that name the scenarios, and the data set and date below
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFIndicator;Eenheid;current-situation (basis);differentiated-by-scale;Verschil;"
                + "Verschil (aandeel)\r\nTotale kosten;euro per jaar;").contains("\r\nGegevensset;CBS ")
                .contains("differentiated-by-scale tegenover current-situation").contains("Geëxporteerd op;");
        assertThat(export("csv-excel-nl", dir.resolve("en"), "--lang", "en")).as(cli.err()).isZero();
        assertThat(Files.readString(dir.resolve("en-summary.csv"))).contains("Metric;Unit;current-situation (baseline)")
                .contains("Total cost;EUR per year;");
        // the standard CSV keeps its documented machine columns whatever the language
        assertThat(export("csv", dir.resolve("machine.csv"), "--lang", "nl")).isZero();
        assertThat(Files.readString(dir.resolve("machine-summary.csv"))).startsWith("metric,baseline,alternative,delta,"
                + "delta_pct\r\ntotal_cost,");
    }

    @Test
    void xlsxFromFilesListsTheOverridesWithTheirReasons() throws Exception {
        Path overrides = dir.resolve("overrides.csv");
        Files.writeString(overrides, "municipality_code,task_code,level,reason\nGM0363,JZ-LOK,region,big city, own team\n"
                .replace("big city, own team", "\"big city, own team\""));
        assertThat(export("xlsx", dir.resolve("o.xlsx"), "--alternative-overrides", overrides.toString()))
                .as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("o.xlsx")))) {
            assertThat(texts(wb, "Aannames")).contains("big city, own team");
        }
    }

    @Test
    void theSourcesOfScenariosReadFromFilesAreInTheExportsLanguage() throws Exception {
        Path overrides = dir.resolve("overrides.csv");
        Files.writeString(overrides, "municipality_code,task_code,level,reason\nGM0363,JZ-LOK,region,eigen team\n");
        assertThat(export("xlsx", dir.resolve("nl.xlsx"), "--alternative-overrides", overrides.toString()))
                .as(cli.err()).isZero();
        assertThat(export("xlsx", dir.resolve("en.xlsx"), "--alternative-overrides", overrides.toString(),
                "--lang", "en")).as(cli.err()).isZero();

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("nl.xlsx")))) {
            assertThat(texts(wb, "Over deze export")).contains("current-situation, uit " + CURRENT_CSV,
                    "differentiated-by-scale, uit " + DIFFERENTIATED_CSV + " met uitzonderingen " + overrides);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("en.xlsx")))) {
            assertThat(texts(wb, "About")).contains("current-situation, from " + CURRENT_CSV,
                    "differentiated-by-scale, from " + DIFFERENTIATED_CSV + " with overrides " + overrides);
        }
    }

    @Test
    void theLastSavedVersionIsNamedInTheExportsLanguageWithItsDate() throws Exception {
        Path workbook = dir.resolve("study.taakdiff");
        assertThat(cli.run("workbook", "create", workbook.toString())).as(cli.err()).isZero();
        assertThat(cli.run("scenario", "save-version", "--workbook", workbook.toString(), DIFFERENTIATED, "--label",
                "Voor de raad")).as(cli.err()).isZero();
        java.time.Instant saved;
        try (nl.taakdiff.store.Workbook wb = nl.taakdiff.store.Workbook.open(workbook)) {
            saved = wb.versions(DIFFERENTIATED).get(0).savedAt();
        }
        String dutchDay = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")
                .format(saved.atZone(java.time.ZoneId.of("Europe/Amsterdam")));
        String isoDay = saved.toString().substring(0, 10);
        for (String lang : List.of("nl", "en")) {
            assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                    DIFFERENTIATED, "--format", "xlsx", "--lang", lang, "--out", dir.resolve(lang + ".xlsx").toString()))
                    .as(cli.err()).isZero();
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("nl.xlsx")))) {
            assertThat(texts(wb, "Over deze export"))
                    .anyMatch(t -> t.startsWith(CURRENT + ", uit werkmap: "))
                    .anyMatch(t -> t.startsWith(DIFFERENTIATED + " (laatst opgeslagen versie 1 'Voor de raad' van "
                            + dutchDay + "), uit werkmap: "))
                    .noneMatch(t -> t.contains("workbook") || t.contains("saved"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("en.xlsx")))) {
            assertThat(texts(wb, "About"))
                    .anyMatch(t -> t.startsWith(CURRENT + ", from workbook: "))
                    .anyMatch(t -> t.startsWith(DIFFERENTIATED + " (last saved version 1 'Voor de raad' of "
                            + isoDay + "), from workbook: "));
        }
    }

    @Test
    void uncertaintySheetsAndPictures() throws Exception {
        assertThat(export("xlsx", dir.resolve("u.xlsx"), "--uncertainty", "--draws", "400", "--seed", "7"))
                .as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("u.xlsx")))) {
            assertThat(texts(wb, "Gevoeligheid")).contains("Parameter", "Uitslag", "Omslagpunt");
            assertThat(texts(wb, "Onzekerheid")).anyMatch(t -> t.startsWith("400 trekkingen, startgetal 7,"))
                    .contains("P5", "P50", "P95", "Totale kosten");
        }
        assertThat(export("png-tornado", dir.resolve("t.png"), "--draws", "100")).as(cli.err()).isZero();
        assertThat(ImageIO.read(dir.resolve("t.png").toFile()).getWidth()).isEqualTo(1640);
        assertThat(export("png-uncertainty", dir.resolve("h.png"), "--draws", "100")).as(cli.err()).isZero();
        assertThat(ImageIO.read(dir.resolve("h.png").toFile()).getHeight()).isEqualTo(840);
        assertThat(export("png-chart", dir.resolve("c.png"))).as(cli.err()).isZero();
        assertThat(export("csv", dir.resolve("x.csv"), "--draws", "100")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--draws only applies with --uncertainty");
        assertThat(export("csv", dir.resolve("x.csv"), "--uncertainty")).isEqualTo(ExitCodes.USAGE);
        assertThat(export("xlsx", dir.resolve("x.xlsx"), "--uncertainty", "--draws", "1")).isEqualTo(ExitCodes.USAGE);
        assertThat(export("xlsx", dir.resolve("x.xlsx"), "--uncertainty", "--draws", "100001"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).startsWith("--draws: must be between 2 and 100,000, not 100001");
        assertThat(export("xlsx", dir.resolve("x.xlsx"), "--lang", "de")).isEqualTo(ExitCodes.USAGE);
        assertThat(listing()).containsExactlyInAnyOrder("u.xlsx", "t.png", "h.png", "c.png");
    }

    @Test
    void xlsxPdfAndPngMap() throws Exception {
        assertThat(export("xlsx", dir.resolve("c.xlsx"))).as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("c.xlsx")))) {
            assertThat(wb.getSheet("Samenvatting").getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("current-situation (basis)");
            assertThat(texts(wb, "Over deze export")).anyMatch(t -> t.contains(CURRENT_CSV));
        }
        assertThat(export("xlsx", dir.resolve("e.xlsx"), "--lang", "en")).as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("e.xlsx")))) {
            assertThat(wb.getSheet("Summary").getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("current-situation (baseline)");
        }
        assertThat(export("pdf", dir.resolve("c.pdf"))).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("c.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(export("png-map", dir.resolve("c.png"), "--region-borders", "jeugdregio")).as(cli.err()).isZero();
        BufferedImage image = ImageIO.read(dir.resolve("c.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1640);
        assertThat(export("png-map", dir.resolve("t.png"), "--map", "task-level", "--task", "JZ-LOK")).as(cli.err())
                .isZero();
        assertThat(export("png-map", dir.resolve("s.png"), "--map", "size-class")).isZero();
        assertThat(export("png-map", dir.resolve("r.png"), "--map", "capacity-risk")).isZero();
        assertThat(listing()).containsExactlyInAnyOrder("c.xlsx", "e.xlsx", "c.pdf", "c.png", "t.png", "s.png", "r.png");
    }

    @Test
    void threeAlternativesAreFineFourAreAUsageError() throws Exception {
        assertThat(cli.run("export", "--baseline", CURRENT_CSV, "--alternative", DIFFERENTIATED_CSV,
                "--alternative", CURRENT_CSV, "--alternative", DIFFERENTIATED_CSV, "--format", "csv",
                "--out", dir.resolve("three.csv").toString())).as(cli.err()).isZero();
        assertThat(listing()).hasSize(9).contains("three-municipalities-3.csv");
        assertThat(cli.run("export", "--baseline", CURRENT_CSV, "--alternative", DIFFERENTIATED_CSV,
                "--alternative", CURRENT_CSV, "--alternative", DIFFERENTIATED_CSV, "--alternative", CURRENT_CSV,
                "--format", "xlsx", "--out", dir.resolve("four.xlsx").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("one to 3 alternatives");
        assertThat(dir.resolve("four.xlsx")).doesNotExist();
    }

    @Test
    void usageErrorsExit2() throws Exception {
        assertThat(export("docx", dir.resolve("x.docx"))).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("'docx' is not one of csv, csv-excel-nl, xlsx, pdf, png-map");
        assertThat(cli.run("export", "--baseline", CURRENT_CSV, "--format", "csv", "--out", "x.csv"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(export("png-map", dir.resolve("x.png"), "--map", "task-level")).isEqualTo(ExitCodes.USAGE);
        assertThat(export("png-map", dir.resolve("x.png"), "--map", "task-level", "--task", "NOPE"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("NOPE is not a task");
        assertThat(export("png-map", dir.resolve("x.png"), "--region-borders", "landsdeel")).isEqualTo(ExitCodes.USAGE);
        assertThat(export("xlsx", dir.resolve("x.xlsx"), "--region-borders", "jeugdregio")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--region-borders only applies to --format png-map");
        assertThat(listing()).isEmpty();
    }

    @Test
    void badInputExits65WithFileAndLineAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        List<String> lines = Files.readAllLines(Path.of(DIFFERENTIATED_CSV));
        lines.set(3, lines.get(3).replaceAll(",[a-z]+$", ",gewest"));
        Files.write(bad, lines);

        int status = cli.run("export", "--baseline", CURRENT_CSV, "--alternative", bad.toString(), "--format",
                "xlsx", "--out", dir.resolve("out.xlsx").toString());

        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).contains(bad + ":4:").contains("gewest");
        assertThat(listing()).containsExactly("bad.csv");
    }

    @Test
    void aMissingFolderExits74() throws Exception {
        for (String format : List.of("csv", "xlsx", "pdf", "png-map")) {
            assertThat(export(format, dir.resolve("missing/out." + format))).as(format).isEqualTo(ExitCodes.IO_ERROR);
            assertThat(cli.err()).contains("does not exist");
        }
        assertThat(cli.run("export", "--baseline", dir.resolve("nope.csv").toString(), "--alternative",
                DIFFERENTIATED_CSV, "--format", "csv", "--out", dir.resolve("o.csv").toString()))
                .isEqualTo(ExitCodes.IO_ERROR);
        assertThat(listing()).isEmpty();
    }

    @Test
    void workbookScenariosByName() throws Exception {
        Path workbook = dir.resolve("study.taakdiff");
        assertThat(cli.run("workbook", "create", workbook.toString())).as(cli.err()).isZero();
        Path out = Files.createDirectories(dir.resolve("out"));

        assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                DIFFERENTIATED, "--format", "csv", "--out", out.resolve("wb.csv").toString())).as(cli.err()).isZero();
        assertThat(export("csv", out.resolve("files.csv"))).isZero();
        for (String table : List.of("summary", "classes", "municipalities")) {
            assertThat(Files.readString(out.resolve("wb-" + table + ".csv")))
                    .isEqualTo(Files.readString(out.resolve("files-" + table + ".csv")));
        }
        assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                DIFFERENTIATED, "--format", "xlsx", "--out", out.resolve("wb.xlsx").toString())).as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("wb.xlsx")))) {
            assertThat(texts(wb, "Over deze export")).contains(workbook.toString())
                    .anyMatch(t -> t.startsWith(CURRENT));
        }
        assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                "Bestaat niet", "--format", "pdf", "--out", out.resolve("x.pdf").toString())).isNotZero();
        assertThat(out.resolve("x.pdf")).doesNotExist();
        assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                DIFFERENTIATED, "--tiering", "0,50000", "--format", "pdf", "--out", out.resolve("x.pdf").toString()))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aShippedDescriptionIsExportedInTheExportsLanguageAndTheAnalystsAsWritten() throws Exception {
        Path workbook = dir.resolve("study.taakdiff");
        assertThat(cli.run("workbook", "create", workbook.toString())).as(cli.err()).isZero();

        // a new workbook stores the Dutch texts; an English export reads them in English
        assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                DIFFERENTIATED, "--format", "xlsx", "--lang", "en", "--out", dir.resolve("en.xlsx").toString()))
                .as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("en.xlsx")))) {
            assertThat(texts(wb, "Assumptions")).contains(CURRENT_EN, DIFFERENTIATED_EN);
            assertThat(texts(wb, "About")).anyMatch(t -> t.startsWith(CURRENT) && t.endsWith(": " + CURRENT_EN))
                    .anyMatch(t -> t.startsWith(DIFFERENTIATED) && t.endsWith(": " + DIFFERENTIATED_EN));
        }

        // as an older release stored it, and one in the analyst's own words
        assertThat(cli.run("scenario", "describe", "--workbook", workbook.toString(), "--name", CURRENT,
                "--description", CURRENT_EN)).as(cli.err()).isZero();
        assertThat(cli.run("scenario", "describe", "--workbook", workbook.toString(), "--name", DIFFERENTIATED,
                "--description", "Small towns work together")).as(cli.err()).isZero();
        assertThat(cli.run("export", "--workbook", workbook.toString(), "--baseline", CURRENT, "--alternative",
                DIFFERENTIATED, "--format", "xlsx", "--out", dir.resolve("nl.xlsx").toString())).as(cli.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("nl.xlsx")))) {
            assertThat(texts(wb, "Aannames")).contains(CURRENT_NL, "Small towns work together").doesNotContain(CURRENT_EN);
            assertThat(texts(wb, "Over deze export")).anyMatch(t -> t.startsWith(CURRENT) && t.endsWith(": " + CURRENT_NL))
                    .anyMatch(t -> t.startsWith(DIFFERENTIATED) && t.endsWith(": Small towns work together"));
        }
    }

    private static List<String> texts(XSSFWorkbook wb, String sheet) {
        List<String> texts = new java.util.ArrayList<>();
        for (Row row : wb.getSheet(sheet)) {
            row.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            });
        }
        return texts;
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
