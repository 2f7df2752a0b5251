package nl.taakdiff.ui.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.taakdiff.io.export.Exports;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;

/**
 * Everything an export needs, taken from the dialog on the FX thread and handed to the background
 * job: only immutable values.
 *
 * @param draws       draws of the Monte Carlo run when {@code uncertainty} is asked for or the picture needs it
 * @param uncertainty add the Sensitivity and Uncertainty sheets or pages
 * @param exploration add the frontier and the price of uniformity
 * @param workbook    the workbook file the scenarios come from; empty when none
 */
public record ExportRequest(Exports.Format format, Study study, Scenario baseline, List<Scenario> alternatives,
                            boolean uncertainty, boolean exploration, int draws, Locale language, Path out,
                            String appVersion, String workbook, Instant at) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(baseline, "baseline");
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(out, "out");
        workbook = workbook == null ? "" : workbook;
    }

    /** True when the draws are needed: asked for, or the picture is the tornado or the histogram. */
    public boolean needsDraws() {
        return format.needsUncertainty() || uncertainty && (format == Exports.Format.XLSX || format == Exports.Format.PDF);
    }
}
