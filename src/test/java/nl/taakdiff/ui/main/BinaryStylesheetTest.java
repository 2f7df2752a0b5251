package nl.taakdiff.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes the app's style sheet also as binary CSS, which JavaFX reads in place of the
 * text; it must say what the text says.
 */
class BinaryStylesheetTest {
    @Test
    void theBinaryStyleSheetHasEveryRuleOfTheText() throws Exception {
        URL text = Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET));
        URL binary = Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET.replace(".css", ".bss")),
                "taakdiff.bss is made in the build's process-classes phase");

        Stylesheet parsed = new CssParser().parse(text);
        Stylesheet loaded = Stylesheet.loadBinary(binary);

        assertThat(loaded.getRules()).hasSameSizeAs(parsed.getRules()).isNotEmpty();
        assertThat(describe(loaded.getRules())).isEqualTo(describe(parsed.getRules()));
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
