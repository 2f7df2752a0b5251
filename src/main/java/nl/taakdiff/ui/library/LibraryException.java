package nl.taakdiff.ui.library;

/** A workbook could not be read or written; the message says what happened in plain words. */
public class LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
