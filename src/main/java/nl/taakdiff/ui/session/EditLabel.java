package nl.taakdiff.ui.session;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an edit did, as a message key with its arguments, e.g. for "Undo set level to Region". It is
 * stored with the edit in the workbook's journal, so the Undo menu item still says what it undoes
 * after a restart. Changes made by the CLI carry plain words ("save", "rename"), shown as they are.
 */
public record EditLabel(String key, List<String> args) {
    /** The key for a change whose label is not one of ours (made by the CLI or an older version). */
    public static final String OTHER = "command.other";
    private static final String PREFIX = "command.";
    private static final char SEPARATOR = '\u001f';

    public EditLabel {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static EditLabel of(String key, Object... args) {
        return new EditLabel(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as the message formatter takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    /** The text kept in the journal: the key and the arguments, separated by a control character. */
    public String encode() {
        StringBuilder out = new StringBuilder(key);
        for (String arg : args) {
            out.append(SEPARATOR).append(arg.replace(SEPARATOR, ' '));
        }
        return out.toString();
    }

    /** Reads back {@link #encode()}; any other text becomes {@link #OTHER} with that text as its argument. */
    public static EditLabel decode(String text) {
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (!parts[0].startsWith(PREFIX) || parts[0].equals(OTHER)) {
            return new EditLabel(OTHER, List.of(text));
        }
        return new EditLabel(parts[0], List.of(parts).subList(1, parts.length));
    }
}
