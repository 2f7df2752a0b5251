package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.taakdiff.testing.Mounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a careful but unlucky analyst meets it: an output that is also an input, a
 * full or read-only disk, a missing file, wrong option values, implausible figures, a Latin-1
 * file. Every failure is one line on stderr with a documented exit status, and nothing is left
 * half-written.
 */
class CliReliabilityTest {
    private static final String CURRENT = "data/scenarios/current-situation.csv";
    private static final String DIFFERENTIATED = "data/scenarios/differentiated-by-scale.csv";

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness();

    private Path copy(String from, String name) throws IOException {
        return Files.copy(Path.of(from), dir.resolve(name));
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertOneLine(int status, int expected) {
        assertThat(status).as(cli.err()).isEqualTo(expected);
        assertThat(cli.err().lines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedHoweverItIsSpelt() throws Exception {
        Path x = copy(CURRENT, "x.csv");
        byte[] original = Files.readAllBytes(x);
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), x);
        for (Path out : List.of(x, dir.resolve("sub/../x.csv"), link)) {
            assertOneLine(cli.run("evaluate", "--allocation", x.toString(), "--table", "summary", "--out",
                    out.toString()), ExitCodes.USAGE);
            assertThat(cli.err()).contains("would overwrite the input --allocation");
        }
        assertOneLine(cli.run("export", "--baseline", x.toString(), "--alternative", DIFFERENTIATED, "--format",
                "xlsx", "--out", x.toString()), ExitCodes.USAGE);
        assertOneLine(cli.run("compare", "--baseline", CURRENT, "--alternative", x.toString(), "--table", "summary",
                "--out", link.toString()), ExitCodes.USAGE);
        // a CSV export writes OUT-summary.csv etc.: those are outputs too
        Path summary = copy(DIFFERENTIATED, "m-summary.csv");
        assertOneLine(cli.run("export", "--baseline", CURRENT, "--alternative", summary.toString(), "--format", "csv",
                "--out", dir.resolve("m.csv").toString()), ExitCodes.USAGE);
        assertThat(Files.readAllBytes(x)).isEqualTo(original);
        assertThat(Files.readAllBytes(summary)).isEqualTo(Files.readAllBytes(Path.of(DIFFERENTIATED)));
    }

    @Test
    void twoOutputsOfOneCommandMayNotBeOneFile() throws Exception {
        Path workbook = dir.resolve("w.taakdiff");
        assertThat(cli.run("workbook", "create", workbook.toString())).as(cli.err()).isZero();
        assertOneLine(cli.run("scenario", "export", "--workbook", workbook.toString(), "--name",
                "Huidige situatie (uniform)", "--allocation", dir.resolve("a.csv").toString(), "--overrides",
                dir.resolve("./a.csv").toString()), ExitCodes.USAGE);
        assertThat(cli.err()).contains("are the same file");
        assertOneLine(cli.run("workbook", "export", workbook.toString(), "--tasks", workbook.toString()),
                ExitCodes.USAGE);
        assertThat(listing(dir)).containsExactly("w.taakdiff", "w.taakdiff.lock");
    }

    @Test
    void overridesAreCheckedInOneRunLevelsAndCodesTogether() throws Exception {
        Path workbook = dir.resolve("w.taakdiff");
        assertThat(cli.run("workbook", "create", workbook.toString())).as(cli.err()).isZero();
        Path overrides = Files.writeString(dir.resolve("o.csv"),
                "municipality_code,task_code,level\nGM0363,JZ-LOK,gemeente\nGM9999,JZ-LOK,region\nGM0363,NOPE,state\n");
        int status = cli.run("scenario", "import", "--workbook", workbook.toString(), "--name", "Nieuw",
                "--allocation", CURRENT, "--overrides", overrides.toString());
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err().lines()).containsExactly(
                overrides + ":2: column level: 'gemeente' is not a level; use one of municipality, centre, region,"
                        + " province, state",
                overrides + ":3: override for unknown municipality GM9999",
                overrides + ":4: override for unknown task NOPE");
        status = cli.run("evaluate", "--allocation", CURRENT, "--overrides", overrides.toString(), "--table", "summary");
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err().lines()).hasSize(3);
    }

    @Test
    void aCsvExportSetIsReplacedAllOrNothing() throws Exception {
        Files.writeString(dir.resolve("m-summary.csv"), "old summary");
        Files.writeString(dir.resolve("m-classes.csv"), "old classes");
        Files.createDirectories(dir.resolve("m-municipalities.csv"));
        Files.writeString(dir.resolve("m-municipalities.csv/inside"), "x");
        assertOneLine(cli.run("export", "--baseline", CURRENT, "--alternative", DIFFERENTIATED, "--format", "csv",
                "--out", dir.resolve("m.csv").toString()), ExitCodes.IO_ERROR);
        assertThat(cli.err()).contains("m-municipalities.csv").contains("folder");
        assertThat(Files.readString(dir.resolve("m-summary.csv"))).isEqualTo("old summary");
        assertThat(Files.readString(dir.resolve("m-classes.csv"))).isEqualTo("old classes");
        assertThat(listing(dir)).containsExactly("m-classes.csv", "m-municipalities.csv", "m-summary.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "evaluate --table summary --tiering 0,50000,20000",
        "evaluate --table summary --tiering 0;20000",
        "evaluate --table summary --tiering 10,20000",
        "evaluate --table summary --tiering 0,-5",
        "evaluate --table summary --tiering 0,99999999999999999999",
        "evaluate --table summary --overhead centre=0,03",
        "evaluate --table summary --overhead centre=-0.1",
        "evaluate --table summary --overhead centre=NaN",
        "evaluate --table summary --overhead centre=1e3",
        "evaluate --table summary --overhead gemeente=0.1",
        "evaluate --table everything",
        "evaluate --table summary --format html",
        "compare --table summary --threshold NaN",
        "compare --table summary --threshold -1",
        "compare --table summary --threshold Infinity",
        "compare --table summary --threshold 0x1p3",
        "compare --table summary --threshold 2d",
        "compare --table summary --threshold 0,5",
        "export --format xlsx --threshold -0.5",
        "export --format docx",
        "export --format png-map --map everything",
        "export --format png-map --map task-level",
        "export --format xlsx --map size-class",
        "bench --runs 0",
        "bench --municipalities many",
        "scenario show --workbook W Naam --version 0",
        "scenario restore --workbook W Naam --version -1",
        "scenario diff --workbook W --name Naam --versions 0 1",
        "evaluate --workbook W --scenario Naam --version 0 --table summary",
        "explore --table frontier --risk-price 1e3",
        "explore --table frontier --control-price -2",
        "explore --table frontier --risk-prices 0:0x10:5",
        "appraise --workbook W --scenario Naam --table ranking --threshold NaN",
        "appraise --workbook W --scenario Naam --table ranking --draws 0",
    })
    void everyBadOptionValueIsWrongUsage(String command) {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.equals("W") ? dir.resolve("w.taakdiff").toString() : word);
        }
        if (command.startsWith("explore")) {
            args.addAll(List.of("--baseline", CURRENT));
        }
        if (command.startsWith("evaluate") && !command.contains("--workbook")) {
            args.addAll(List.of("--allocation", CURRENT));
        } else if (command.startsWith("compare") || command.startsWith("export")) {
            args.addAll(List.of("--baseline", CURRENT, "--alternative", DIFFERENTIATED));
            if (command.startsWith("export")) {
                args.addAll(List.of("--out", dir.resolve("out").toString()));
            }
        }
        int status = cli.run(args.toArray(String[]::new));
        assertThat(status).as(cli.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).doesNotContain("\tat ");
    }

    @Test
    void aDecimalCommaInAnOptionSaysToUseAPoint() {
        cli.run("evaluate", "--allocation", CURRENT, "--table", "summary", "--overhead", "centre=0,03");
        assertThat(cli.err()).contains("'centre=0,03' uses a decimal comma; use a decimal point: centre=0.03");
        cli.run("compare", "--baseline", CURRENT, "--alternative", DIFFERENTIATED, "--table", "summary",
                "--threshold", "0,5");
        assertThat(cli.err()).contains("'0,5' is not a number; use a decimal point: 0.5");
    }

    @Test
    void fileErrorsSayWhichFileAndWhy() throws Exception {
        assertOneLine(cli.run("evaluate", "--allocation", dir.resolve("nonexistent.csv").toString(), "--table",
                "summary"), ExitCodes.IO_ERROR);
        assertThat(cli.err().strip()).isEqualTo("taakdiff: cannot read " + dir.resolve("nonexistent.csv")
                + ": no such file or folder");
        assertOneLine(cli.run("evaluate", "--allocation", dir.toString(), "--table", "summary"), ExitCodes.IO_ERROR);
        assertThat(cli.err().strip()).isEqualTo("taakdiff: cannot read " + dir + ": it is a folder, not a file");
        assertOneLine(cli.run("evaluate", "--allocation", CURRENT, "--table", "summary", "--out",
                dir.resolve("no/such/folder/x.csv").toString()), ExitCodes.IO_ERROR);
        assertThat(cli.err()).contains("x.csv").contains("does not exist");
    }

    @Test
    void aReadOnlyOutputFolderIsNamedNotTheTemporaryFile() throws Exception {
        try (Mounts mount = Mounts.tmpfs(dir.resolve("ro"), "1m")) {
            mount.readOnly();
            Path out = mount.dir().resolve("x.csv");
            assertOneLine(cli.run("evaluate", "--allocation", CURRENT, "--table", "summary", "--out", out.toString()),
                    ExitCodes.IO_ERROR);
            assertThat(cli.err().strip()).isEqualTo("taakdiff: cannot write " + out + ": the disk or share is read-only");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "pdf", "png-map", "csv"})
    void aFullDiskIsSaidInOneLineAndLeavesNothing(String format) throws Exception {
        try (Mounts mount = Mounts.tmpfs(dir.resolve("full"), "16k")) {
            Path out = mount.dir().resolve("meeting." + (format.equals("png-map") ? "png" : format));
            assertOneLine(cli.run("export", "--baseline", CURRENT, "--alternative", DIFFERENTIATED, "--format", format,
                    "--out", out.toString()), ExitCodes.IO_ERROR);
            assertThat(cli.err()).startsWith("taakdiff: cannot write ").contains("the disk is full")
                    .doesNotContain(".taakdiff-tmp");
            assertThat(listing(mount.dir())).isEmpty();
        }
    }

    @Test
    void implausibleFiguresAreRefusedNotComputed() throws Exception {
        Path tasks = Files.writeString(dir.resolve("tasks.csv"), "code,name,domain,unit_cost,fixed_cost,min_scale,"
                + "region_type,source\nT1,One,d,1e300,0,0,vr,s\nT2,Two,d,100000000000000,0,0,vr,s\n");
        Path municipalities = Files.writeString(dir.resolve("m.csv"),
                "code,name,province,population\nA,Aa,P,9200000000000000000\nB,Bb,P,1000\n");
        Path regions = Files.writeString(dir.resolve("r.csv"),
                "municipality_code,region_type,region_code,region_name\nA,vr,R,R\nB,vr,R,R\n");
        Path allocation = Files.writeString(dir.resolve("a.csv"),
                "task_code,min_population,level\nT1,0,municipality\nT2,0,municipality\n");
        int status = cli.run("evaluate", "--allocation", allocation.toString(), "--tasks", tasks.toString(),
                "--municipalities", municipalities.toString(), "--regions", regions.toString(),
                "--tiering", "0", "--table", "summary");
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err()).contains("m.csv:2: column population: is 9200000000000000000, more people than live on earth")
                .contains("tasks.csv:2: column unit_cost: '1e300' is not a number");
        Files.writeString(tasks, "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n"
                + "T1,One,d,1,0,0,vr,s\nT2,Two,d,100000000000000,0,0,vr,s\n");
        Files.writeString(municipalities, "code,name,province,population\nA,Aa,P,100000\nB,Bb,P,1000\n");
        status = cli.run("evaluate", "--allocation", allocation.toString(), "--tasks", tasks.toString(),
                "--municipalities", municipalities.toString(), "--regions", regions.toString(),
                "--tiering", "0", "--table", "summary");
        assertThat(status).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(cli.err().strip()).startsWith(tasks + ":3: task T2 would cost up to 1.0908E19 euros per year")
                .contains("beyond the plausible EUR 10^18 per year");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aLatin1FileIsOneProblemNotAThousand() throws Exception {
        StringBuilder m = new StringBuilder("code,name,province,population\n");
        StringBuilder r = new StringBuilder("municipality_code,region_type,region_code,region_name\n");
        for (int i = 0; i < 300; i++) {
            m.append("GM").append(i).append(",Gemeente ").append(i == 150 ? "Súdwest" : "A").append(",P,1000\n");
            r.append("GM").append(i).append(",vr,VR1,Regio\n");
        }
        Path municipalities = Files.writeString(dir.resolve("m.csv"), m, Charset.forName("windows-1252"));
        Path regions = Files.writeString(dir.resolve("r.csv"), r);
        assertOneLine(cli.run("evaluate", "--allocation", CURRENT, "--municipalities", municipalities.toString(),
                "--regions", regions.toString(), "--table", "summary"), ExitCodes.DATA_ERROR);
        assertThat(cli.err()).startsWith(municipalities + ":152: byte 0xFA at byte position").contains("UTF-8");
    }

    @Test
    void formulaTextIsNeutralisedInAnalystCsvButKeptInRoundTripExports() throws Exception {
        StringBuilder m = new StringBuilder("code,name,province,population\n");
        List<String> lines = Files.readAllLines(Path.of("data/municipalities-2020.csv"));
        m.append(lines.get(1).replaceFirst(",[^,]*,", ",\"=HYPERLINK(\"\"http://x\"\")\",")).append('\n');
        lines.stream().skip(2).forEach(l -> m.append(l).append('\n'));
        Path municipalities = Files.writeString(dir.resolve("m.csv"), m);
        Path out = dir.resolve("out.csv");
        assertThat(cli.run("evaluate", "--allocation", CURRENT, "--municipalities", municipalities.toString(),
                "--regions", "data/municipality-regions-2020.csv", "--table", "municipalities", "--out",
                out.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(out)).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").doesNotContain(",=HYPERLINK");
        assertThat(Files.readString(out)).containsPattern("\\n[^,]+,[^,]+,\\d+,\\d+,\\d+\\.\\d\\d,");
    }
}
