package nl.taakdiff.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.MapColouring;
import nl.taakdiff.engine.map.MapColouring.Mode;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.ScriptedDialogs;
import nl.taakdiff.ui.TestData;
import nl.taakdiff.ui.common.InlineJobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.library.InMemoryScenarioLibrary;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map view model without a toolkit: colouring, localised legend, selection, details, PNG export. */
class MapViewModelTest {
    static final String AMSTERDAM = "GM0363";
    static final String SCHIERMONNIKOOG = "GM0088";

    private Session session;
    private Messages messages;
    private CompareViewModel compare;
    private ScriptedDialogs dialogs;
    private MapViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        var library = new InMemoryScenarioLibrary("test", TestData.scenarios());
        messages = new Messages(Messages.ENGLISH);
        session = new Session(TestData.study(), new InlineJobs(), messages);
        session.attach(library, library.scenarios(), false);
        compare = new CompareViewModel(session, new InlineJobs(), messages);
        dialogs = new ScriptedDialogs();
        model = new MapViewModel(session, compare, new InlineJobs(), messages, dialogs);
    }

    private Rgb colour(String code) {
        return model.map().choropleth().colourOf(code);
    }

    @Test
    void drawsTheBoundariesOfTheDataSetsOwnYearWithOptionalProvinceBorders() throws Exception {
        nl.taakdiff.model.Study study2020 = new nl.taakdiff.model.Study(
                nl.taakdiff.io.DatasetFiles.bundledDataset(2020), TestData.study().tasks());
        var library2020 = new InMemoryScenarioLibrary("2020", TestData.scenarios());
        session.attach(library2020, library2020.scenarios(), false, study2020);
        assertThat(model.shapes().municipalities()).hasSize(355);
        assertThat(model.hasProvinceBorders()).as("the 2020 sources have no province layer").isFalse();
        nl.taakdiff.model.Study study2025 = new nl.taakdiff.model.Study(
                nl.taakdiff.io.DatasetFiles.bundledDataset(2025), TestData.study().tasks());
        var library = new InMemoryScenarioLibrary("2025", TestData.scenarios());

        session.attach(library, library.scenarios(), false, study2025);
        model.provinceBordersProperty().set(true);

        assertThat(model.shapes().municipalities()).hasSize(342);
        assertThat(model.shapes().municipality("GM1982")).as("Land van Cuijk").isPresent();
        assertThat(model.shapes().municipality("GM0457")).as("Weesp, part of Amsterdam since 2022").isEmpty();
        assertThat(model.hasProvinceBorders()).isTrue();
        assertThat(model.shapes().regions(nl.taakdiff.io.MapGeometry.PROVINCES)).hasSize(12);
        assertThat(model.map()).isNotNull();
        assertThat(model.map().provinceBorders()).isTrue();
        assertThat(model.map().choropleth().colourOf("GM1982")).isNotNull();
    }

    @Test
    void aDataSetWithoutBoundariesSaysSoInsteadOfGreyMunicipalities() throws Exception {
        nl.taakdiff.model.Study own = new nl.taakdiff.model.Study(new nl.taakdiff.model.Dataset("eigen-export.csv",
                TestData.study().dataset().municipalities()), TestData.study().tasks());
        var library = new InMemoryScenarioLibrary("eigen", TestData.scenarios());

        session.attach(library, library.scenarios(), false, own);

        assertThat(model.shapes()).isNull();
        assertThat(model.map()).isNull();
        assertThat(model.problemProperty().get())
                .isEqualTo("Data set eigen-export.csv has no municipal boundaries, so the map cannot be drawn. Move the "
                        + "study with a boundary file of the same year (File > Move to newer data).");
    }

    @Test
    void loadsTheShapesOfAllMunicipalities() {
        assertThat(model.shapes()).isNotNull();
        assertThat(model.shapes().municipalities()).hasSize(TestData.study().dataset().municipalities().size());
        MapShapes.Shape amsterdam = model.shapes().municipality(AMSTERDAM).orElseThrow();
        double[] inside = amsterdam.interiorPoint();
        assertThat(amsterdam.contains(inside[0], inside[1])).isTrue();
        assertThat(model.shapes().municipalityAt(inside[0], inside[1]).orElseThrow().code()).isEqualTo(AMSTERDAM);
        assertThat(model.shapes().regions("jeugdregio")).hasSize(42);
    }

    @Test
    void startsWithTheChangeInCostOfTheFirstAlternative() {
        var result = compare.result();
        assertThat(model.modeProperty().get()).isEqualTo(Mode.COST_CHANGE);
        assertThat(model.sources()).containsExactly(result.baseline().scenario().name(),
                result.alternativeNames().get(0));
        Choropleth expected = MapColouring.costChange(result.comparisons().get(0));
        assertThat(colour(AMSTERDAM)).isEqualTo(expected.colourOf(AMSTERDAM));
        assertThat(colour(SCHIERMONNIKOOG)).isEqualTo(expected.colourOf(SCHIERMONNIKOOG));
        assertThat(model.map().choropleth().legend()).hasSize(7);
        assertThat(model.map().choropleth().legend().get(3).colour()).isEqualTo(Rgb.of("#f7f7f7"));
        assertThat(model.map().unit()).isEqualTo("EUR per inhabitant per year");
        assertThat(model.map().subtitle()).isEqualTo(session.current().name() + " compared with " + session.baseline().name());
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void everyModeColoursKnownMunicipalitiesFromThePalettes() {
        model.modeProperty().set(Mode.SIZE_CLASS);
        assertThat(colour(AMSTERDAM)).isEqualTo(Rgb.of("#081d58"));
        assertThat(colour(SCHIERMONNIKOOG)).isEqualTo(Rgb.of("#edf8b1"));
        assertThat(model.map().choropleth().legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("below 20,000", "20,000 to 50,000", "50,000 to 100,000", "100,000 or more");

        model.modeProperty().set(Mode.TASK_LEVEL);
        model.taskProperty().set("JZ-LOK");
        assertThat(colour(SCHIERMONNIKOOG)).isEqualTo(Palettes.LEVELS.get(Level.REGION));
        assertThat(colour(AMSTERDAM)).isEqualTo(Palettes.LEVELS.get(Level.MUNICIPALITY));
        assertThat(model.map().title()).isEqualTo("Level of JZ-LOK Lokale jeugdhulp en toegang");
        model.sourceProperty().set(0);
        assertThat(colour(SCHIERMONNIKOOG)).isEqualTo(Palettes.LEVELS.get(Level.MUNICIPALITY));
        assertThat(model.map().subtitle()).isEqualTo("Scenario " + session.baseline().name());

        model.modeProperty().set(Mode.CAPACITY_RISK);
        model.sourceProperty().set(1);
        var evaluation = compare.result().comparisons().get(0).alternative();
        for (String code : new String[] {AMSTERDAM, SCHIERMONNIKOOG}) {
            int tasks = evaluation.municipalities().stream().filter(m -> m.code().equals(code)).findFirst()
                    .orElseThrow().capacityRiskTasks();
            int expectedClass = tasks == 0 ? 0 : tasks == 1 ? 1 : tasks == 2 ? 2 : tasks <= 4 ? 3 : 4;
            assertThat(colour(code)).as(code).isEqualTo(Palettes.RISK.get(expectedClass));
        }
        assertThat(model.map().unit()).isEqualTo("tasks");
    }

    @Test
    void legendAndDetailsFollowTheLanguage() {
        model.modeProperty().set(Mode.SIZE_CLASS);
        messages.setLocale(Messages.DUTCH);
        assertThat(model.map().choropleth().legend()).extracting(Choropleth.LegendEntry::label)
                .containsExactly("minder dan 20.000", "20.000 tot 50.000", "50.000 tot 100.000", "100.000 of meer");
        assertThat(model.map().unit()).isEqualTo("inwoners");
        model.modeProperty().set(Mode.COST_CHANGE);
        assertThat(model.map().choropleth().legend().get(0).label()).matches("minder dan -[\\d.,]+");
        assertThat(model.map().choropleth().legend().get(6).label()).matches("meer dan [\\d.,]+");
        assertThat(model.map().choropleth().legend().get(3).label()).matches("-[\\d.,]+ tot [\\d.,]+");
        assertThat(model.map().caption()).isEqualTo("Verandering kosten per inwoner (euro per inwoner per jaar)");
        assertThat(model.map().unit()).isEqualTo("euro per inwoner per jaar");
        var details = model.details(AMSTERDAM);
        assertThat(details).extracting(MapViewModel.Detail::label).contains("Inwoners", "Provincie");
        String population = details.stream().filter(d -> d.label().equals("Inwoners")).findFirst().orElseThrow().value();
        assertThat(population).matches("\\d{3}\\.\\d{3}");
        assertThat(details.stream().filter(d -> d.label().startsWith("Kosten per inwoner")).findFirst().orElseThrow()
                .value()).startsWith("€ ");
    }

    @Test
    void regionBordersUseTheChosenTasksRegionType() {
        model.taskProperty().set("JZ-LOK");
        assertThat(model.map().regionType()).isNull();
        model.regionBordersProperty().set(true);
        String type = TestData.study().tasks().stream().filter(t -> t.code().equals("JZ-LOK")).findFirst()
                .orElseThrow().regionType();
        assertThat(model.map().regionType()).isEqualTo(type);
        assertThat(model.shapes().regions(type)).isNotEmpty();
    }

    @Test
    void theSelectionIsSharedThroughTheSession() {
        model.selectedProperty().set(AMSTERDAM);
        assertThat(session.selectedMunicipality()).isEqualTo(AMSTERDAM);
        session.selectedMunicipalityProperty().set(SCHIERMONNIKOOG);
        assertThat(model.selectedProperty().get()).isEqualTo(SCHIERMONNIKOOG);
        assertThat(model.nameOf(SCHIERMONNIKOOG)).isEqualTo("Schiermonnikoog");
        assertThat(model.details(SCHIERMONNIKOOG)).extracting(MapViewModel.Detail::label)
                .contains("Change per inhabitant (" + session.current().name() + ")", "Tasks below minimum scale");
    }

    @Test
    void followsEditsOfTheScenarios() {
        Map<String, Double> before = model.map().choropleth().values();
        String task = TestData.study().tasks().get(0).code();
        session.setLevels(Map.of(new Scenarios.Cell(task, 100_000), Level.STATE));
        assertThat(model.map().choropleth().values().get(AMSTERDAM)).isNotEqualTo(before.get(AMSTERDAM));
        session.history().undo();
        assertThat(model.map().choropleth().values().get(AMSTERDAM)).isEqualTo(before.get(AMSTERDAM));
    }

    @Test
    void withoutAComparisonTheMapExplainsWhy() {
        compare.alternativeProperty(0).set(null);
        assertThat(model.map()).isNull();
        assertThat(model.problemProperty().get()).isNotEmpty();
        model.exportMap();
        assertThat(dialogs.information).hasSize(1);
    }

    @Test
    void exportsTheMapAndTheChartAsPngAtTwiceTheSize(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("map.png");
        model.exportMap(map);
        BufferedImage image = ImageIO.read(map.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * nl.taakdiff.io.render.MapRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * nl.taakdiff.io.render.MapRenderer.HEIGHT);
        assertThat(distinctColours(image)).isGreaterThan(7);
        assertThat(model.noticeProperty().get()).contains("map.png");

        dialogs.files.add(java.util.Optional.of(dir.resolve("chart")));
        model.exportChart();
        BufferedImage chart = ImageIO.read(dir.resolve("chart.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(2 * nl.taakdiff.io.render.ChartRenderer.WIDTH);
        assertThat(chart.getHeight()).isEqualTo(2 * nl.taakdiff.io.render.ChartRenderer.HEIGHT);
        assertThat(distinctColours(chart)).isGreaterThan(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("map.png", "chart.png");
        }
    }

    @Test
    void aFailedExportSaysWhereAndWhy(@TempDir Path dir) {
        model.exportMap(dir.resolve("missing-folder").resolve("map.png"));
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("missing-folder");
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
                if (colours.size() > 50) {
                    return colours.size();
                }
            }
        }
        return colours.size();
    }
}
