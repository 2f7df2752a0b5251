package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberInputTest {
    private final NumberInput dutch = new NumberInput(Messages.DUTCH);
    private final NumberInput english = new NumberInput(Messages.ENGLISH);

    @Test
    void readsTheFormatOfEachLanguage() {
        assertThat(dutch.amount("1.234,5").value()).isEqualTo(1234.5);
        assertThat(dutch.amount("€ 1234,50").value()).isEqualTo(1234.5);
        assertThat(dutch.amount(" 12 ").value()).isEqualTo(12.0);
        assertThat(english.amount("1,234.5").value()).isEqualTo(1234.5);
        assertThat(english.amount("€1234.50").value()).isEqualTo(1234.5);
        assertThat(dutch.whole("20.000").value()).isEqualTo(20_000.0);
        assertThat(english.whole("20,000").value()).isEqualTo(20_000.0);
    }

    @Test
    void refusesWhatCouldBeMisread() {
        assertThat(dutch.amount("12.5").problem()).isEqualTo(NumberInput.Problem.NOT_A_NUMBER);
        assertThat(english.amount("12,5").problem()).isEqualTo(NumberInput.Problem.NOT_A_NUMBER);
        assertThat(english.amount("1,23,456").problem()).isEqualTo(NumberInput.Problem.NOT_A_NUMBER);
        assertThat(english.amount("abc").problem()).isEqualTo(NumberInput.Problem.NOT_A_NUMBER);
        assertThat(english.amount("").problem()).isEqualTo(NumberInput.Problem.EMPTY);
        assertThat(english.amount("-4").problem()).isEqualTo(NumberInput.Problem.NEGATIVE);
        assertThat(english.whole("12.5").problem()).isEqualTo(NumberInput.Problem.NOT_WHOLE);
        assertThat(english.amount("1" + "0".repeat(20)).problem()).isEqualTo(NumberInput.Problem.TOO_LARGE);
    }

    @Test
    void messagesGiveAnExampleInTheLanguage() {
        Messages nl = new Messages(Messages.DUTCH);
        assertThat(NumberInput.check(nl, "12.5", false)).get().asString().contains("1.234,50");
        Messages en = new Messages(Messages.ENGLISH);
        assertThat(NumberInput.check(en, "-1", true)).get().asString().isEqualTo("The number must be 0 or more.");
        assertThat(NumberInput.check(en, "25,000", true)).isEmpty();
    }
}
