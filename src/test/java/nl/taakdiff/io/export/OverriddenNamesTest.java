package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.taakdiff.model.Municipality;
import org.junit.jupiter.api.Test;

/** The overrides table looks up only the names it shows, not a map of every municipality. */
class OverriddenNamesTest {
    @Test
    void onlyTheOverriddenMunicipalitiesAreLookedUp() {
        ExportInput input = ExportFixtures.three();
        Municipality amsterdam = input.baseline().study().dataset().municipalities().stream()
                .filter(m -> m.code().equals("GM0363")).findFirst().orElseThrow();
        long overridden = input.evaluations().stream().flatMap(e -> e.scenario().overrides().stream())
                .map(o -> o.municipalityCode()).distinct().count();

        Map<String, String> names = ExportTables.overriddenNames(input);

        assertThat(names).hasSize((int) overridden).containsEntry("GM0363", amsterdam.name());
        assertThat(ExportTables.overrides(input).rows()).anySatisfy(row ->
                assertThat(row.get(2).text()).isEqualTo(amsterdam.name()));
    }
}
