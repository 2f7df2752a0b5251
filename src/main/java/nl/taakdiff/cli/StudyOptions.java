package nl.taakdiff.cli;

import java.io.IOException;
import java.nio.file.Path;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.StudyInput;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Tiering;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The data, tiering and overhead options shared by {@code evaluate} and {@code compare}. */
final class StudyOptions {
    static final String TIERING_OPTION = "--tiering";
    static final String OVERHEAD_OPTION = "--overhead";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--tasks", paramLabel = "FILE", description = "Task catalogue CSV (default: the bundled tasks.csv).")
    Path tasks;

    @Option(names = "--municipalities", paramLabel = "FILE",
            description = "Municipalities CSV: code,name,province,population (default: bundled CBS 2025).")
    Path municipalities;

    @Option(names = "--regions", paramLabel = "FILE",
            description = "Region memberships CSV: municipality_code,region_type,region_code,region_name"
                    + " (default: bundled 2025).")
    Path regions;

    @Option(names = TIERING_OPTION, paramLabel = "BOUNDS", defaultValue = "0,20000,50000,100000",
            description = "Lower bounds of the size classes (default: ${DEFAULT-VALUE}).")
    String tiering;

    @Option(names = OVERHEAD_OPTION, paramLabel = "RATES",
            defaultValue = "centre=0.03,region=0.08,province=0.05,state=0.02",
            description = "Overhead rate per level (default: ${DEFAULT-VALUE}; municipality=0).")
    String overhead;

    StudyInput readStudy() throws IOException, InputException {
        if ((municipalities == null) != (regions == null)) {
            throw new ParameterException(spec.commandLine(),
                    "--municipalities and --regions go together: give both or neither");
        }
        return StudyInput.read(source(municipalities), source(regions), source(tasks));
    }

    /** Registers the data files as inputs that no output may overwrite. */
    OutputGuard guardInputs(OutputGuard guard) {
        return guard.input("--tasks", tasks).input("--municipalities", municipalities).input("--regions", regions);
    }

    /** The size classes; a bad value is wrong usage (exit 2). */
    Tiering tiering() {
        return checked(TIERING_OPTION, () -> OptionValues.tiering(tiering));
    }

    /** The overhead rates; a bad value is wrong usage (exit 2). */
    Overheads overheads() {
        return checked(OVERHEAD_OPTION, () -> OptionValues.overheads(overhead));
    }

    private <T> T checked(String option, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    static CsvSource source(Path file) {
        return file == null ? null : CsvSource.of(file);
    }
}
