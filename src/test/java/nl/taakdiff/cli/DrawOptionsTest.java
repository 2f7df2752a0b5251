package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The draw options, shared by uncertainty and export: each command's own help text, one check. */
class DrawOptionsTest {
    private static final String BASELINE = "data/scenarios/current-situation.csv";
    private static final String ALTERNATIVE = "data/scenarios/differentiated-by-scale.csv";
    final CliHarness cli = new CliHarness();

    @Test
    void eachCommandWordsTheDrawOptionsItsOwnWay() {
        assertThat(cli.run("uncertainty", "--help")).isZero();
        assertThat(oneLine(cli.out())).contains("Number of draws, 2 to 100,000 (default: 10000).",
                "Seed: the same seed gives the same figures on any machine (default: 1).",
                "triangular (mode at the base value) or uniform (default: triangular).");
        assertThat(cli.run("export", "--help")).isZero();
        assertThat(oneLine(cli.out())).contains(
                "With --uncertainty, png-tornado or png-uncertainty: draws, 2 to 100,000 (default: 10000).",
                "Seed of the draws (default: 1).", "Draws: triangular or uniform (default: triangular).");
    }

    /** The help text without its line wrapping. */
    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "100001"})
    void aNumberOfDrawsOutOfRangeIsWrongUsageInBoth(String draws) {
        String message = "--draws: must be between 2 and 100,000, not " + draws;
        assertThat(cli.run("uncertainty", "--baseline", BASELINE, "--alternative", ALTERNATIVE, "--draws", draws,
                "--table", "summary")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains(message);
        assertThat(cli.run("export", "--baseline", BASELINE, "--alternative", ALTERNATIVE, "--format", "png-tornado",
                "--out", "unused.png", "--draws", draws)).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains(message);
    }
}
