package nl.taakdiff.ui.rebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Study;
import nl.taakdiff.transfer.rebase.RebaseChange;
import nl.taakdiff.transfer.DefaultWorkbook;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.ui.ScriptedDialogs;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.WorkbookLibrary;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving the open 2020 workbook to the bundled 2025 data from the app, on real files. */
class RebaseViewModelTest {
    @TempDir
    Path dir;
    private WorkbookLibrary library;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<RebaseViewModel.Preview> shown = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private Path old;

    @BeforeEach
    void openA2020Workbook() throws Exception {
        old = dir.resolve("studie.taakdiff");
        DefaultWorkbook.createSeeded(old, 2020).close();
        library = new WorkbookLibrary(Workbook.open(old));
        Study study = library.study();
        session = new Session(study, new InlineJobs(), new Messages(Messages.DUTCH));
        session.attach(library, library.scenarios(), false, study);
        session.currentNameProperty().set(DefaultWorkbook.DIFFERENTIATED);
    }

    @AfterEach
    void close() throws Exception {
        library.close();
    }

    private RebaseViewModel model(boolean confirm) {
        return new RebaseViewModel(session, new InlineJobs(), new Messages(Messages.DUTCH), dialogs, preview -> {
            shown.add(preview);
            return confirm;
        }, opened::add);
    }

    @Test
    void showsTheReportAndBothDataSetsBeforeWritingAndThenOpensTheNewWorkbook() throws Exception {
        Path out = dir.resolve("studie-2025.taakdiff");
        dialogs.files.add(Optional.of(out));
        byte[] before = Files.readAllBytes(old);

        model(true).start();

        assertThat(shown).singleElement().satisfies(p -> {
            assertThat(p.oldDataset()).isEqualTo("CBS 2020");
            assertThat(p.target().dataset().name()).isEqualTo("CBS 2025");
            assertThat(p.plan().count(RebaseChange.Kind.MERGER)).isEqualTo(17);
            assertThat(p.plan().count(RebaseChange.Kind.DIVISION)).isEqualTo(4);
            assertThat(p.scenario()).isEqualTo(DefaultWorkbook.DIFFERENTIATED);
            assertThat(p.classes()).hasSize(4);
            // 81 + 186 + 56 + 32 municipalities in 2020; 342 in 2025.
            assertThat(p.classes().stream().mapToInt(RebaseViewModel.ClassRow::oldMunicipalities).sum()).isEqualTo(355);
            assertThat(p.classes().stream().mapToInt(RebaseViewModel.ClassRow::newMunicipalities).sum()).isEqualTo(342);
            assertThat(p.classes()).allSatisfy(r -> {
                assertThat(r.oldCostPerInhabitant()).isPositive().isFinite();
                assertThat(r.newCostPerInhabitant()).isPositive().isFinite();
            });
            // Every scenario can be compared, not only the current one; they share the size classes.
            assertThat(p.scenarios()).extracting(RebaseViewModel.ScenarioClasses::scenario)
                    .containsExactlyInAnyOrder(DefaultWorkbook.CURRENT_SITUATION, DefaultWorkbook.DIFFERENTIATED);
            List<RebaseViewModel.ClassRow> uniform = p.classesOf(DefaultWorkbook.CURRENT_SITUATION);
            assertThat(uniform).hasSize(4);
            for (int i = 0; i < 4; i++) {
                assertThat(uniform.get(i).newMunicipalities()).isEqualTo(p.classes().get(i).newMunicipalities());
                assertThat(uniform.get(i).newCostPerInhabitant()).isNotEqualTo(p.classes().get(i).newCostPerInhabitant());
            }
            assertThat(p.plan().changes().get(0).detail(new Messages(Messages.DUTCH).locale()))
                    .startsWith("opgegaan in een nieuwe gemeente");
        });
        assertThat(opened).containsExactly(out.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(old)).isEqualTo(before);
        try (Workbook wb = Workbook.open(out)) {
            assertThat(wb.dataset().municipalities()).hasSize(342);
            assertThat(wb.scenarios()).hasSize(2);
        }
    }

    @Test
    void cancellingWritesNothing() {
        Path out = dir.resolve("niet.taakdiff");
        dialogs.files.add(Optional.of(out));

        model(false).start();

        assertThat(shown).hasSize(1);
        assertThat(opened).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadExportIsReportedAndNothingIsWritten() throws Exception {
        Path cbs = Files.writeString(dir.resolve("cbs.csv"), "\"municipalityName\"\r\n\"A\"\r\n");
        RebaseViewModel model = model(true);
        Path out = dir.resolve("fout.taakdiff");

        model.preview(library, new RebaseViewModel.Imported(cbs, cbs, null), out);

        assertThat(shown).isEmpty();
        assertThat(dialogs.problems).singleElement().satisfies(list -> assertThat(list).anyMatch(
                p -> p.contains("cbs.csv:1: missing columns")));
        assertThat(out).doesNotExist();
    }
}
