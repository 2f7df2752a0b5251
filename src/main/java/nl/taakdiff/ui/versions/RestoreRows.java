package nl.taakdiff.ui.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.engine.RestoreChanges;
import nl.taakdiff.io.DemoDescription;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;

/**
 * What restoring would change, as table rows in the UI's language: what, now, after restoring. A
 * shipped demo description is shown in the UI's language, as everywhere else in the app.
 */
public final class RestoreRows {
    /** One change: what it is, its value now and after restoring ({@code —} where there is none). */
    public record Row(String what, String now, String then) {
    }

    private final Messages messages;
    private final Formats formats;
    private final Map<String, String> taskNames = new HashMap<>();
    private final Map<String, String> municipalityNames = new HashMap<>();

    public RestoreRows(Study study, Messages messages) {
        this.messages = messages;
        this.formats = messages.formats();
        for (Task t : study.tasks()) {
            taskNames.putIfAbsent(t.code(), t.name());
        }
        for (Municipality m : study.dataset().municipalities()) {
            municipalityNames.putIfAbsent(m.code(), m.name());
        }
    }

    /** Description, size classes, overheads, allocation cells and overrides, in that order. */
    public List<Row> of(RestoreChanges changes) {
        List<Row> rows = new ArrayList<>();
        String descriptionNow = DemoDescription.shown(changes.descriptionNow(), messages.locale());
        String descriptionThen = DemoDescription.shown(changes.descriptionThen(), messages.locale());
        // a shipped description stored in the other language reads the same: no change to show
        if (!descriptionNow.equals(descriptionThen)) {
            rows.add(new Row(messages.get("restore.row.description"), orNone(descriptionNow), orNone(descriptionThen)));
        }
        if (changes.tieringChanges()) {
            rows.add(new Row(messages.get("restore.row.tiering"), classes(changes.tieringNow()),
                    classes(changes.tieringThen())));
        }
        for (RestoreChanges.OverheadChange o : changes.overheads()) {
            rows.add(new Row(messages.get("restore.row.overhead", messages.level(o.level())),
                    formats.percent(o.now()), formats.percent(o.then())));
        }
        for (RestoreChanges.CellChange c : changes.cells()) {
            rows.add(new Row(messages.get("restore.row.cell", task(c.taskCode()), sizeClass(c.sizeClass())),
                    level(c.now()), level(c.then())));
        }
        for (RestoreChanges.OverrideChange o : changes.overrides()) {
            String key = "restore.row.override." + o.kind().name().toLowerCase(java.util.Locale.ROOT);
            rows.add(new Row(messages.get(key, municipalityNames.getOrDefault(o.municipalityCode(), o.municipalityCode()),
                    task(o.taskCode())), override(o.now()), override(o.then())));
        }
        return List.copyOf(rows);
    }

    private String task(String code) {
        return taskNames.getOrDefault(code, code);
    }

    private String sizeClass(SizeClass c) {
        return formats.sizeClass(c);
    }

    private String classes(Tiering tiering) {
        List<String> labels = new ArrayList<>();
        for (SizeClass c : tiering.classes()) {
            labels.add(sizeClass(c));
        }
        return String.join("; ", labels);
    }

    private String level(Level level) {
        return level == null ? none() : messages.level(level);
    }

    private String override(LevelOverride o) {
        if (o == null) {
            return none();
        }
        return o.reason().isEmpty() ? messages.level(o.level()) : messages.level(o.level()) + " (" + o.reason() + ")";
    }

    private String orNone(String text) {
        return text.isEmpty() ? none() : text;
    }

    private String none() {
        return messages.get("restore.none");
    }
}
