package nl.taakdiff.model;

import java.util.List;
import java.util.Objects;

/** What a scenario is evaluated against: the data set and the task catalogue. */
public record Study(Dataset dataset, List<Task> tasks) {
    public Study {
        Objects.requireNonNull(dataset, "dataset");
        tasks = List.copyOf(tasks);
    }
}
