package nl.taakdiff.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import nl.taakdiff.engine.Vocabulary;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.model.Tiering;
import org.junit.jupiter.api.Test;

/** The words an export writes about its scenarios, and its charts' words, in Dutch and in English. */
class ExportLanguageTest {
    /** 23:30 UTC on 29 November is half past midnight on the 30th in the Netherlands. */
    private static final Instant LATE = Instant.parse("2026-11-29T23:30:00Z");

    @Test
    void aWorkbookScenarioNamesItsLastSavedVersionAndItsDay() {
        ExportInput.ScenarioInfo labelled = ExportInput.ScenarioInfo.fromWorkbook("Gedifferentieerd", "",
                new ExportInput.SavedVersion(3, "Voor de raad", LATE));
        assertThat(ExportTables.describe(ExportText.DUTCH, labelled))
                .isEqualTo("Gedifferentieerd (laatst opgeslagen versie 3 'Voor de raad' van 30-11-2026), uit werkmap");
        assertThat(ExportTables.describe(ExportText.ENGLISH, labelled))
                .isEqualTo("Gedifferentieerd (last saved version 3 'Voor de raad' of 2026-11-29), from workbook");

        ExportInput.ScenarioInfo plain = ExportInput.ScenarioInfo.fromWorkbook("Basis", "Eigen omschrijving",
                new ExportInput.SavedVersion(1, "", Instant.parse("2026-03-02T10:00:00Z")));
        assertThat(ExportTables.describe(ExportText.DUTCH, plain))
                .isEqualTo("Basis (laatst opgeslagen versie 1 van 2-3-2026), uit werkmap: Eigen omschrijving");
        ExportInput.ScenarioInfo unsaved = ExportInput.ScenarioInfo.fromWorkbook("Nieuw", "", null);
        assertThat(ExportTables.describe(ExportText.DUTCH, unsaved)).isEqualTo("Nieuw, uit werkmap");
    }

    @Test
    void aScenarioFromFilesNamesItsAllocationAndOverrides() {
        ExportInput.ScenarioInfo withOverrides = ExportInput.ScenarioInfo.fromFiles("alt", "a.csv", "o.csv");
        assertThat(ExportTables.describe(ExportText.DUTCH, withOverrides)).isEqualTo("alt, uit a.csv met uitzonderingen o.csv");
        assertThat(ExportTables.describe(ExportText.ENGLISH, withOverrides)).isEqualTo("alt, from a.csv with overrides o.csv");
        ExportInput.ScenarioInfo alone = ExportInput.ScenarioInfo.fromFiles("base", "b.csv", null);
        assertThat(ExportTables.describe(ExportText.DUTCH, alone)).isEqualTo("base, uit b.csv");
    }

    @Test
    void sizeClassBoundsInTheReadersNumberFormat() {
        Tiering tiering = new Tiering(List.of(0L, 20_000L, 50_000L, 100_000L));
        assertThat(ExportText.DUTCH.lowerBounds(tiering)).isEqualTo("0; 20.000; 50.000; 100.000");
        assertThat(ExportText.ENGLISH.lowerBounds(tiering)).isEqualTo("0; 20,000; 50,000; 100,000");
        assertThat(ExportText.DUTCH.sizeClass(tiering.classes().get(1))).isEqualTo("20.000 tot 50.000");
        assertThat(ExportText.ENGLISH.sizeClass(tiering.classes().get(1))).isEqualTo("20,000 to 50,000");

        ExportInput dutch = ExportFixtures.demo().withText(ExportText.DUTCH);
        assertThat(ExportTables.scenarios(dutch).rows().get(0).get(3).text()).isEqualTo("0; 20.000; 50.000; 100.000");
    }

    @Test
    void theSizeClassChartSpeaksTheExportsLanguage() {
        ClassCostChart nl = Images.classCosts(ExportFixtures.demo().withText(ExportText.DUTCH));
        assertThat(nl.axis()).isEqualTo("inwoners");
        assertThat(nl.locale()).isEqualTo(Vocabulary.DUTCH);
        assertThat(nl.classes()).containsExactly("minder dan 20.000", "20.000 tot 50.000", "50.000 tot 100.000",
                "100.000 of meer");
        ClassCostChart en = Images.classCosts(ExportFixtures.demo());
        assertThat(en.axis()).isEqualTo("inhabitants");
        assertThat(en.locale().getLanguage()).isEqualTo("en");
        assertThat(en.series()).isEqualTo(nl.series());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        for (String bundle : List.of("/nl/taakdiff/io/export/export", "/nl/taakdiff/engine/vocabulary")) {
            assertThat(keys(bundle + "_nl.properties")).as(bundle).isNotEmpty()
                    .isEqualTo(keys(bundle + ".properties"));
        }
    }

    private static java.util.Set<Object> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = ExportLanguageTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
