package nl.taakdiff.ui.appraisal;

import java.util.List;
import nl.taakdiff.engine.appraisal.Criterion;
import nl.taakdiff.engine.appraisal.Method;

/** What the Appraisal view shows as weights: the active weight set's name (or null), the method and the criteria. */
record AppraisalState(String activeSet, Method method, List<Criterion> criteria) {
    AppraisalState {
        criteria = List.copyOf(criteria);
    }
}
