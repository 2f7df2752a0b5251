package nl.taakdiff.transfer;

import nl.taakdiff.store.Fixtures;
import nl.taakdiff.store.ScenarioInfo;
import nl.taakdiff.store.ScenarioTemplate;
import nl.taakdiff.store.Workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.CbsGebiedenReader;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.InputException;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default workbook seeded from the bundled data, and CBS imports. */
class SeededWorkbookTest {
    private static final String CBS = "\"municipalityName\";\"municipalityCode\";\"provinceCode\";\"provinceName\";"
            + "\"securityRegionCode\";\"securityRegionName\";\"population\"\r\n";

    @TempDir
    Path dir;

    @Test
    void defaultWorkbookIsCreatedOnFirstStartWithTheDemoScenarios() throws Exception {
        String previous = System.getProperty(DefaultWorkbook.DATA_DIR_PROPERTY);
        Path folder = dir.resolve("data").resolve("taakdiff");
        System.setProperty(DefaultWorkbook.DATA_DIR_PROPERTY, folder.toString());
        try {
            assertThat(DefaultWorkbook.location()).isEqualTo(folder.resolve("default.taakdiff"));
            try (Workbook wb = DefaultWorkbook.openOrCreate()) {
                assertThat(wb.dataset().name()).isEqualTo("CBS 2025");
                assertThat(wb.dataset().municipalities()).hasSize(342);
                assertThat(wb.dataset().totalPopulation()).isEqualTo(18_044_027L);
                assertThat(wb.scenarios()).extracting(ScenarioInfo::name)
                        .containsExactly(DefaultWorkbook.DIFFERENTIATED, DefaultWorkbook.CURRENT_SITUATION);
                assertThat(wb.scenarios()).extracting(ScenarioInfo::differentiated).containsExactly(true, false);
                for (ScenarioInfo info : wb.scenarios()) {
                    Scenario s = wb.scenario(info.name());
                    assertThat(Validator.validate(wb.study(), s)).isEmpty();
                    assertThat(new Evaluator(wb.study()).evaluate(s)).isNotNull();
                }
                Scenario fresh = wb.createScenario("Nieuw", "", ScenarioTemplate.CURRENT_SITUATION);
                assertThat(fresh.rules()).isEqualTo(wb.scenario(DefaultWorkbook.CURRENT_SITUATION).rules());
                wb.saveVersion("Nieuw", "first");
            }
            try (Workbook again = DefaultWorkbook.openOrCreate()) {
                assertThat(again.scenarios()).hasSize(3);
                assertThat(again.versions("Nieuw")).hasSize(1);
            }
        } finally {
            if (previous == null) {
                System.clearProperty(DefaultWorkbook.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(DefaultWorkbook.DATA_DIR_PROPERTY, previous);
            }
        }
    }

    @Test
    void cbsExportWithBundledRegionsForMatchingCodes() throws Exception {
        Path shared = Path.of(System.getProperty("taakdiff.shared.data", "../shared/data"));
        Path cbs = shared.resolve("cbs-gebieden-in-nederland-2025.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(cbs), "shared CBS export present");
        Dataset data = DatasetImport.withRegions("CBS 2025 export", CbsGebiedenReader.read(CsvSource.of(cbs)), null);
        assertThat(data.municipalities()).hasSize(342);
        Municipality first = data.municipalities().get(0);
        assertThat(first.regions()).containsKeys("veiligheidsregio", "jeugdregio", "arbeidsmarktregio", "ggdregio");
        try (Workbook wb = Workbook.create(dir.resolve("cbs.taakdiff"), data, Fixtures.tasks())) {
            assertThat(wb.dataset()).isEqualTo(data);
        }
    }

    @Test
    void regionsFileMustMatchTheCbsCodes() throws Exception {
        String cbs = CBS + "\"Klein\";\"GM0001\";\"PV22\";\"Drenthe\";\"VR03\";\"Drenthe\";\"8000\"\r\n\"Bron: CBS\"\r\n";
        String regions = "municipality_code,region_type,region_code,region_name\n"
                + "GM0001,jeugdregio,JZ01,Een\nGM0002,jeugdregio,JZ02,Twee\n";
        var rows = CbsGebiedenReader.read(CsvSource.ofString("cbs.csv", cbs));
        assertThatThrownBy(() -> DatasetImport.withRegions("x", rows, CsvSource.ofString("regions.csv", regions)))
                .isInstanceOf(InputException.class).hasMessageContaining("regions.csv:3:");
        Dataset ok = DatasetImport.withRegions("x", rows,
                CsvSource.ofString("regions.csv", "municipality_code,region_type,region_code,region_name\n"
                        + "GM0001,jeugdregio,JZ01,Een\nGM0001,veiligheidsregio,VR99,Other\n"));
        assertThat(ok.municipalities().get(0).regions().get("jeugdregio").code()).isEqualTo("JZ01");
        assertThat(ok.municipalities().get(0).regions().get("veiligheidsregio").code())
                .as("the CBS table's own region type wins").isEqualTo("VR03");
    }
}
