package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Task;
import org.junit.jupiter.api.Test;

/**
 * Files as analysts really have them: saved by Excel in Windows-1252 or with Dutch settings,
 * a header with a stray separator or a column twice, an unbalanced quote, a runaway field, numbers
 * that Java would read but nobody meant, and a file far bigger than memory would hold whole.
 */
class CsvInputRobustnessTest {
    private static final String TASK_HEADER = "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n";

    private static List<String> problems(Reading reading) {
        try {
            reading.run();
        } catch (InputException e) {
            return e.problems().stream().map(SourceProblem::format).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return fail("expected an InputException");
    }

    private interface Reading {
        void run() throws java.io.IOException, InputException;
    }

    private static CsvSource bytes(String name, String text, Charset charset) {
        byte[] b = text.getBytes(charset);
        return new CsvSource(name, () -> new ByteArrayInputStream(b));
    }

    @Test
    void windows1252GivesTheLineAndTheByteAndSaysHowToSaveAsUtf8() {
        CsvSource latin1 = bytes("m.csv", "code,name,province,population\nGM1,Aa,P,10\nGM2,Súdwest-Fryslân,P,20\n",
                Charset.forName("windows-1252"));
        assertThat(problems(() -> DatasetFiles.read(latin1, CsvSource.ofString("r.csv", DatasetFiles.REGION_COLUMNS
                .stream().reduce((a, b) -> a + "," + b).orElseThrow() + "\nGM1,vr,VR1,Een\nGM2,vr,VR1,Een\n"))))
                // one problem: the region file's rows are not reported as unknown municipalities
                .containsExactly("m.csv:3: byte 0xFA at byte position 48 is not UTF-8 text; the file looks like"
                        + " Windows-1252 or Latin-1: save it as \"CSV UTF-8\" (Excel) or with UTF-8 encoding and try again");
    }

    @Test
    void dutchExcelFilesAreReadWithSemicolonsBomAndDecimalCommas() throws Exception {
        String text = "\uFEFFcode;name;domain;unit_cost;fixed_cost;min_scale;region_type;source\r\n"
                + "T1;Jeugd; zorg;1.234,50;1.000.000;20.000;jeugdregio;\"CBS; 2020\"\r\n"
                + "T2;Wmo;zorg;0,5;0;0;vr;x\r\n";
        List<Task> tasks = TaskFile.read(bytes("t.csv", text, StandardCharsets.UTF_8)).records();
        assertThat(tasks).extracting(Task::unitCost).containsExactly(1234.5, 0.5);
        assertThat(tasks.get(0).fixedCost()).isEqualTo(1_000_000);
        assertThat(tasks.get(0).minScale()).isEqualTo(20_000);
        assertThat(tasks.get(0).source()).isEqualTo("CBS; 2020");

        assertThat(problems(() -> TaskFile.read(bytes("t.csv", "code;name;domain;unit_cost;fixed_cost;min_scale;"
                + "region_type;source\nT1;n;d;1.5;0;0;vr;s\n", StandardCharsets.UTF_8))))
                .containsExactly("t.csv:2: column unit_cost: '1.5' is not a number (this file is separated by ';',"
                        + " so numbers are read with a decimal comma, e.g. 1234,5)");
    }

    @Test
    void numbersArePlainDecimalsOnly() {
        for (String value : List.of("180d", "180f", "0x1p3", "NaN", "Infinity", "1e3", "1_000", "١٢")) {
            assertThat(problems(() -> TaskFile.read(CsvSource.ofString("t.csv", TASK_HEADER
                    + "T1,n,d," + value + ",0,0,vr,s\n")))).as(value)
                    .containsExactly("t.csv:2: column unit_cost: '" + value + "' is not a number (use . as decimal separator)");
        }
        assertThat(problems(() -> TaskFile.read(CsvSource.ofString("t.csv", TASK_HEADER + "T1,n,d,\"180,5\",0,0,vr,s\n"))))
                .containsExactly("t.csv:2: column unit_cost: '180,5' is not a number: use a decimal point, e.g. 180.5");
        assertThat(problems(() -> AllocationFile.read(CsvSource.ofString("a.csv",
                "task_code,min_population,level\nT1,0x10,state\nT1,20000.0,state\n")))).containsExactly(
                "a.csv:2: column min_population: '0x10' is not a whole number",
                "a.csv:3: column min_population: '20000.0' is not a whole number");
    }

    @Test
    void aMunicipalityWithMorePeopleThanTheWorldIsRefused() {
        String regions = "municipality_code,region_type,region_code,region_name\n";
        assertThat(problems(() -> DatasetFiles.read(CsvSource.ofString("m.csv",
                "code,name,province,population\nGM1,A,P,9200000000000000000\nGM2,B,P,10000000001\n"),
                CsvSource.ofString("r.csv", regions)))).containsExactly(
                "m.csv:2: column population: is 9200000000000000000, more people than live on earth"
                        + " (10,000,000,000 at most)",
                "m.csv:3: column population: is 10000000001, more people than live on earth (10,000,000,000 at most)");
    }

    @Test
    void headerMistakesAreOneProblemOnLineOne() {
        assertThat(problems(() -> AllocationFile.read(CsvSource.ofString("a.csv",
                "task_code,min_population,level,\nT1,0,state,\nT1,1,state,\n")))).containsExactly(
                "a.csv:1: column 4 of the header has no name (a separator at the end of the header line?)");
        assertThat(problems(() -> AllocationFile.read(CsvSource.ofString("a.csv",
                "task_code,min_population,level,Level\nT1,0,state,x\nT1,1,state,y\n")))).containsExactly(
                "a.csv:1: the header names column 'level' twice (columns 3 and 4)");
        assertThat(problems(() -> AllocationFile.read(CsvSource.ofString("a.csv", "")))).containsExactly(
                "a.csv:1: the file is empty; expected header task_code,min_population,level");
    }

    @Test
    void anUnbalancedQuoteNamesTheLineWhereTheFieldStarts() {
        assertThat(problems(() -> OverrideFile.read(CsvSource.ofString("o.csv",
                "municipality_code,task_code,level,reason\nGM1,T1,state,a\nGM2,T1,state,b\nGM3,T1,state,c\n"
                        + "GM4,T1,state,d\nGM5,T1,state,\"never closed\nGM6,T1,state,e\n")))).containsExactly(
                "o.csv:6: a quoted field starts on this line but its closing quote (\") is missing");
    }

    @Test
    void aRunawayFieldIsCutOffWithAMessageInsteadOfFillingMemory() {
        // An opening quote with no end in a big file would otherwise make one field of the rest of the file.
        InputStream endless = new InputStream() {
            private final byte[] head = "task_code,min_population,level\nT1,0,\"".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                return position < head.length ? head[(int) position++] : (++position > 50_000_000 ? -1 : 'x');
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (position < head.length) {
                    return super.read(b, off, len);
                }
                if (position > 50_000_000) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                position += len;
                return len;
            }
        };
        assertThat(problems(() -> AllocationFile.read(new CsvSource("a.csv", () -> endless)))).containsExactly(
                "a.csv:2: more than 1,000,000 characters without the end of a record from this line on;"
                        + " is a closing quote (\") missing?");
    }

    @Test
    void linesStayRightAfterBlankLinesAndQuotedLineBreaks() throws Exception {
        Sourced<LevelOverride> read = OverrideFile.read(CsvSource.ofString("o.csv",
                "municipality_code,task_code,level,reason\n\nGM1,T1,state,\"two\nlines\"\n\n\nGM2,T1,region,x\r\nGM3,T1,region,y"));
        assertThat(read.lines()).containsExactly(3L, 7L, 8L);
        assertThat(read.records().get(0).reason()).isEqualTo("two\nlines");
    }

    @Test
    void echoedValuesAreShortenedAndControlCharactersShown() {
        String longValue = "x".repeat(500);
        List<String> found = problems(() -> AllocationFile.read(CsvSource.ofString("a.csv",
                "task_code,min_population,level\nT1,0,\"gem\u0007\teente\"\nT1,1," + longValue + "\n")));
        assertThat(found.get(0)).isEqualTo("a.csv:2: column level: 'gem\\u0007\\teente' is not a level;"
                + " use one of municipality, centre, region, province, state");
        assertThat(found.get(1)).contains("'" + "x".repeat(60) + "… (500 characters)'").hasSizeLessThan(200);
    }

    @Test
    void aReportListsTheFirstHundredProblemsAndCountsTheRest() {
        StringBuilder text = new StringBuilder("task_code,min_population,level\n");
        for (int i = 0; i < 1000; i++) {
            text.append("T").append(i).append(",0,nowhere\n");
        }
        try {
            AllocationFile.read(CsvSource.ofString("a.csv", text.toString()));
            fail("expected problems");
        } catch (InputException e) {
            List<String> lines = e.report().lines().toList();
            assertThat(lines).hasSize(101);
            assertThat(lines.get(100)).isEqualTo("… and 900 more problems");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBigFileIsStreamedNotReadWhole() throws Exception {
        // Half a million overrides (about 12 MB of text) from a stream that is never held whole.
        int rows = 500_000;
        InputStream big = new InputStream() {
            private final byte[] header = "municipality_code,task_code,level\n".getBytes(StandardCharsets.US_ASCII);
            private int row = -1;
            private byte[] current = header;
            private int at;

            @Override
            public int read() {
                if (at == current.length) {
                    if (++row >= rows) {
                        return -1;
                    }
                    current = ("GM" + (row % 400) + ",T" + (row % 200) + ",region\n").getBytes(StandardCharsets.US_ASCII);
                    at = 0;
                }
                return current[at++];
            }
        };
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Sourced<LevelOverride> read = OverrideFile.read(new CsvSource("big.csv", () -> big));
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(read.records()).hasSize(rows);
        assertThat(read.lineOf(rows - 1)).isEqualTo(rows + 1L);
        // the codes are shared and the lines unboxed: the records take less than the text they came from
        assertThat((after - before) / rows).as("bytes per override").isLessThan(80);
        assertThat(read.records().get(0).municipalityCode()).isSameAs(read.records().get(400).municipalityCode());
    }

    @Test
    void rulesAndTasksStillReadAsBefore() throws Exception {
        List<Rule> rules = AllocationFile.read(CsvSource.ofString("a.csv",
                "\uFEFFtask_code, Min_Population ,level\nT1,0,state\n")).records();
        assertThat(rules).containsExactly(new Rule("T1", 0, nl.taakdiff.model.Level.STATE));
        List<Municipality> m = DatasetFiles.readBundled().records();
        assertThat(m).hasSize(342);
    }
}
