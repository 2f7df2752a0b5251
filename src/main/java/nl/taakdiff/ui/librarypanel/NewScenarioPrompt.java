package nl.taakdiff.ui.librarypanel;

import java.util.Optional;
import nl.taakdiff.model.Scenario;

/** Shows the New scenario form and answers the scenario to create, or empty when cancelled. */
@FunctionalInterface
public interface NewScenarioPrompt {
    Optional<Scenario> ask(NewScenarioForm form);
}
