package nl.taakdiff.cli;

import java.util.Locale;
import nl.taakdiff.engine.uncertainty.Distribution;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --draws} and {@code --seed} of the Monte Carlo draws, checked in one place for every command
 * that draws. A command may word them its own way under the keys {@code draws} and {@code seed}
 * of its resource bundle.
 */
final class DrawOptions {
    @Option(names = "--draws", paramLabel = "N", defaultValue = "10000", descriptionKey = "draws",
            description = "Number of draws, 2 to 100,000 (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "seed",
            description = "Seed: the same seed gives the same figures on any machine (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * {@code --distribution}, a mixin of its own so that a command can list it after other options;
     * worded under the key {@code distribution}.
     */
    static final class DistributionOptions {
        /** Distributions as typed on the command line. */
        enum Choice {
            triangular, uniform;

            Distribution distribution() {
                return this == uniform ? Distribution.UNIFORM : Distribution.TRIANGULAR;
            }
        }

        @Option(names = "--distribution", paramLabel = "NAME", defaultValue = "triangular",
                descriptionKey = "distribution",
                description = "triangular (mode at the base value) or uniform (default: ${DEFAULT-VALUE}).")
        Choice distribution;

        Distribution distribution() {
            return distribution.distribution();
        }
    }

    /** The settings of a run; a number of draws outside 2 to 100,000 is wrong usage. */
    MonteCarloSettings settings(CommandSpec spec, DistributionOptions distribution, double threshold) {
        if (draws < 2 || draws > MonteCarloSettings.MAX_DRAWS) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--draws: must be between 2 and %,d, not %d", MonteCarloSettings.MAX_DRAWS, draws));
        }
        return new MonteCarloSettings(draws, seed, distribution.distribution(), threshold);
    }
}
