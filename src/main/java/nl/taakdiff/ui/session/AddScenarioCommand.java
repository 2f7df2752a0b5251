package nl.taakdiff.ui.session;

import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.undo.Command;

/** Adds a scenario (create, duplicate) and makes it current. */
final class AddScenarioCommand implements Command {
    private final Session session;
    private final Description description;
    private final Scenario scenario;
    private String previousCurrent;

    AddScenarioCommand(Session session, Description description, Scenario scenario) {
        this.session = session;
        this.description = description;
        this.scenario = scenario;
    }

    @Override
    public void execute() {
        previousCurrent = session.currentNameProperty().get();
        session.add(Integer.MAX_VALUE, scenario);
        session.select(scenario.name());
    }

    @Override
    public void undo() {
        session.remove(scenario.name());
        if (previousCurrent != null) {
            session.select(previousCurrent);
        }
    }

    @Override
    public Description description() {
        return description;
    }
}
