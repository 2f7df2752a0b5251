package nl.taakdiff.cli;

import java.util.List;
import nl.taakdiff.engine.Evaluation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --baseline} and {@code --alternative}, both required, with where they come from. */
final class ScenarioPairOptions {
    @Option(names = "--baseline", paramLabel = "FILE|NAME", required = true,
            description = "Baseline allocation CSV, or with --workbook the baseline scenario's name.")
    String baseline;

    @Option(names = "--alternative", paramLabel = "FILE|NAME", required = true,
            description = "Alternative allocation CSV, or with --workbook the alternative scenario's name.")
    String alternative;

    @Mixin
    ScenarioSourceOptions sources;

    /** The baseline's evaluation, then the alternative's. */
    List<Evaluation> evaluate(CommandSpec spec, StudyOptions study) throws Exception {
        return sources.evaluate(spec, study, baseline, alternative);
    }
}
