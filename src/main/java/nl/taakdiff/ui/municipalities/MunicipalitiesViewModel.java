package nl.taakdiff.ui.municipalities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.MunicipalityResult;
import nl.taakdiff.engine.ValidationException;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.LatestRequest;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.Session;
import nl.taakdiff.ui.session.EditLabel;

/**
 * The municipalities of the data set under the current scenario (size class, regions, cost and
 * cost per inhabitant, evaluated on the compute thread), filtered by size class, province and free
 * text; and the scenario's per-municipality overrides, edited as undoable commands.
 */
public final class MunicipalitiesViewModel {
    /** One municipality with its size class and, once evaluated, its cost under the current scenario. */
    public static final class Row {
        private final Municipality municipality;
        private final ReadOnlyObjectWrapper<SizeClass> sizeClass = new ReadOnlyObjectWrapper<>(this, "sizeClass");
        private final ReadOnlyObjectWrapper<Double> cost = new ReadOnlyObjectWrapper<>(this, "cost");
        private final ReadOnlyIntegerWrapper overrides = new ReadOnlyIntegerWrapper(this, "overrides", 0);
        private final String searchText;

        Row(Municipality municipality) {
            this.municipality = municipality;
            StringBuilder sb = new StringBuilder(municipality.code()).append(' ').append(municipality.name()).append(' ')
                    .append(municipality.province());
            for (Region region : municipality.regions().values()) {
                sb.append(' ').append(region.code()).append(' ').append(region.name());
            }
            searchText = sb.toString().toLowerCase(Locale.ROOT);
        }

        public Municipality municipality() {
            return municipality;
        }

        public ReadOnlyObjectProperty<SizeClass> sizeClassProperty() {
            return sizeClass.getReadOnlyProperty();
        }

        /** EUR per year under the current scenario; null while not (or not yet) evaluated. */
        public ReadOnlyObjectProperty<Double> costProperty() {
            return cost.getReadOnlyProperty();
        }

        public Double costPerInhabitant() {
            Double c = cost.get();
            return c == null ? null : c / municipality.population();
        }

        /** Overrides of the current scenario for this municipality. */
        public ReadOnlyIntegerProperty overridesProperty() {
            return overrides.getReadOnlyProperty();
        }
    }

    /** One override, with the names that go with its codes. */
    public record OverrideRow(int index, LevelOverride override, String municipalityName, String taskName) {
    }

    private final Session session;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    /** -1 for every size class. */
    private final IntegerProperty sizeClassFilter = new SimpleIntegerProperty(this, "sizeClassFilter", -1);
    /** null or empty for every province. */
    private final ObjectProperty<String> provinceFilter = new SimpleObjectProperty<>(this, "provinceFilter");
    private final ObservableList<String> provinces = FXCollections.observableArrayList();
    private final ObservableList<String> regionTypes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<SizeClass>> classes = new ReadOnlyObjectWrapper<>(this, "classes", List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    private final ObservableList<OverrideRow> overrides = FXCollections.observableArrayList();
    private final ObservableList<Task> taskChoices = FXCollections.observableArrayList();
    private final ObservableList<Municipality> municipalityChoices = FXCollections.observableArrayList();
    private final LatestRequest<Evaluation> latest;

    /** The municipality selected anywhere in the window (the map, this table); its code or null. */
    public javafx.beans.property.StringProperty selectedMunicipalityProperty() {
        return session.selectedMunicipalityProperty();
    }

    public MunicipalitiesViewModel(Session session, Jobs jobs, Messages messages) {
        this.session = session;
        this.messages = messages;
        this.latest = new LatestRequest<>(jobs, () -> messages.get("status.evaluating"), new LatestRequest.Work<>() {
            @Override
            public Callable<Evaluation> prepare(long request) {
                return evaluation();
            }

            @Override
            public void show(long request, Evaluation evaluation, Throwable error) {
                applyCosts(evaluation, error == null ? "" : describe(error));
            }
        });
        session.studyProperty().addListener((obs, old, now) -> studyChanged());
        session.currentProperty().addListener((obs, old, now) -> scenarioChanged());
        text.addListener((obs, old, now) -> refilter());
        sizeClassFilter.addListener((obs, old, now) -> refilter());
        provinceFilter.addListener((obs, old, now) -> refilter());
        studyChanged();
    }

    // ---- properties ---------------------------------------------------------------------------

    /** The municipalities that pass the filters. */
    public ObservableList<Row> filtered() {
        return filtered;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty sizeClassFilterProperty() {
        return sizeClassFilter;
    }

    public ObjectProperty<String> provinceFilterProperty() {
        return provinceFilter;
    }

    public ObservableList<String> provinces() {
        return provinces;
    }

    public ObservableList<String> regionTypes() {
        return regionTypes;
    }

    /** The size classes of the current scenario. */
    public ReadOnlyObjectProperty<List<SizeClass>> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    /** Why costs cannot be shown (the scenario cannot be evaluated); empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scenarioNameProperty() {
        return scenarioName.getReadOnlyProperty();
    }

    public ObservableList<OverrideRow> overrides() {
        return overrides;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    public List<Task> tasks() {
        return session.study().tasks();
    }

    /** The tasks to choose from for an override; follows the catalogue. */
    public ObservableList<Task> taskChoices() {
        return taskChoices;
    }

    /** The municipalities to choose from for an override, by name. */
    public ObservableList<Municipality> municipalityChoices() {
        return municipalityChoices;
    }

    public List<Municipality> municipalities() {
        return session.study().dataset().municipalities();
    }

    // ---- updates ------------------------------------------------------------------------------

    private void studyChanged() {
        List<Municipality> list = session.study().dataset().municipalities();
        boolean same = list.size() == rows.size();
        for (int i = 0; same && i < list.size(); i++) {
            same = rows.get(i).municipality.equals(list.get(i));
        }
        if (!same) {
            List<Row> fresh = new ArrayList<>();
            TreeSet<String> p = new TreeSet<>();
            TreeSet<String> types = new TreeSet<>();
            for (Municipality m : list) {
                fresh.add(new Row(m));
                p.add(m.province());
                types.addAll(m.regions().keySet());
            }
            rows.setAll(fresh);
            provinces.setAll(p);
            regionTypes.setAll(types);
            List<Municipality> byName = new ArrayList<>(list);
            byName.sort(java.util.Comparator.comparing(Municipality::name, java.text.Collator.getInstance(
                    java.util.Locale.forLanguageTag("nl-NL"))));
            municipalityChoices.setAll(byName);
        }
        if (!taskChoices.equals(session.study().tasks())) {
            taskChoices.setAll(session.study().tasks());
        }
        scenarioChanged();
    }

    private void scenarioChanged() {
        Scenario scenario = session.current();
        scenarioName.set(scenario == null ? "" : scenario.name());
        List<SizeClass> newClasses = scenario == null ? List.of() : scenario.tiering().classes();
        if (!newClasses.equals(classes.get())) {
            if (sizeClassFilter.get() >= newClasses.size()) {
                sizeClassFilter.set(-1);
            }
            classes.set(List.copyOf(newClasses));
        }
        long[] bounds = scenario == null ? new long[0] : scenario.tiering().toArray();
        Map<String, Integer> overrideCount = new HashMap<>();
        if (scenario != null) {
            for (LevelOverride o : scenario.overrides()) {
                overrideCount.merge(o.municipalityCode(), 1, Integer::sum);
            }
        }
        for (Row row : rows) {
            SizeClass c = bounds.length == 0 ? null : newClasses.get(Tiering.classIndexOf(bounds, row.municipality.population()));
            if (!Objects.equals(c, row.sizeClass.get())) {
                row.sizeClass.set(c);
            }
            row.overrides.set(overrideCount.getOrDefault(row.municipality.code(), 0));
        }
        updateOverrides(scenario);
        refilter();
        evaluate();
    }

    private void updateOverrides(Scenario scenario) {
        List<OverrideRow> list = new ArrayList<>();
        if (scenario != null) {
            Map<String, String> municipalityNames = new HashMap<>();
            for (Municipality m : municipalities()) {
                municipalityNames.put(m.code(), m.name());
            }
            Map<String, String> taskNames = new HashMap<>();
            for (Task t : tasks()) {
                taskNames.put(t.code(), t.name());
            }
            List<LevelOverride> all = scenario.overrides();
            for (int i = 0; i < all.size(); i++) {
                LevelOverride o = all.get(i);
                list.add(new OverrideRow(i, o, municipalityNames.getOrDefault(o.municipalityCode(), "?"),
                        taskNames.getOrDefault(o.taskCode(), "?")));
            }
        }
        if (!list.equals(overrides)) {
            overrides.setAll(list);
        }
    }

    private void refilter() {
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        int sizeClass = sizeClassFilter.get();
        String province = provinceFilter.get();
        Predicate<Row> predicate = row -> (wanted.isEmpty() || row.searchText.contains(wanted))
                && (sizeClass < 0 || (row.sizeClass.get() != null && row.sizeClass.get().index() == sizeClass))
                && (province == null || province.isEmpty() || province.equals(row.municipality.province()));
        filtered.setPredicate(predicate);
    }

    /** Evaluates the current scenario on the compute thread; the newest request wins. */
    private void evaluate() {
        latest.request();
    }

    /** The evaluation of the current scenario, or null when there is no scenario or no municipality. */
    private Callable<Evaluation> evaluation() {
        Scenario scenario = session.current();
        if (scenario == null || rows.isEmpty()) {
            return null;
        }
        Evaluator evaluator = session.evaluator();
        return () -> evaluator.evaluate(scenario);
    }

    private String describe(Throwable error) {
        if (error instanceof ValidationException v && !v.problems().isEmpty()) {
            return messages.get("municipalities.invalid", v.problems().get(0).message(), v.problems().size() - 1);
        }
        return messages.get("municipalities.failed", ErrorTexts.of(error, messages));
    }

    private void applyCosts(Evaluation evaluation, String problemText) {
        Map<String, Double> costs = new HashMap<>();
        if (evaluation != null) {
            for (MunicipalityResult r : evaluation.municipalities()) {
                costs.put(r.code(), r.cost());
            }
        }
        for (Row row : rows) {
            row.cost.set(costs.get(row.municipality.code()));
        }
        problem.set(problemText);
    }

    // ---- overrides ----------------------------------------------------------------------------

    /** What is wrong with an override as entered; empty when it can be saved. */
    public Optional<String> overrideProblem(String municipalityCode, String taskCode, Level level, String reason,
                                            int replacing) {
        if (municipalityCode == null || municipalities().stream().noneMatch(m -> m.code().equals(municipalityCode))) {
            return Optional.of(messages.get("override.problem.municipality"));
        }
        if (taskCode == null || tasks().stream().noneMatch(t -> t.code().equals(taskCode))) {
            return Optional.of(messages.get("override.problem.task"));
        }
        if (level == null) {
            return Optional.of(messages.get("override.problem.level"));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(messages.get("override.problem.reason"));
        }
        Scenario scenario = session.current();
        if (scenario == null) {
            return Optional.of(messages.get("override.problem.scenario"));
        }
        List<LevelOverride> all = scenario.overrides();
        for (int i = 0; i < all.size(); i++) {
            LevelOverride o = all.get(i);
            if (i != replacing && o.municipalityCode().equals(municipalityCode) && o.taskCode().equals(taskCode)) {
                return Optional.of(messages.get("override.problem.duplicate", nameOf(municipalityCode), taskCode));
            }
        }
        if (level == Level.CENTRE || level == Level.REGION) {
            Task task = tasks().stream().filter(t -> t.code().equals(taskCode)).findFirst().orElseThrow();
            Municipality m = municipalities().stream().filter(x -> x.code().equals(municipalityCode)).findFirst()
                    .orElseThrow();
            if (m.region(task.regionType()).isEmpty()) {
                return Optional.of(messages.get("override.problem.region", m.name(), task.regionType()));
            }
        }
        return Optional.empty();
    }

    private String nameOf(String code) {
        return municipalities().stream().filter(m -> m.code().equals(code)).map(Municipality::name).findFirst()
                .orElse(code);
    }

    /** The level a municipality gets for a task from the scenario's rules (without overrides). */
    public Level ruleLevel(String municipalityCode, String taskCode) {
        Scenario scenario = session.current();
        Municipality m = municipalities().stream().filter(x -> x.code().equals(municipalityCode)).findFirst().orElse(null);
        if (scenario == null || m == null || taskCode == null) {
            return null;
        }
        return Scenarios.levelFor(scenario, taskCode, m.population());
    }

    /** Adds an override to the current scenario (undoable); false when it has a problem. */
    public boolean addOverride(String municipalityCode, String taskCode, Level level, String reason) {
        if (overrideProblem(municipalityCode, taskCode, level, reason, -1).isPresent()) {
            return false;
        }
        Scenario before = session.current();
        List<LevelOverride> list = new ArrayList<>(before.overrides());
        list.add(new LevelOverride(municipalityCode, taskCode, level, reason.strip()));
        return session.replace(before, before.withOverrides(list),
                EditLabel.of("command.addOverride", nameOf(municipalityCode), taskCode));
    }

    /** Replaces the override at {@code index} (undoable). */
    public boolean updateOverride(int index, String municipalityCode, String taskCode, Level level, String reason) {
        Scenario before = session.current();
        if (before == null || index < 0 || index >= before.overrides().size()
                || overrideProblem(municipalityCode, taskCode, level, reason, index).isPresent()) {
            return false;
        }
        List<LevelOverride> list = new ArrayList<>(before.overrides());
        LevelOverride updated = new LevelOverride(municipalityCode, taskCode, level, reason.strip());
        if (updated.equals(list.get(index))) {
            return false;
        }
        list.set(index, updated);
        return session.replace(before, before.withOverrides(list),
                EditLabel.of("command.editOverride", nameOf(municipalityCode), taskCode));
    }

    /** Removes the overrides at these indexes in one undoable edit. */
    public boolean removeOverrides(List<Integer> indexes) {
        Scenario before = session.current();
        if (before == null || indexes.isEmpty()) {
            return false;
        }
        List<LevelOverride> list = new ArrayList<>();
        for (int i = 0; i < before.overrides().size(); i++) {
            if (!indexes.contains(i)) {
                list.add(before.overrides().get(i));
            }
        }
        if (list.size() == before.overrides().size()) {
            return false;
        }
        return session.replace(before, before.withOverrides(list),
                EditLabel.of("command.removeOverrides", before.overrides().size() - list.size()));
    }
}
