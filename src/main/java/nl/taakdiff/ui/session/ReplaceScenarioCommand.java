package nl.taakdiff.ui.session;

import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.undo.Command;

/** Replaces one scenario by another version of it: cell edits, imports, renames, restores. */
final class ReplaceScenarioCommand implements Command {
    private final Session session;
    private final Description description;
    private final Scenario before;
    private final Scenario after;

    ReplaceScenarioCommand(Session session, Description description, Scenario before, Scenario after) {
        this.session = session;
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        session.put(before.name(), after);
        session.select(after.name());
    }

    @Override
    public void undo() {
        session.put(after.name(), before);
        session.select(before.name());
    }

    @Override
    public Description description() {
        return description;
    }
}
