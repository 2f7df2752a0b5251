package nl.taakdiff.store;

import java.util.List;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;

/**
 * A saved version with everything needed to evaluate it exactly as it was: the scenario state and
 * the task catalogue at the moment it was saved (the data set of a workbook never changes).
 */
public record VersionSnapshot(VersionInfo info, Scenario scenario, List<Task> tasks) {
    public VersionSnapshot {
        tasks = List.copyOf(tasks);
    }
}
