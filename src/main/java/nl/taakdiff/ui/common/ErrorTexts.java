package nl.taakdiff.ui.common;

import nl.taakdiff.store.WorkbookException;

/** A failure in plain words in the UI's language, never a stack trace. */
public final class ErrorTexts {
    private ErrorTexts() {
    }

    /**
     * The workbook problem in the chain of causes in the UI's language, or that the memory Java may
     * use ran out; otherwise the first message in the chain, or the kind of failure when none has one.
     */
    public static String of(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return messages.get("error.outOfMemory",
                        messages.formats().count(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            }
            if (t instanceof WorkbookException w) {
                String key = "store.problem." + w.problem().key();
                if (messages.has(key)) {
                    return w.arguments().isEmpty() ? messages.get(key) : messages.get(key, w.arguments().toArray());
                }
            }
        }
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message;
    }
}
