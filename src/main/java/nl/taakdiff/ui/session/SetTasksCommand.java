package nl.taakdiff.ui.session;

import java.util.List;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.undo.Command;

/** Replaces the task catalogue; undo puts the previous one back (and saves it again). */
final class SetTasksCommand implements Command {
    private final Session session;
    private final Description description;
    private final List<Task> before;
    private final List<Task> after;

    SetTasksCommand(Session session, Description description, List<Task> before, List<Task> after) {
        this.session = session;
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        session.putTasks(after);
    }

    @Override
    public void undo() {
        session.putTasks(before);
    }

    @Override
    public Description description() {
        return description;
    }
}
