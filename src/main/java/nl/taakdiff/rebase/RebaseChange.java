package nl.taakdiff.rebase;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One line of a rebase report: what changed for a municipality, or what happened to one of its
 * overrides, when a study moves to a newer data set. The detail is worded from {@code detailKey}
 * and {@code args} in the report's language (bundle {@code nl/taakdiff/rebase/report}).
 */
public record RebaseChange(Kind kind, String oldCode, String oldName, String newCode, String newName,
                           String detailKey, List<Object> args) {

    /** The kinds, with the word the CSV report uses. */
    public enum Kind {
        MERGER("merger"),
        DIVISION("division"),
        RENAME("rename"),
        REMOVED("removed"),
        NEW("new"),
        SIZE_CLASS("size_class"),
        REGION("region"),
        OVERRIDE_MOVED("override_moved"),
        OVERRIDE_DROPPED("override_dropped"),
        SCENARIO_PROBLEM("scenario_problem");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Whether the change is about an override rather than the municipality itself. */
        public boolean isOverride() {
            return this == OVERRIDE_MOVED || this == OVERRIDE_DROPPED;
        }
    }

    public RebaseChange {
        Objects.requireNonNull(kind, "kind");
        oldCode = oldCode == null ? "" : oldCode;
        oldName = oldName == null ? "" : oldName;
        newCode = newCode == null ? "" : newCode;
        newName = newName == null ? "" : newName;
        Objects.requireNonNull(detailKey, "detailKey");
        args = List.copyOf(args);
    }

    /** The detail in English, as the CLI and the CSV report give it. */
    public String detail() {
        return detail(Locale.ENGLISH);
    }

    /** The detail in Dutch or English. */
    public String detail(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.taakdiff.rebase.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(detailKey), locale).format(args.toArray());
    }

    /** The kind in Dutch or English, for a report on screen. */
    public String kindLabel(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.taakdiff.rebase.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString("kind." + kind.code());
    }
}
