package nl.taakdiff.ui.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;

/**
 * The allocation matrix of the current scenario: a row per task, a cell per size class holding its
 * level and the baseline's level for the same class. Rows are kept and updated in place, so the
 * table keeps its selection while the analyst edits.
 */
public final class AllocationViewModel {
    /**
     * One cell: its level (null when the scenario has no rule), the baseline's (null when none) and
     * the scenario's overrides of this task for municipalities in this size class.
     */
    public record CellState(Level level, Level baseline, List<LevelOverride> overrides) {
        public CellState {
            overrides = List.copyOf(overrides);
        }

        public CellState(Level level, Level baseline) {
            this(level, baseline, List.of());
        }

        public boolean differs() {
            return baseline != null && level != baseline;
        }
    }

    /** A cell by row and size-class index. */
    public record CellRef(int row, int column) {
    }

    /** One task with a cell per size class. */
    public static final class Row {
        private final Task task;
        private final List<ObjectProperty<CellState>> cells = new ArrayList<>();

        Row(Task task, int classes) {
            this.task = task;
            for (int i = 0; i < classes; i++) {
                cells.add(new SimpleObjectProperty<>(this, "cell" + i, new CellState(null, null)));
            }
        }

        public Task task() {
            return task;
        }

        public ObjectProperty<CellState> cell(int column) {
            return cells.get(column);
        }

        public int size() {
            return cells.size();
        }
    }

    private final Session session;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<SizeClass>> classes =
            new ReadOnlyObjectWrapper<>(this, "classes", List.of());
    private final ReadOnlyIntegerWrapper differing = new ReadOnlyIntegerWrapper(this, "differing", 0);
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private final ReadOnlyStringWrapper baselineName = new ReadOnlyStringWrapper(this, "baselineName", "");

    public AllocationViewModel(Session session) {
        this.session = session;
        session.currentProperty().addListener((obs, old, now) -> update());
        session.baselineProperty().addListener((obs, old, now) -> update());
        session.studyProperty().addListener((obs, old, now) -> update());
        update();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<List<SizeClass>> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    /** Cells whose level differs from the baseline's. */
    public ReadOnlyIntegerProperty differingProperty() {
        return differing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baselineNameProperty() {
        return baselineName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    private void update() {
        Scenario scenario = session.current();
        Scenario baseline = session.baseline();
        List<Task> tasks = session.study().tasks();
        List<SizeClass> newClasses = scenario == null ? List.of() : scenario.tiering().classes();
        scenarioName.set(scenario == null ? "" : scenario.name());
        baselineName.set(baseline == null ? "" : baseline.name());
        boolean sameShape = newClasses.equals(classes.get()) && rows.size() == tasks.size()
                && sameTasks(tasks);
        if (!sameShape) {
            List<Row> fresh = new ArrayList<>();
            for (Task task : tasks) {
                fresh.add(new Row(task, newClasses.size()));
            }
            classes.set(List.copyOf(newClasses));
            fill(fresh, scenario, baseline, newClasses);
            rows.setAll(fresh);
        } else {
            fill(rows, scenario, baseline, newClasses);
        }
    }

    private boolean sameTasks(List<Task> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            if (!Objects.equals(rows.get(i).task(), tasks.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void fill(List<Row> target, Scenario scenario, Scenario baseline, List<SizeClass> sizeClasses) {
        int differs = 0;
        Map<Scenarios.Cell, Level> levels = scenario == null ? Map.of() : Scenarios.levels(scenario);
        Map<Scenarios.Cell, List<LevelOverride>> overrides = overridesByCell(scenario, sizeClasses);
        for (Row row : target) {
            for (SizeClass c : sizeClasses) {
                Scenarios.Cell cell = new Scenarios.Cell(row.task().code(), c.lower());
                Level level = levels.get(cell);
                Level base = baseline == null ? null : Scenarios.levelFor(baseline, row.task().code(), c.lower());
                CellState state = new CellState(level, base, overrides.getOrDefault(cell, List.of()));
                if (state.differs()) {
                    differs++;
                }
                if (!state.equals(row.cell(c.index()).get())) {
                    row.cell(c.index()).set(state);
                }
            }
        }
        differing.set(differs);
    }

    /** The scenario's overrides by (task, size class of the municipality's population). */
    private Map<Scenarios.Cell, List<LevelOverride>> overridesByCell(Scenario scenario, List<SizeClass> sizeClasses) {
        if (scenario == null || scenario.overrides().isEmpty()) {
            return Map.of();
        }
        Map<String, Long> populations = new java.util.HashMap<>();
        for (nl.taakdiff.model.Municipality m : session.study().dataset().municipalities()) {
            populations.put(m.code(), m.population());
        }
        Map<Scenarios.Cell, List<LevelOverride>> byCell = new java.util.HashMap<>();
        for (LevelOverride o : scenario.overrides()) {
            Long population = populations.get(o.municipalityCode());
            if (population == null) {
                continue;
            }
            SizeClass c = sizeClasses.get(scenario.tiering().classIndexOf(population));
            byCell.computeIfAbsent(new Scenarios.Cell(o.taskCode(), c.lower()), k -> new ArrayList<>()).add(o);
        }
        return byCell;
    }

    /** The name of a municipality in the study, or its code. */
    public String municipalityName(String code) {
        return session.study().dataset().municipalities().stream().filter(m -> m.code().equals(code))
                .map(nl.taakdiff.model.Municipality::name).findFirst().orElse(code);
    }

    /** Sets the level of the given cells in one undoable edit. */
    public boolean setLevel(Collection<CellRef> cells, Level level) {
        List<SizeClass> sizeClasses = classes.get();
        Map<Scenarios.Cell, Level> changes = new LinkedHashMap<>();
        for (CellRef ref : cells) {
            if (ref.row() < 0 || ref.row() >= rows.size() || ref.column() < 0 || ref.column() >= sizeClasses.size()) {
                continue;
            }
            Row row = rows.get(ref.row());
            if (row.cell(ref.column()).get().level() != level) {
                changes.put(new Scenarios.Cell(row.task().code(), sizeClasses.get(ref.column()).lower()), level);
            }
        }
        return session.setLevels(changes);
    }

    /** Sets a task's level in every size class. */
    public boolean setRow(int row, Level level) {
        List<CellRef> cells = new ArrayList<>();
        for (int c = 0; c < classes.get().size(); c++) {
            cells.add(new CellRef(row, c));
        }
        return setLevel(cells, level);
    }

    /** Sets every task's level in one size class. */
    public boolean setColumn(int column, Level level) {
        List<CellRef> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            cells.add(new CellRef(r, column));
        }
        return setLevel(cells, level);
    }

    /** Makes the cells equal to the baseline again. */
    public boolean resetToBaseline(Collection<CellRef> cells) {
        List<SizeClass> sizeClasses = classes.get();
        Map<Scenarios.Cell, Level> changes = new LinkedHashMap<>();
        for (CellRef ref : cells) {
            if (ref.row() < 0 || ref.row() >= rows.size() || ref.column() < 0 || ref.column() >= sizeClasses.size()) {
                continue;
            }
            CellState state = rows.get(ref.row()).cell(ref.column()).get();
            if (state.differs()) {
                changes.put(new Scenarios.Cell(rows.get(ref.row()).task().code(),
                        sizeClasses.get(ref.column()).lower()), state.baseline());
            }
        }
        return session.setLevels(changes);
    }

    /** The level for number key 1–5, or null. */
    public static Level levelForKey(String text) {
        if (text == null || text.length() != 1) {
            return null;
        }
        int n = text.charAt(0) - '1';
        return n >= 0 && n < Level.values().length ? Level.ofOrdinal(n) : null;
    }
}
