package nl.taakdiff.io.render;

import static org.assertj.core.api.Assertions.assertThat;

import nl.taakdiff.engine.Vocabulary;
import org.junit.jupiter.api.Test;

/** The pictures' own numbers and words follow the language they are drawn for. */
class ChartLanguageTest {
    @Test
    void barValuesAndScalesGroupDigitsTheReadersWay() {
        assertThat(ChartRenderer.whole(2686.38, Vocabulary.DUTCH)).isEqualTo("2.686");
        assertThat(ChartRenderer.whole(2686.38, Vocabulary.ENGLISH)).isEqualTo("2,686");
        assertThat(ChartRenderer.whole(1_234_567.5, Vocabulary.DUTCH)).isEqualTo("1.234.568");

        assertThat(ScatterRenderer.label(1234.5, 0.5, Vocabulary.DUTCH)).isEqualTo("1.234,5");
        assertThat(ScatterRenderer.label(1234.5, 0.5, Vocabulary.ENGLISH)).isEqualTo("1,234.5");
        assertThat(ScatterRenderer.label(45.25, 0.05, Vocabulary.DUTCH)).isEqualTo("45,25");
        assertThat(ScatterRenderer.label(20_000, 5000, Vocabulary.DUTCH)).isEqualTo("20.000");
    }

    @Test
    void theMapLegendNamesRegionBordersInItsLanguage() {
        assertThat(MapRenderer.regionBorders("jeugdregio", Vocabulary.DUTCH)).isEqualTo("Grenzen: jeugdregio");
        assertThat(MapRenderer.regionBorders("jeugdregio", Vocabulary.ENGLISH)).isEqualTo("Borders: jeugdregio");
        assertThat(MapRenderer.Options.defaults("t").locale()).isEqualTo(Vocabulary.ENGLISH);
        assertThat(MapRenderer.Options.defaults("t").withRegions("ggdregio").withLocale(Vocabulary.DUTCH))
                .extracting(MapRenderer.Options::regionType, MapRenderer.Options::locale)
                .containsExactly("ggdregio", Vocabulary.DUTCH);
    }
}
