package nl.taakdiff.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs (java.util.prefs): language, recent workbooks and the workspace. */
public final class Settings {
    private static final String LANGUAGE = "language";
    private static final String RECENT = "recent.";
    private static final int RECENT_MAX = 8;

    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /** The settings of the current user. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("nl/taakdiff/desktop"));
    }

    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
    }

    /** The locale to start in: the remembered one, else Dutch for a Dutch system, else English. */
    public Locale startLocale() {
        return Messages.supported(language().orElse(Locale.getDefault()));
    }

    public List<Path> recentWorkbooks() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    /** Puts a workbook at the top of the recent list. */
    public void addRecentWorkbook(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> paths = recentWorkbooks();
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < paths.size()) {
                node.put(RECENT + i, paths.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** Where the main window keeps its size, place, last tab and scenario choices. */
    public Preferences workspace() {
        return node.node("workspace");
    }

    /** Forgets everything; for tests. */
    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // nothing remembered then either
        }
    }
}
