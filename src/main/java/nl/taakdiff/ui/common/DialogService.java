package nl.taakdiff.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a view model may open, so that view models can be tested with a scripted
 * implementation. Texts are already localised by the caller.
 */
public interface DialogService {
    /** Something went wrong: what happened ({@code header}) and what to do ({@code advice}). */
    void showError(String title, String header, String advice);

    /** A list of problems such as {@code FILE:LINE: message}, after a header that says what was refused. */
    void showProblems(String title, String header, List<String> problems);

    void showInformation(String title, String header, String text);

    /** Asks yes/no; true for yes. */
    boolean confirm(String title, String header, String text);

    /** Asks for a line of text; empty when cancelled. */
    Optional<String> askText(String title, String header, String initial);

    /** Lets the user pick one of the choices; empty when cancelled. */
    <T> Optional<T> choose(String title, String header, List<T> choices, java.util.function.Function<T, String> label);

    Optional<Path> openFile(String title, FileType type);

    Optional<Path> saveFile(String title, FileType type, String initialName);

    Optional<Path> chooseDirectory(String title);

    /** Kinds of files the app reads and writes. */
    enum FileType {
        WORKBOOK("*.taakdiff"),
        CSV("*.csv"),
        PNG("*.png"),
        XLSX("*.xlsx"),
        PDF("*.pdf"),
        TOPOJSON("*.topojson");

        private final String pattern;

        FileType(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }
    }
}
