package nl.taakdiff.io;

import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Task;

/**
 * Corrections the data build makes to the starting catalogue after checking its minimum scales
 * against the sources they cite. Each one is written into the task's source, so the bundled file
 * says what was changed and why.
 */
final class CatalogueReview {
    /** A reviewed minimum scale and why it differs from the starting catalogue. */
    record Correction(long minScale, String note) {
    }

    /**
     * IPSE Studies (2019) gives about 460,000 inhabitants as the cost-optimal scale of tax
     * collection: where the cost per inhabitant is lowest, not the size an organisation needs to
     * carry the task at all. Used as a minimum it put every municipality but the three largest at
     * risk whatever the allocation. Most municipalities of 100,000 and more collect their own
     * taxes; smaller ones mostly share a tax office.
     */
    static final Map<String, Correction> MIN_SCALES = Map.of("BEL", new Correction(100_000,
            "reviewed minimum scale 100,000 (an assumption: municipalities of that size mostly collect their own"
                    + " taxes); 460,000 is the cost-optimal scale, not a minimum"));

    private CatalogueReview() {
    }

    static List<Task> apply(List<Task> tasks) {
        return tasks.stream().map(CatalogueReview::apply).toList();
    }

    private static Task apply(Task task) {
        Correction c = MIN_SCALES.get(task.code());
        if (c == null || task.minScale() == c.minScale()) {
            return task;
        }
        return new Task(task.code(), task.name(), task.domain(), task.unitCost(), task.fixedCost(), c.minScale(),
                task.regionType(), task.source() + "; " + c.note(), task.ranges());
    }
}
