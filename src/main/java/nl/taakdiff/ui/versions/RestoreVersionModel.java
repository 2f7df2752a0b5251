package nl.taakdiff.ui.versions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.RestoreChanges;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.library.ScenarioVersion;

/**
 * The Restore version dialog's state: the versions of the current scenario and, for the selected
 * one, what restoring it would change and what it would cost. The version is read on the store
 * thread and compared and evaluated on the compute thread; only the newest selection is shown.
 */
public final class RestoreVersionModel {
    /** What restoring the selected version would do; {@code scenario} is the version's state. */
    public record Preview(ScenarioVersion version, Scenario scenario, List<RestoreRows.Row> rows, String cost) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private record Compared(Scenario scenario, RestoreChanges changes, double costNow, double costThen) {
    }

    private final ScenarioLibrary library;
    private final Scenario current;
    private final Study study;
    private final Evaluator evaluator;
    private final Jobs jobs;
    private final Messages messages;
    private final List<ScenarioVersion> versions;
    private final DateTimeFormatter time;
    private final ObjectProperty<ScenarioVersion> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<Long, Preview> previews = new HashMap<>();
    private long request;

    /** For {@code current} of {@code library}, evaluated with {@code evaluator} (safe on any thread). */
    public RestoreVersionModel(ScenarioLibrary library, Scenario current, List<ScenarioVersion> versions,
                               Evaluator evaluator, Jobs jobs, Messages messages) {
        this.library = library;
        this.current = current;
        this.study = evaluator.study();
        this.evaluator = evaluator;
        this.jobs = jobs;
        this.messages = messages;
        this.versions = List.copyOf(versions);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        selected.addListener((obs, was, now) -> load(now));
        if (!this.versions.isEmpty()) {
            selected.set(this.versions.get(0));
        }
    }

    public List<ScenarioVersion> versions() {
        return versions;
    }

    public Scenario current() {
        return current;
    }

    /** When the version was saved, in the UI's language. */
    public String savedAt(ScenarioVersion version) {
        return time.format(version.savedAt());
    }

    public ObjectProperty<ScenarioVersion> selectedProperty() {
        return selected;
    }

    /** The preview of the selected version; null while it loads or when it failed. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** A line about the preview: loading, no changes, how many, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The state to restore: the selected version's, once its preview is shown. */
    public Optional<Preview> chosen() {
        Preview shown = preview.get();
        return shown != null && shown.version().equals(selected.get()) ? Optional.of(shown) : Optional.empty();
    }

    private void load(ScenarioVersion version) {
        long mine = ++request;
        preview.set(null);
        if (version == null) {
            status.set("");
            return;
        }
        Preview known = previews.get(version.id());
        if (known != null) {
            show(known);
            return;
        }
        status.set(messages.get("restore.loading"));
        jobs.store(messages.get("status.loading"), () -> library.version(version), then -> {
            if (mine != request) {
                return;
            }
            jobs.compute(messages.get("status.evaluating"), () -> compare(then), compared -> {
                Preview made = new Preview(version, compared.scenario(),
                        new RestoreRows(study, messages).of(compared.changes()), cost(compared));
                previews.put(version.id(), made);
                if (mine == request) {
                    show(made);
                }
            }, error -> failed(mine, error));
        }, error -> failed(mine, error));
    }

    private Compared compare(Scenario stored) {
        Scenario then = stored.withName(current.name());
        return new Compared(then, RestoreChanges.of(current, then),
                evaluator.evaluate(current).summary().totalCost(), evaluator.evaluate(then).summary().totalCost());
    }

    private String cost(Compared c) {
        var f = messages.formats();
        return messages.get("restore.cost", f.moneyCompact(c.costNow()), f.moneyCompact(c.costThen()),
                f.delta(Unit.MONEY, c.costThen() - c.costNow(), true));
    }

    private void show(Preview shown) {
        preview.set(shown);
        status.set(shown.isEmpty() ? messages.get("restore.noChanges")
                : messages.get("restore.changes", shown.rows().size()));
    }

    private void failed(long mine, Throwable error) {
        if (mine == request) {
            status.set(messages.get("restore.failed", ErrorTexts.of(error, messages)));
        }
    }
}
