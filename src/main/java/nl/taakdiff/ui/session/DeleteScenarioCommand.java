package nl.taakdiff.ui.session;

import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.undo.Command;

/** Deletes a scenario; undo puts it back at its place (its saved versions are not restored). */
final class DeleteScenarioCommand implements Command {
    private final Session session;
    private final Description description;
    private final Scenario scenario;
    private final int index;
    private boolean wasBaseline;

    DeleteScenarioCommand(Session session, Description description, Scenario scenario, int index) {
        this.session = session;
        this.description = description;
        this.scenario = scenario;
        this.index = index;
    }

    @Override
    public void execute() {
        wasBaseline = scenario.name().equals(session.baselineNameProperty().get());
        session.remove(scenario.name());
    }

    @Override
    public void undo() {
        session.add(index, scenario);
        session.select(scenario.name());
        if (wasBaseline) {
            session.baselineNameProperty().set(scenario.name());
        }
    }

    @Override
    public Description description() {
        return description;
    }
}
