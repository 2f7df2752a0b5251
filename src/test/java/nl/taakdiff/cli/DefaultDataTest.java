package nl.taakdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled default is CBS 2025: a default evaluation covers 342 municipalities and 18,044,027
 * inhabitants, and two municipalities formed by mergers are costed as computed by hand below.
 */
class DefaultDataTest {
    private static final String CURRENT = "data/scenarios/current-situation.csv";
    final CliHarness cli = new CliHarness();

    private List<String> table(String... args) {
        assertThat(cli.run(args)).as(cli.err()).isZero();
        return Arrays.asList(cli.out().split("\n"));
    }

    @Test
    void aDefaultEvaluationCoversThePopulationOf2025() {
        List<String> classes = table("evaluate", "--allocation", CURRENT, "--table", "classes");

        assertThat(classes).containsExactly("min_population,municipalities,population,cost,cost_per_inhabitant",
                "0,66,904433,2429652684.38,2686.38",
                "20000,180,5845980,14822529928.54,2535.51",
                "50000,64,4416770,10940656574.06,2477.07",
                "100000,32,6876844,16786237347.63,2440.98");
        long population = classes.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum();
        assertThat(population).isEqualTo(18_044_027L);
    }

    /**
     * The current situation has 16 tasks at municipality level (fixed costs 3,570,000, unit costs
     * 1,902 per inhabitant together) and six pooled ones, each attributed by population share:
     * fixed × P / P_region + unit × P × (1 + overhead), overhead 0.08 at region and 0.03 at centre level.
     *
     * <p>Land van Cuijk (GM1982, formed from Boxmeer, Cuijk, Grave, Mill en Sint Hubert and Sint
     * Anthonis), P = 92,817: own tasks 3,570,000 + 1,902 × 92,817 = 180,107,934.00; JZ-SPEC in
     * jeugdregio JZ33 (635,466 inhabitants) 600,000 × 92,817 / 635,466 + 180 × 92,817 × 1.08 =
     * 18,131,261.59; WMO-BW and WMO-MO at centre level in GG5406 (1,117,331) 9,123,678.59 and
     * 2,423,265.86; BRW and VTH in VR21 (681,831) 9,130,715.63 and 4,565,357.82; GGD in GG5406
     * 5,070,267.20. Total 228,552,480.69, or 2,462.40 per inhabitant.
     *
     * <p>Eemsdelta (GM1979, from Appingedam, Delfzijl and Loppersum), P = 44,795, all regions with
     * 602,833 inhabitants (the province of Groningen): 88,770,090.00 + 8,752,732.49 + 4,420,344.49 +
     * 1,183,194.24 + 4,413,519.98 + 2,206,759.99 + 2,470,945.23 = 112,217,586.43, or 2,505.14.
     */
    @Test
    void twoMergedMunicipalitiesAsComputedByHand() {
        List<String> rows = table("evaluate", "--allocation", CURRENT, "--table", "municipalities");

        assertThat(rows).contains("GM1982,Land van Cuijk,92817,50000,228552480.69,2462.40,16,2",
                "GM1979,Eemsdelta,44795,20000,112217586.43,2505.14,16,6");
        assertThat(rows).hasSize(1 + 342).noneMatch(r -> r.startsWith("GM0457,") || r.startsWith("GM0788,"));
    }

    @Test
    void newWorkbooksUse2025And2020StaysAvailable(@TempDir Path dir) {
        assertThat(cli.run("workbook", "create", dir.resolve("nieuw.taakdiff").toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("CBS 2025, 342 municipalities, 22 tasks, 2 scenarios");
        assertThat(cli.run("workbook", "create", dir.resolve("oud.taakdiff").toString(), "--year", "2020"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("CBS 2020, 355 municipalities, 22 tasks, 2 scenarios");
    }
}
