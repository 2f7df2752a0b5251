package nl.taakdiff.cli;

import java.nio.file.Path;
import java.util.List;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.engine.uncertainty.ParameterSpace;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.SourceProblem;
import nl.taakdiff.model.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --range}: the relative range of parameters the catalogue gives no bounds for (calculation.md §2.8). */
final class AnalysisOptions {
    @Option(names = "--range", paramLabel = "R", defaultValue = "0.2",
            description = "Relative range of parameters without catalogue bounds and of overhead rates:"
                    + " base × (1 ± R) (default: ${DEFAULT-VALUE}).")
    double range;

    /** The parameters of the baseline's study and overheads; bad catalogue ranges are bad input. */
    ParameterSpace space(CommandSpec spec, List<Evaluation> evaluations, Path workbook) throws InputException {
        if (!(range >= 0 && range <= 1)) {
            throw new ParameterException(spec.commandLine(), "--range: must be between 0 and 1, not " + range);
        }
        Evaluation baseline = evaluations.get(0);
        try {
            return ParameterSpace.of(baseline.study().tasks(), baseline.scenario().overheads(), range);
        } catch (ValidationException e) {
            // Reached only for a workbook's catalogue: a tasks file is checked, with its lines, when read.
            String source = (workbook == null ? "tasks" : workbook.toString()) + " [task catalogue]";
            throw new InputException(e.problems().stream()
                    .map((Problem p) -> new SourceProblem(source, 0, p.message())).toList());
        }
    }
}
