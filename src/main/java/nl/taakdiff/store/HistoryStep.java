package nl.taakdiff.store;

import java.util.List;
import java.util.Optional;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;

/**
 * What one undo or redo changed, so that a view can follow without reading the whole workbook.
 *
 * @param kind         the journal kind of the step ({@code scenario}, {@code scenario-exists},
 *                     {@code catalogue}, or one added later)
 * @param label        the label the change was recorded with
 * @param previousName the name of the scenario before the step; empty when the step brought it back
 * @param scenario     the scenario after the step; empty when the step removed it or did not touch one
 * @param tasks        the task catalogue after the step, when the step changed it
 */
public record HistoryStep(String kind, String label, Optional<String> previousName, Optional<Scenario> scenario,
                          Optional<List<Task>> tasks) {
    static HistoryStep scenario(String kind, String label, String previousName, Scenario scenario) {
        return new HistoryStep(kind, label, Optional.ofNullable(previousName), Optional.ofNullable(scenario),
                Optional.empty());
    }

    static HistoryStep catalogue(String label, List<Task> tasks) {
        return new HistoryStep(Journal.CATALOGUE, label, Optional.empty(), Optional.empty(), Optional.of(tasks));
    }
}
