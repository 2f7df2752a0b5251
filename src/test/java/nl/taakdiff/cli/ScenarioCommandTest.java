package nl.taakdiff.cli;

import static nl.taakdiff.testing.DemoTexts.CURRENT_EN;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_EN;
import static nl.taakdiff.testing.DemoTexts.DIFFERENTIATED_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.store.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {
    @TempDir
    Path dir;
    Path file;
    String out;
    String err;

    @BeforeEach
    void workbook() throws Exception {
        file = dir.resolve("study.taakdiff");
        List<Municipality> ms = List.of(
                new Municipality("GM0001", "Klein", "Drenthe", 8000, java.util.Map.of("jeugdregio", new Region("jeugdregio", "J1", "J1"))),
                new Municipality("GM0002", "Groot", "Drenthe", 80000, java.util.Map.of("jeugdregio", new Region("jeugdregio", "J1", "J1"))));
        List<Task> tasks = List.of(new Task("JZ", "Jeugdzorg", "sociaal", 180, 600000, 150000, "jeugdregio", "test"));
        List<Rule> rules = new ArrayList<>();
        for (long b : Tiering.DEFAULT.lowerBounds()) {
            rules.add(new Rule("JZ", b, b < 50_000 ? Level.REGION : Level.MUNICIPALITY));
        }
        Scenario s = new Scenario("Diff", "youth care pooled", Tiering.DEFAULT, rules,
                List.of(new LevelOverride("GM0002", "JZ", Level.CENTRE, "pilot")), Overheads.DEFAULT);
        try (Workbook wb = Workbook.create(file, new Dataset("Test", ms), tasks)) {
            wb.createScenario(s);
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = Cli.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return status;
    }

    @Test
    void listAndShow() {
        assertThat(run("scenario", "list", "--workbook", file.toString())).isEqualTo(0);
        assertThat(out).contains("Diff").contains("differentiated").contains("youth care pooled");
        assertThat(run("scenario", "show", "--workbook", file.toString(), "Diff")).isEqualTo(0);
        assertThat(out).contains("size classes: 0,20000,50000,100000").contains("JZ    region")
                .contains("GM0002 JZ centre (pilot)");
        assertThat(run("scenario", "show", "--workbook", file.toString(), "--name", "Diff")).isEqualTo(0);
    }

    @Test
    void shippedDemoDescriptionsAreListedAndShownInEnglish() throws Exception {
        try (Workbook wb = Workbook.open(file)) {
            Scenario diff = wb.scenario("Diff");
            wb.createScenario(diff.withName("Demo nieuw").withDescription(DIFFERENTIATED_NL)); // as stored now
            wb.createScenario(diff.withName("Demo oud").withDescription(CURRENT_EN)); // as an older release stored it
            wb.createScenario(diff.withName("Demo oud 2").withDescription(DIFFERENTIATED_EN));
        }
        assertThat(run("scenario", "list", "--workbook", file.toString())).isEqualTo(0);
        assertThat(out).contains(DIFFERENTIATED_EN).contains(CURRENT_EN).contains("youth care pooled")
                .doesNotContain(DIFFERENTIATED_NL);
        assertThat(run("scenario", "show", "--workbook", file.toString(), "Demo nieuw")).isEqualTo(0);
        assertThat(out).contains("description: " + DIFFERENTIATED_EN + System.lineSeparator())
                .doesNotContain(DIFFERENTIATED_NL);
        assertThat(run("scenario", "show", "--workbook", file.toString(), "Demo oud")).isEqualTo(0);
        assertThat(out).contains("description: " + CURRENT_EN + System.lineSeparator());
        assertThat(run("scenario", "diff", "--workbook", file.toString(), "--name", "Demo nieuw", "--with", "Diff"))
                .isEqualTo(0);
        assertThat(out).containsPattern("description +description +" + DIFFERENTIATED_EN + " +youth care pooled");
        // one shipped text, stored once in Dutch and once in English, reads the same: no difference
        assertThat(run("scenario", "diff", "--workbook", file.toString(), "--name", "Demo nieuw", "--with",
                "Demo oud 2")).isEqualTo(0);
        assertThat(out).isEqualTo("No differences in assumptions." + System.lineSeparator());
    }

    @Test
    void exportImportRoundTripIsByteStable() throws Exception {
        Path a1 = dir.resolve("a1.csv");
        Path o1 = dir.resolve("o1.csv");
        assertThat(run("scenario", "export", "--workbook", file.toString(), "--name", "Diff",
                "--allocation", a1.toString(), "--overrides", o1.toString())).isEqualTo(0);
        assertThat(run("scenario", "import", "--workbook", file.toString(), "--name", "Kopie",
                "--allocation", a1.toString(), "--overrides", o1.toString())).as(err).isEqualTo(0);
        assertThat(out).contains("Created scenario Kopie");
        Path a2 = dir.resolve("a2.csv");
        Path o2 = dir.resolve("o2.csv");
        assertThat(run("scenario", "export", "--workbook", file.toString(), "--name", "Kopie",
                "--allocation", a2.toString(), "--overrides", o2.toString())).isEqualTo(0);
        assertThat(Files.readAllBytes(a2)).isEqualTo(Files.readAllBytes(a1));
        assertThat(Files.readAllBytes(o2)).isEqualTo(Files.readAllBytes(o1));
    }

    @Test
    void badImportExits65WithEveryProblemAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "task_code,min_population,level\nJZ,0,upwards\nJZ,x,region\n");
        assertThat(run("scenario", "import", "--workbook", file.toString(), "--name", "Nieuw",
                "--allocation", bad.toString())).isEqualTo(65);
        assertThat(err.lines()).anySatisfy(l -> assertThat(l).startsWith(bad + ":2: column level"))
                .anySatisfy(l -> assertThat(l).startsWith(bad + ":3: column min_population"));
        assertThat(run("scenario", "list", "--workbook", file.toString())).isEqualTo(0);
        assertThat(out).doesNotContain("Nieuw");
    }

    @Test
    void versionsSaveAndRestore() {
        assertThat(run("scenario", "save-version", "--workbook", file.toString(), "--name", "Diff",
                "--label", "voor overleg")).isEqualTo(0);
        assertThat(out).contains("Saved version 1 of Diff: voor overleg");
        Path uniform = dir.resolve("u.csv");
        try {
            Files.writeString(uniform, "task_code,min_population,level\nJZ,0,municipality\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(run("scenario", "import", "--workbook", file.toString(), "--name", "Diff",
                "--allocation", uniform.toString())).as(err).isEqualTo(0);
        assertThat(run("scenario", "save-version", "--workbook", file.toString(), "Diff")).isEqualTo(0);
        assertThat(run("scenario", "versions", "--workbook", file.toString(), "Diff")).isEqualTo(0);
        assertThat(out).contains("voor overleg").contains("Version 2");
        assertThat(run("scenario", "diff", "--workbook", file.toString(), "--name", "Diff", "--versions", "1", "2"))
                .isEqualTo(0);
        assertThat(out).contains("tiering").contains("JZ @ 0").contains("region").contains("municipality");
        assertThat(run("scenario", "restore", "--workbook", file.toString(), "--name", "Diff", "--version", "1"))
                .isEqualTo(0);
        assertThat(run("scenario", "show", "--workbook", file.toString(), "Diff")).isEqualTo(0);
        assertThat(out).contains("size classes: 0,20000,50000,100000");
    }

    @Test
    void deleteAndErrors() throws Exception {
        assertThat(run("scenario", "delete", "--workbook", file.toString(), "Nope")).isEqualTo(65);
        assertThat(err).contains("no scenario named");
        assertThat(run("scenario", "delete", "--workbook", file.toString(), "Diff")).isEqualTo(0);
        assertThat(run("scenario", "list", "--workbook", file.toString())).isEqualTo(0);
        assertThat(out).doesNotContain("Diff");

        Path text = dir.resolve("text.taakdiff");
        Files.writeString(text, "hello");
        assertThat(run("scenario", "list", "--workbook", text.toString())).isEqualTo(74);
        assertThat(err).contains("not a Taakdiff workbook");
        assertThat(run("scenario", "list")).isEqualTo(2);
        assertThat(run("scenario", "list", "--workbook", dir.resolve("no/such.taakdiff").toString())).isEqualTo(74);
        assertThat(err).contains("does not exist");
    }

    @Test
    void changesAreRefusedWhileAnotherInstanceHasTheWorkbook() throws Exception {
        try (Workbook other = Workbook.open(file)) {
            assertThat(other.isReadOnly()).isFalse();
            assertThat(run("scenario", "save-version", "--workbook", file.toString(), "Diff")).isEqualTo(74);
            assertThat(err).contains("read-only").contains("another Taakdiff");
            assertThat(run("scenario", "list", "--workbook", file.toString())).isEqualTo(0);
            assertThat(err).contains("read-only");
            assertThat(other.versions("Diff")).isEmpty();
        }
    }

    @Test
    void createRenameDescribeUndoRedo() {
        String wb = file.toString();
        assertThat(run("scenario", "create", "--workbook", wb, "--name", "Nu")).as(err).isEqualTo(0);
        assertThat(run("scenario", "create", "--workbook", wb, "--name", "Leeg", "--from", "empty")).isEqualTo(0);
        assertThat(run("scenario", "create", "--workbook", wb, "--name", "Kopie", "--copy-of", "Diff")).isEqualTo(0);
        assertThat(run("scenario", "create", "--workbook", wb, "--name", "kopie")).isEqualTo(65);
        assertThat(err).contains("already a scenario named");
        assertThat(run("scenario", "create", "--workbook", wb, "--name", "X", "--from", "later")).isEqualTo(2);
        assertThat(run("scenario", "rename", "--workbook", wb, "--name", "Kopie", "--to", "Variant")).isEqualTo(0);
        assertThat(run("scenario", "describe", "--workbook", wb, "--name", "Variant", "--description", "nieuw"))
                .isEqualTo(0);
        assertThat(run("scenario", "undo", "--workbook", wb, "Variant")).isEqualTo(0);
        assertThat(run("scenario", "undo", "--workbook", wb, "Variant")).isEqualTo(0);
        assertThat(out).contains("Undone; scenario is now Kopie");
        assertThat(run("scenario", "undo", "--workbook", wb, "Kopie")).isEqualTo(0);
        assertThat(out).contains("Nothing to undo");
        assertThat(run("scenario", "redo", "--workbook", wb, "Kopie")).isEqualTo(0);
        assertThat(out).contains("Redone; scenario is now Variant");
        assertThat(run("scenario", "redo", "--workbook", wb, "Variant")).isEqualTo(0);
        assertThat(out).contains("Redone; scenario is now Variant");
        assertThat(run("scenario", "redo", "--workbook", wb, "Variant")).isEqualTo(0);
        assertThat(out).contains("Nothing to redo");
        assertThat(run("scenario", "list", "--workbook", wb)).isEqualTo(0);
        assertThat(out).contains("Nu").contains("Leeg").contains("Variant").contains("Diff");
    }
}
