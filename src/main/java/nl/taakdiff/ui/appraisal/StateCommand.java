package nl.taakdiff.ui.appraisal;

import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.ui.undo.Command;

/**
 * An undoable change of the appraisal's weights and, optionally, of one stored weight set
 * ({@code storedBefore} → {@code storedAfter}: a save, rename or delete; both null for a switch).
 */
final class StateCommand implements Command {
    private final AppraisalViewModel model;
    private final AppraisalState before;
    private final AppraisalState after;
    private final WeightSet storedBefore;
    private final WeightSet storedAfter;
    private final Description description;

    StateCommand(AppraisalViewModel model, AppraisalState before, AppraisalState after, WeightSet storedBefore,
                 WeightSet storedAfter, Description description) {
        this.model = model;
        this.before = before;
        this.after = after;
        this.storedBefore = storedBefore;
        this.storedAfter = storedAfter;
        this.description = description;
    }

    @Override
    public void execute() {
        if (storedBefore != null || storedAfter != null) {
            model.replaceSet(storedBefore, storedAfter);
        }
        model.apply(after);
    }

    @Override
    public void undo() {
        if (storedBefore != null || storedAfter != null) {
            model.replaceSet(storedAfter, storedBefore);
        }
        model.apply(before);
    }

    @Override
    public Description description() {
        return description;
    }
}
