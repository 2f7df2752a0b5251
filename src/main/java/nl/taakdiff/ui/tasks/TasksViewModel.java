package nl.taakdiff.ui.tasks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import nl.taakdiff.io.TaskSources;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.NumberInput;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.EditLabel;

/**
 * The task catalogue as an editable table. Every edit is checked first: a valid one becomes an
 * undoable edit of the catalogue (saved in the workbook, every scenario re-evaluated); an invalid
 * one is kept as a draft on its row, with the reason, and never applied, so nothing typed is lost.
 */
public final class TasksViewModel {
    /** The editable fields of a task (the code is its identity and is not edited here). */
    public enum Field {
        NAME(false), DOMAIN(false), UNIT_COST(true), FIXED_COST(true), MIN_SCALE(true), REGION_TYPE(false),
        SOURCE(false), UNIT_COST_LOW(true), UNIT_COST_HIGH(true), FIXED_COST_LOW(true), FIXED_COST_HIGH(true),
        MIN_SCALE_LOW(true), MIN_SCALE_HIGH(true);

        private final boolean numeric;

        Field(boolean numeric) {
            this.numeric = numeric;
        }

        public boolean isNumeric() {
            return numeric;
        }

        /** A bound of a parameter range (calculation.md §2.8); empty means the relative default range. */
        public boolean isRange() {
            return ordinal() >= UNIT_COST_LOW.ordinal() && ordinal() <= MIN_SCALE_HIGH.ordinal();
        }

        /** Position of a range bound in {@link TaskRanges#bounds()}. */
        int rangeIndex() {
            return ordinal() - UNIT_COST_LOW.ordinal();
        }

        /** The message key part: {@code unit_cost}, … */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A typed value that could not be applied, with the reason. */
    public record Draft(String text, String problem) {
    }

    /** One task, with the drafts of its fields. */
    public static final class Row {
        private final ReadOnlyObjectWrapper<Task> task;
        private final ObservableMap<Field, Draft> drafts = FXCollections.observableMap(new EnumMap<>(Field.class));

        Row(Task task) {
            this.task = new ReadOnlyObjectWrapper<>(this, "task", task);
        }

        public Task task() {
            return task.get();
        }

        public ReadOnlyObjectProperty<Task> taskProperty() {
            return task.getReadOnlyProperty();
        }

        public ObservableMap<Field, Draft> drafts() {
            return drafts;
        }

        public Optional<Draft> draft(Field field) {
            return Optional.ofNullable(drafts.get(field));
        }
    }

    private final Session session;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> regionTypes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper draftCount = new ReadOnlyIntegerWrapper(this, "draftCount", 0);

    public TasksViewModel(Session session, Messages messages) {
        this.session = session;
        this.messages = messages;
        session.studyProperty().addListener((obs, old, now) -> update());
        update();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The region types of the data set: what a task's region type may be. */
    public ObservableList<String> regionTypes() {
        return regionTypes;
    }

    /** Fields with a typed value that is not applied because it is invalid. */
    public ReadOnlyIntegerProperty draftCountProperty() {
        return draftCount.getReadOnlyProperty();
    }

    /** The task selected anywhere in the app (shared through the session). */
    public javafx.beans.property.StringProperty selectedTaskProperty() {
        return session.selectedTaskProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    private void update() {
        Study study = session.study();
        TreeSet<String> types = new TreeSet<>();
        for (Municipality m : study.dataset().municipalities()) {
            types.addAll(m.regions().keySet());
        }
        if (!regionTypes.equals(new ArrayList<>(types))) {
            regionTypes.setAll(types);
        }
        List<Task> tasks = study.tasks();
        boolean sameCodes = rows.size() == tasks.size();
        for (int i = 0; sameCodes && i < tasks.size(); i++) {
            sameCodes = rows.get(i).task().code().equals(tasks.get(i).code());
        }
        if (sameCodes) {
            for (int i = 0; i < tasks.size(); i++) {
                if (!rows.get(i).task().equals(tasks.get(i))) {
                    rows.get(i).task.set(tasks.get(i));
                }
            }
        } else {
            List<Row> fresh = new ArrayList<>();
            for (Task task : tasks) {
                fresh.add(new Row(task));
            }
            rows.setAll(fresh);
        }
        countDrafts();
    }

    /** The text a field shows when it is edited: its value in the UI's number format. */
    public String editText(Task task, Field field) {
        var f = messages.formats();
        return switch (field) {
            case NAME -> task.name();
            case DOMAIN -> task.domain();
            case UNIT_COST -> exact(task.unitCost());
            case FIXED_COST -> exact(task.fixedCost());
            case MIN_SCALE -> f.population(task.minScale());
            case REGION_TYPE -> task.regionType();
            case SOURCE -> TaskSources.bundled().shown(task, messages.isDutch());
            case UNIT_COST_LOW, UNIT_COST_HIGH, FIXED_COST_LOW, FIXED_COST_HIGH -> bound(task, field)
                    .map(this::exact).orElse("");
            case MIN_SCALE_LOW, MIN_SCALE_HIGH -> bound(task, field).map(v -> f.population(Math.round(v))).orElse("");
        };
    }

    private static Optional<Double> bound(Task task, Field field) {
        return Optional.ofNullable(task.ranges().bounds().get(field.rangeIndex()));
    }

    /** An amount with all its decimals (at least two), so that editing does not round it. */
    private String exact(double value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00########",
                java.text.DecimalFormatSymbols.getInstance(messages.locale()));
        return format.format(value);
    }

    /** The value with its unit, as the table shows it: {@code € 45,20 per inwoner per jaar}. */
    public String display(Task task, Field field) {
        var f = messages.formats();
        return switch (field) {
            case UNIT_COST -> messages.get("tasks.value.unit_cost", f.money(task.unitCost()));
            case FIXED_COST -> messages.get("tasks.value.fixed_cost", f.moneyWhole(task.fixedCost()));
            case MIN_SCALE -> messages.get("tasks.value.min_scale", f.population(task.minScale()));
            case UNIT_COST_LOW, UNIT_COST_HIGH -> bound(task, field).map(f::money)
                    .orElse(messages.get("tasks.range.default"));
            case FIXED_COST_LOW, FIXED_COST_HIGH -> bound(task, field).map(f::moneyWhole)
                    .orElse(messages.get("tasks.range.default"));
            case MIN_SCALE_LOW, MIN_SCALE_HIGH -> bound(task, field).map(v -> f.population(Math.round(v)))
                    .orElse(messages.get("tasks.range.default"));
            default -> editText(task, field);
        };
    }

    /** What is wrong with a typed value, or empty when it can be applied. */
    public Optional<String> problem(Field field, String text) {
        String value = text == null ? "" : text;
        return switch (field) {
            case NAME -> value.isBlank() ? Optional.of(messages.get("tasks.problem.name")) : Optional.empty();
            case DOMAIN, SOURCE -> Optional.empty();
            case UNIT_COST, FIXED_COST -> NumberInput.check(messages, value, false);
            case MIN_SCALE -> NumberInput.check(messages, value, true);
            // An empty bound is allowed: the relative default range applies there.
            case UNIT_COST_LOW, UNIT_COST_HIGH, FIXED_COST_LOW, FIXED_COST_HIGH -> value.isBlank() ? Optional.empty()
                    : NumberInput.check(messages, value, false);
            case MIN_SCALE_LOW, MIN_SCALE_HIGH -> value.isBlank() ? Optional.empty()
                    : NumberInput.check(messages, value, true);
            case REGION_TYPE -> regionTypes.contains(value.strip()) ? Optional.empty()
                    : Optional.of(messages.get("tasks.problem.region_type", value.strip(), String.join(", ", regionTypes)));
        };
    }

    /**
     * Applies a typed value to a task: an undoable catalogue edit when it is valid (true), else a
     * draft on the row with the reason (false). An unchanged value only clears the draft.
     */
    public boolean edit(Row row, Field field, String text) {
        Optional<String> problem = problem(field, text);
        if (problem.isPresent()) {
            row.drafts.put(field, new Draft(text, problem.get()));
            countDrafts();
            return false;
        }
        Task before = row.task();
        Task after = with(before, field, text);
        row.drafts.remove(field);
        countDrafts();
        if (after.equals(before)) {
            return true;
        }
        List<Task> tasks = new ArrayList<>(session.study().tasks());
        int index = tasks.indexOf(before);
        if (index < 0) {
            return false;
        }
        tasks.set(index, after);
        List<TaskRanges.Violation> outOfRange = TaskRanges.violations(after);
        if (!outOfRange.isEmpty()) {
            row.drafts.put(field, new Draft(text, messages.get("tasks.problem.range",
                    messages.get("tasks.field." + outOfRange.get(0).column()))));
            countDrafts();
            return false;
        }
        // The engine's own study check is the last word (it is what the workbook applies too).
        List<nl.taakdiff.model.Problem> problems = nl.taakdiff.engine.Validator.validateStudy(
                new Study(session.study().dataset(), tasks)).stream()
                .filter(p -> p.subject() == nl.taakdiff.model.Problem.Subject.TASK).toList();
        if (!problems.isEmpty()) {
            row.drafts.put(field, new Draft(text, problems.get(0).message()));
            countDrafts();
            return false;
        }
        return session.setTasks(tasks, EditLabel.of("command.editTask",
                messages.get("tasks.field." + field.key()), before.code()));
    }

    /** Forgets a draft (Escape). */
    public void discard(Row row, Field field) {
        row.drafts.remove(field);
        countDrafts();
    }

    private void countDrafts() {
        int n = 0;
        for (Row row : rows) {
            n += row.drafts.size();
        }
        draftCount.set(n);
    }

    private Task with(Task t, Field field, String text) {
        NumberInput input = new NumberInput(messages.locale());
        String s = text.strip();
        if (field.isRange()) {
            List<Double> bounds = new ArrayList<>(t.ranges().bounds());
            bounds.set(field.rangeIndex(), s.isEmpty() ? null
                    : field == Field.MIN_SCALE_LOW || field == Field.MIN_SCALE_HIGH
                    ? (double) input.whole(s).value().longValue() : input.amount(s).value());
            return t.withRanges(TaskRanges.of(bounds));
        }
        return switch (field) {
            case NAME -> new Task(t.code(), s, t.domain(), t.unitCost(), t.fixedCost(), t.minScale(), t.regionType(),
                    t.source(), t.ranges());
            case DOMAIN -> new Task(t.code(), t.name(), s, t.unitCost(), t.fixedCost(), t.minScale(), t.regionType(),
                    t.source(), t.ranges());
            case UNIT_COST -> {
                double v = input.amount(s).value();
                yield new Task(t.code(), t.name(), t.domain(), v, t.fixedCost(), t.minScale(), t.regionType(),
                        t.source(), rescaled(t.ranges(), 0, t.unitCost(), v));
            }
            case FIXED_COST -> {
                double v = input.amount(s).value();
                yield new Task(t.code(), t.name(), t.domain(), t.unitCost(), v, t.minScale(), t.regionType(),
                        t.source(), rescaled(t.ranges(), 2, t.fixedCost(), v));
            }
            case MIN_SCALE -> {
                long v = input.whole(s).value().longValue();
                yield new Task(t.code(), t.name(), t.domain(), t.unitCost(), t.fixedCost(), v, t.regionType(),
                        t.source(), rescaled(t.ranges(), 4, t.minScale(), v));
            }
            case REGION_TYPE -> new Task(t.code(), t.name(), t.domain(), t.unitCost(), t.fixedCost(), t.minScale(), s,
                    t.source(), t.ranges());
            // the translated note of the shipped catalogue, left as it was, keeps the stored note
            case SOURCE -> s.equals(TaskSources.bundled().shown(t, messages.isDutch()).strip()) ? t
                    : new Task(t.code(), t.name(), t.domain(), t.unitCost(), t.fixedCost(), t.minScale(),
                    t.regionType(), s, t.ranges());
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    /**
     * A new base value takes its range along, keeping the bounds' distance in percent, so that
     * typing a new figure is never refused because of the old range. From a base of 0 the bounds
     * cannot be scaled and revert to the relative default.
     */
    private static TaskRanges rescaled(TaskRanges ranges, int low, double before, double after) {
        List<Double> bounds = new ArrayList<>(ranges.bounds());
        for (int i = low; i <= low + 1; i++) {
            Double b = bounds.get(i);
            if (b != null) {
                bounds.set(i, before == 0 ? null : b * (after / before));
            }
        }
        return TaskRanges.of(bounds);
    }

    /** For tests: the row of a task code. */
    public Optional<Row> row(String code) {
        return rows.stream().filter(r -> r.task().code().equals(code)).findFirst();
    }

    Map<Field, Draft> draftsOf(String code) {
        return row(code).map(r -> (Map<Field, Draft>) r.drafts).orElse(Map.of());
    }
}
