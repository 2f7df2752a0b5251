package nl.taakdiff.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.tasks.TasksViewModel.Field;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TasksViewModelTest {
    private InMemoryScenarioLibrary library;
    private Session session;
    private Messages messages;
    private TasksViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        model = new TasksViewModel(session, messages);
    }

    private TasksViewModel.Row first() {
        return model.rows().get(0);
    }

    @Test
    void validatesEveryKindOfField() {
        assertThat(model.problem(Field.UNIT_COST, "12.5")).isEmpty();
        assertThat(model.problem(Field.UNIT_COST, "12,5")).get().asString().contains("not a number");
        assertThat(model.problem(Field.FIXED_COST, "-1")).get().asString().contains("0 or more");
        assertThat(model.problem(Field.MIN_SCALE, "1.5")).get().asString().contains("whole number");
        assertThat(model.problem(Field.NAME, "  ")).contains("A task needs a name.");
        assertThat(model.problem(Field.REGION_TYPE, "ggdregio")).isEmpty();
        assertThat(model.problem(Field.REGION_TYPE, "county")).get().asString()
                .isEqualTo("The region type county is not in the data set; choose one of: "
                        + "arbeidsmarktregio, ggdregio, jeugdregio, veiligheidsregio.");
        assertThat(model.problem(Field.SOURCE, "")).isEmpty();
    }

    @Test
    void anInvalidValueStaysAsADraftAndChangesNothing() {
        List<Task> before = session.study().tasks();
        assertThat(model.edit(first(), Field.UNIT_COST, "12,5")).isFalse();
        assertThat(session.study().tasks()).isEqualTo(before);
        assertThat(first().draft(Field.UNIT_COST)).get().extracting(TasksViewModel.Draft::text).isEqualTo("12,5");
        assertThat(model.draftCountProperty().get()).isEqualTo(1);
        assertThat(library.savedCatalogues()).isEmpty();
        assertThat(session.commands().canUndoProperty().get()).isFalse();

        assertThat(model.edit(first(), Field.UNIT_COST, "12.5")).isTrue();
        assertThat(first().drafts()).isEmpty();
        assertThat(model.draftCountProperty().get()).isZero();
    }

    @Test
    void aValidEditIsSavedUndoableAndReevaluates() {
        Task before = first().task();
        double total = session.evaluator().evaluate(session.current()).summary().totalCost();
        assertThat(model.edit(first(), Field.UNIT_COST, "1,000")).isTrue();
        assertThat(first().task().unitCost()).isEqualTo(1000.0);
        assertThat(session.study().tasks().get(0).unitCost()).isEqualTo(1000.0);
        assertThat(session.evaluator().evaluate(session.current()).summary().totalCost()).isGreaterThan(total);
        assertThat(library.savedCatalogues()).hasSize(1);
        assertThat(library.savedCatalogues().get(0).get(0).unitCost()).isEqualTo(1000.0);
        assertThat(model.display(first().task(), Field.UNIT_COST)).isEqualTo("€1,000.00 /inh./yr");

        session.commands().undo();
        assertThat(first().task()).isEqualTo(before);
        assertThat(library.savedCatalogues()).hasSize(2);
        assertThat(library.savedCatalogues().get(1)).isEqualTo(TestData.study().tasks());
        session.commands().redo();
        assertThat(first().task().unitCost()).isEqualTo(1000.0);
    }

    @Test
    void anUnchangedValueIsNotAnEdit() {
        Task task = first().task();
        assertThat(model.edit(first(), Field.FIXED_COST, model.editText(task, Field.FIXED_COST))).isTrue();
        assertThat(model.edit(first(), Field.NAME, task.name())).isTrue();
        assertThat(session.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void editsEveryField() {
        model.edit(first(), Field.NAME, " New name ");
        model.edit(first(), Field.DOMAIN, "veiligheid");
        model.edit(first(), Field.FIXED_COST, "1,000,000");
        model.edit(first(), Field.MIN_SCALE, "25,000");
        model.edit(first(), Field.REGION_TYPE, "ggdregio");
        model.edit(first(), Field.SOURCE, "Own estimate");
        Task t = first().task();
        assertThat(t.name()).isEqualTo("New name");
        assertThat(t.domain()).isEqualTo("veiligheid");
        assertThat(t.fixedCost()).isEqualTo(1_000_000.0);
        assertThat(t.minScale()).isEqualTo(25_000L);
        assertThat(t.regionType()).isEqualTo("ggdregio");
        assertThat(t.source()).isEqualTo("Own estimate");
        assertThat(session.commands().undoSize()).isEqualTo(6);
    }

    @Test
    void dutchValuesAreReadAndShownTheDutchWay() {
        messages.setLocale(Messages.DUTCH);
        assertThat(model.edit(first(), Field.UNIT_COST, "1.234,5")).isTrue();
        assertThat(model.display(first().task(), Field.UNIT_COST)).isEqualTo("€ 1.234,50 /inw./jr");
        assertThat(model.editText(first().task(), Field.UNIT_COST)).isEqualTo("1.234,50");
        assertThat(model.display(first().task(), Field.MIN_SCALE)).endsWith(" inw.");
        assertThat(model.edit(first(), Field.UNIT_COST, "12.5")).isFalse();
    }

    @Test
    void aReadOnlyWorkbookCannotBeEdited() throws Exception {
        library.setReadOnly(true);
        session.attach(library, library.scenarios(), true);
        List<Task> before = session.study().tasks();
        model.edit(first(), Field.UNIT_COST, "1");
        assertThat(session.study().tasks()).isEqualTo(before);
    }

    @Test
    void rangeBoundsAreEditedAndCheckedAgainstTheBase() {
        Task task = first().task();
        assertThat(model.edit(first(), Field.UNIT_COST_LOW, "")).isTrue();
        assertThat(model.display(first().task(), Field.UNIT_COST_LOW)).isEqualTo("default");
        String high = Double.toString(task.unitCost() * 1.5);
        assertThat(model.edit(first(), Field.UNIT_COST_HIGH, high)).isTrue();
        assertThat(session.study().tasks().get(0).ranges().unitCostHigh()).isEqualTo(task.unitCost() * 1.5);
        assertThat(session.study().tasks().get(0).unitCost()).isEqualTo(task.unitCost());

        assertThat(model.edit(first(), Field.UNIT_COST_LOW, Double.toString(task.unitCost() + 1))).isFalse();
        assertThat(first().draft(Field.UNIT_COST_LOW)).get().extracting(TasksViewModel.Draft::problem).asString()
                .contains("lower bound may not lie above").contains("lower bound of the unit cost");
        assertThat(session.study().tasks().get(0).ranges().unitCostLow()).isNull();
        model.discard(first(), Field.UNIT_COST_LOW);

        // A new base value takes its bounds along.
        assertThat(model.edit(first(), Field.UNIT_COST, Double.toString(task.unitCost() * 2))).isTrue();
        assertThat(session.study().tasks().get(0).ranges().unitCostHigh()).isEqualTo(task.unitCost() * 3);

        assertThat(model.problem(Field.MIN_SCALE_LOW, "1.5")).get().asString().contains("whole number");
        assertThat(model.problem(Field.MIN_SCALE_LOW, "")).isEmpty();
    }
}
