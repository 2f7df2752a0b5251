package nl.taakdiff.store;

import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;

/**
 * What one undo or redo changed, so that a view can follow without reading the whole workbook.
 *
 * @param kind         the journal kind of the step ({@code scenario}, {@code scenario-exists},
 *                     {@code catalogue}, {@value #WEIGHT_SETS}, or one added later)
 * @param label        the label the change was recorded with
 * @param previousName the name of the scenario before the step; empty when the step brought it back
 * @param scenario     the scenario after the step; empty when the step removed it or did not touch one
 * @param tasks        the task catalogue after the step, when the step changed it
 */
public record HistoryStep(String kind, String label, Optional<String> previousName, Optional<Scenario> scenario,
                          Optional<List<Task>> tasks) {
    /** The kind of a step that changed the appraisal weight sets (saved, renamed, deleted or put back). */
    public static final String WEIGHT_SETS = "weight-set";

    /** True when the step changed the stored weight sets, so a view showing them reads them again. */
    public boolean changesWeightSets() {
        return WEIGHT_SETS.equals(kind);
    }

    /** A step that changed the weight sets. */
    public static HistoryStep weightSets(String label) {
        return new HistoryStep(WEIGHT_SETS, label, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static HistoryStep scenario(String kind, String label, String previousName, Scenario scenario) {
        return new HistoryStep(kind, label, Optional.ofNullable(previousName), Optional.ofNullable(scenario),
                Optional.empty());
    }

    static HistoryStep catalogue(String label, List<Task> tasks) {
        return new HistoryStep(Journal.CATALOGUE, label, Optional.empty(), Optional.empty(), Optional.of(tasks));
    }
}
