package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Task;
import org.junit.jupiter.api.Test;

/** The CSV readers: records, line numbers, every problem as FILE:LINE: message, and round trips. */
class CsvReadersTest {

    private static List<String> problems(ThrowingRead read) {
        try {
            read.run();
        } catch (InputException e) {
            return e.problems().stream().map(SourceProblem::format).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("expected an InputException");
    }

    interface ThrowingRead {
        void run() throws java.io.IOException, InputException;
    }

    @Test
    void readsAllocationWithLines() throws Exception {
        Sourced<Rule> rules = AllocationFile.read(CsvSource.ofString("a.csv",
                "task_code,min_population,level\nT1,0,centre\n\nT1,20000, Region \n"));
        assertThat(rules.records()).containsExactly(new Rule("T1", 0, Level.CENTRE), new Rule("T1", 20000, Level.REGION));
        assertThat(rules.lines()).containsExactly(2L, 4L);
    }

    @Test
    void allocationProblemsNameFileLineAndColumn() {
        assertThat(problems(() -> AllocationFile.read(CsvSource.ofString("a.csv",
                "task_code,min_population,level\nT1,0,gemeente\nT1,2x,state\n,5,state\nT2,1,2,3\n"))))
                .containsExactly(
                        "a.csv:2: column level: 'gemeente' is not a level; use one of municipality, centre, region, province, state",
                        "a.csv:3: column min_population: '2x' is not a whole number",
                        "a.csv:4: column task_code: is empty",
                        "a.csv:5: expected 3 fields but found 4");
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() {
        assertThat(problems(() -> OverrideFile.read(CsvSource.ofString("o.csv", "gemeente,taak,niveau\n"))))
                .containsExactly("o.csv:1: missing columns municipality_code, task_code, level;"
                        + " expected header municipality_code,task_code,level");
    }

    @Test
    void taskProblemsAndDuplicates() {
        String csv = "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n"
                + "A,Task a,d,1.5,10,100,vr,s\n"
                + "B,Task b,d,12;5,10,-3,vr,s\n"
                + "A,Again,d,1,1,1,vr,s\n";
        assertThat(problems(() -> TaskFile.read(CsvSource.ofString("tasks.csv", csv)))).containsExactly(
                "tasks.csv:3: column unit_cost: '12;5' is not a number (use . as decimal separator)",
                "tasks.csv:3: column min_scale: must be at least 0",
                "tasks.csv:4: duplicate task code A (first on line 2)");
    }

    @Test
    void datasetChecksBothFilesTogether() {
        CsvSource municipalities = CsvSource.ofString("m.csv",
                "code,name,province,population\nGM1,One,P,100\nGM2,Two,P,0\nGM1,Dup,P,5\n");
        CsvSource regions = CsvSource.ofString("r.csv", "municipality_code,region_type,region_code,region_name\n"
                + "GM1,vr,VR1,Eén\nGM9,vr,VR1,x\nGM1,vr,VR2,y\n");
        assertThat(problems(() -> DatasetFiles.read(municipalities, regions))).containsExactly(
                "m.csv:3: column population: is 0; it must be above 0",
                "m.csv:4: duplicate municipality code GM1 (first on line 2)",
                "r.csv:3: column municipality_code: unknown municipality GM9",
                "r.csv:4: municipality GM1 is in two regions of type vr (first on line 2)");
    }

    @Test
    void readsDatasetWithRegionsAndQuotedFields() throws Exception {
        Sourced<Municipality> m = DatasetFiles.read(
                CsvSource.ofString("m.csv", "\uFEFFcode,name,province,population\nGM1,\"Bergen (NH.)\",Noord-Holland,29000\n"),
                CsvSource.ofString("r.csv", "municipality_code,region_type,region_code,region_name\nGM1,vr,VR10,\"Noord-Holland Noord\"\n"));
        Municipality one = m.records().get(0);
        assertThat(one.name()).isEqualTo("Bergen (NH.)");
        assertThat(one.region("vr")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Noord-Holland Noord"));
        assertThat(m.lineOf(0)).isEqualTo(2);
    }

    @Test
    void invalidUtf8IsReported() {
        CsvSource latin1 = new CsvSource("l.csv", () -> new java.io.ByteArrayInputStream(
                "task_code,min_population,level\nT\u00e9,0,state\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertThat(problems(() -> AllocationFile.read(latin1))).singleElement().asString()
                .startsWith("l.csv:2: byte 0xE9 at byte position 33 is not UTF-8 text").contains("save it as");
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> AllocationFile.read(CsvSource.of(java.nio.file.Path.of("no/such/file.csv"))))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void roundTripsAreByteStable() throws Exception {
        String tasks = "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n"
                + "JZ,\"Jeugd, specialistisch\",sociaal,180,600000,150000,jeugdregio,\"CBS \"\"84413\"\"\"\n"
                + "X,Other,d,0.25,0,0,vr,\n";
        StringWriter out = new StringWriter();
        TaskFile.write(TaskFile.read(CsvSource.ofString("t.csv", tasks)).records(), out);
        assertThat(out.toString()).isEqualTo(tasks);

        String overrides = "municipality_code,task_code,level,reason\nGM1,T1,state,\"too small, says the council\"\nGM2,T1,region,\n";
        StringWriter out2 = new StringWriter();
        List<LevelOverride> read = OverrideFile.read(CsvSource.ofString("o.csv", overrides)).records();
        OverrideFile.write(read, out2);
        assertThat(out2.toString()).isEqualTo(overrides);
        assertThat(read.get(0).reason()).isEqualTo("too small, says the council");
    }

    @Test
    void taskValuesAreParsed() throws Exception {
        Task t = TaskFile.read(CsvSource.ofString("t.csv", "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source\n"
                + "A,a,d,12.5,100,20000,vr,src\n")).records().get(0);
        assertThat(t).isEqualTo(new Task("A", "a", "d", 12.5, 100, 20000, "vr", "src"));
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(Numbers.plain(180)).isEqualTo("180");
        assertThat(Numbers.plain(0.03)).isEqualTo("0.03");
        assertThat(Numbers.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(Numbers.money(-0.0)).isEqualTo("0.00");
        assertThat(Numbers.money(1234.567)).isEqualTo("1234.57");
        assertThat(Numbers.share(0.5)).isEqualTo("0.500000");
    }
}
