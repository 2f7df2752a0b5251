package nl.taakdiff.ui.appraisal;

import nl.taakdiff.engine.appraisal.WeightSet;
import nl.taakdiff.ui.session.EditLabel;
import nl.taakdiff.ui.session.UndoHistory;

/**
 * An undoable change of the appraisal's weights on screen and, optionally, of one stored weight set
 * in the list shown ({@code storedBefore} → {@code storedAfter}: a save, rename or delete; both null
 * for a switch). The workbook itself is changed by the journal step the edit is recorded with.
 */
final class StateCommand implements UndoHistory.LocalEdit {
    private final AppraisalViewModel model;
    private final AppraisalState before;
    private final AppraisalState after;
    private final WeightSet storedBefore;
    private final WeightSet storedAfter;
    private final EditLabel description;

    StateCommand(AppraisalViewModel model, AppraisalState before, AppraisalState after, WeightSet storedBefore,
                 WeightSet storedAfter, EditLabel description) {
        this.model = model;
        this.before = before;
        this.after = after;
        this.storedBefore = storedBefore;
        this.storedAfter = storedAfter;
        this.description = description;
    }

    @Override
    public void apply() {
        if (storedBefore != null || storedAfter != null) {
            model.replaceSet(storedBefore, storedAfter);
        }
        model.apply(after);
    }

    @Override
    public void revert() {
        if (storedBefore != null || storedAfter != null) {
            model.replaceSet(storedAfter, storedBefore);
        }
        model.apply(before);
    }

    @Override
    public EditLabel label() {
        return description;
    }
}
