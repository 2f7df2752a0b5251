package nl.taakdiff.io.export;

import java.util.List;
import nl.taakdiff.engine.appraisal.Acceptability;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.WeightSet;

/**
 * The appraisal part of an export: the appraisal of the exported scenarios under the named weight
 * set (or null when none was asked for), its rank acceptability, and every weight set of the
 * workbook for the assumptions.
 *
 * @param weightSet  name of the weight set the appraisal uses; empty for weights that are not a set
 * @param appraisal  null when only the weight sets are exported
 */
public record AppraisalSection(String weightSet, Appraisal appraisal, Acceptability acceptability,
                               List<WeightSet> weightSets) {
    public AppraisalSection {
        weightSet = weightSet == null ? "" : weightSet;
        weightSets = List.copyOf(weightSets);
        if (appraisal != null && acceptability == null) {
            throw new IllegalArgumentException("an exported appraisal needs its rank acceptability");
        }
    }

    /** Only the workbook's weight sets, for the assumptions. */
    public static AppraisalSection weightSetsOnly(List<WeightSet> weightSets) {
        return new AppraisalSection("", null, null, weightSets);
    }
}
