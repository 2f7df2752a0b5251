package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.common.Messages;
import org.junit.jupiter.api.Test;

class TaskSourcesTest {
    /** "EUR 4,879 mln", "40,000-65,000": English money and thousands. */
    private static final Pattern ENGLISH_NUMBERS = Pattern.compile("EUR|\\d,\\d{3}");

    @Test
    void everyShippedNoteHasADutchTextWithDutchNumbers() throws Exception {
        TaskSources sources = TaskSources.bundled();
        assertThat(sources.coversShippedCatalogue()).isTrue();
        for (Task task : shipped()) {
            String shown = sources.shown(task, true);
            assertThat(shown).as(task.code()).isNotEqualTo(task.source());
            assertThat(ENGLISH_NUMBERS.matcher(shown).find()).as(shown).isFalse();
        }
    }

    @Test
    void theEnglishUiAndAChangedNoteShowTheStoredNote() throws Exception {
        Task task = shipped().get(0);
        assertThat(TaskSources.bundled().shown(task, false)).isEqualTo(task.source());
        Task edited = new Task(task.code(), task.name(), task.domain(), task.unitCost(), task.fixedCost(),
                task.minScale(), task.regionType(), "Eigen raming 2026", task.ranges());
        assertThat(TaskSources.bundled().shown(edited, true)).isEqualTo("Eigen raming 2026");
    }

    @Test
    void theDutchMoneyFormatIsTheOneTheUiUses() throws Exception {
        Task youthCare = shipped().stream().filter(t -> t.code().equals("JZ-SPEC")).findFirst().orElseThrow();
        assertThat(TaskSources.bundled().shown(youthCare, true))
                .contains(new Messages(Messages.DUTCH).formats().moneyWhole(4879) + " mln");
    }

    @Test
    void aNoteWithACommaIsReadWhole() throws Exception {
        Task shelteredHousing = shipped().stream().filter(t -> t.code().equals("WMO-BW")).findFirst().orElseThrow();
        assertThat(TaskSources.bundled().shown(shelteredHousing, true)).isEqualTo("CBS realisatie 2022: taakveld 6.81"
                + " geëscaleerde zorg 18+ € 2.109 mln = ongeveer € 120 per inwoner, waarvan voor beschermd wonen € 95"
                + " aangenomen; nu uitgevoerd door ongeveer 43 centrumgemeenten; de ggd-regio dient als benadering van"
                + " de regio");
    }

    private static List<Task> shipped() throws Exception {
        return TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records();
    }
}
