package nl.taakdiff.engine;

import java.util.List;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;

/** Everything the engine computes for one scenario: calculation.md §2.6. Lists follow input order. */
public record Evaluation(Study study, Scenario scenario, Summary summary, List<ClassResult> classes,
                         List<TaskResult> tasks, List<MunicipalityResult> municipalities, LevelMatrix levels) {
    public Evaluation {
        classes = List.copyOf(classes);
        tasks = List.copyOf(tasks);
        municipalities = List.copyOf(municipalities);
    }
}
