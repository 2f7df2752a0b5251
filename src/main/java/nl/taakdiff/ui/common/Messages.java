package nl.taakdiff.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.taakdiff.engine.Vocabulary;
import nl.taakdiff.model.Level;

/**
 * The UI strings of the current language ({@code messages_en.properties},
 * {@code messages_nl.properties}) and the number formats that go with it. The language can change
 * at run time; views listen to {@link #localeProperty()} (the main window rebuilds its scene).
 */
public final class Messages {
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, DUTCH);
    private static final String BUNDLE = "nl.taakdiff.ui.messages";

    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>(this, "locale");
    private ResourceBundle bundle;
    private Formats formats;

    public Messages(Locale locale) {
        setLocale(locale);
    }

    /** Dutch when the system language is Dutch, English otherwise. */
    public static Locale defaultFor(Locale system) {
        return supported(system);
    }

    /** The supported locale for a language: Dutch for {@code nl}, English for anything else. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "nl".equals(wanted.getLanguage()) ? DUTCH : ENGLISH;
    }

    /** The UI's texts, with the names of metrics, levels and map words from the shared {@link Vocabulary}. */
    public static ResourceBundle bundle(Locale locale) {
        return new WithVocabulary(ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                Vocabulary.bundle(locale));
    }

    /** The UI bundle first, then the vocabulary, which the exports read too. */
    private static final class WithVocabulary extends ResourceBundle {
        private final ResourceBundle own;
        private final ResourceBundle vocabulary;

        WithVocabulary(ResourceBundle own, ResourceBundle vocabulary) {
            this.own = own;
            this.vocabulary = vocabulary;
        }

        @Override
        protected Object handleGetObject(String key) {
            return own.containsKey(key) ? own.getObject(key) : vocabulary.containsKey(key) ? vocabulary.getObject(key) : null;
        }

        @Override
        protected java.util.Set<String> handleKeySet() {
            java.util.Set<String> keys = new java.util.HashSet<>(own.keySet());
            keys.addAll(vocabulary.keySet());
            return keys;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return java.util.Collections.enumeration(handleKeySet());
        }
    }

    public void setLocale(Locale wanted) {
        Locale chosen = supported(wanted);
        bundle = bundle(chosen);
        formats = new Formats(chosen);
        locale.set(chosen);
    }

    public Locale locale() {
        return locale.get();
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    public boolean isDutch() {
        return "nl".equals(locale().getLanguage());
    }

    public Formats formats() {
        return formats;
    }

    /** The text for a key; with arguments it is a {@link MessageFormat} pattern. Never throws. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The localised name of a level, e.g. "Centrumgemeente". */
    public String level(Level level) {
        return get("level." + level.code());
    }

    /** The short label of a level for dense tables. */
    public String levelShort(Level level) {
        return get("level.short." + level.code());
    }
}
