package nl.taakdiff.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;
import nl.taakdiff.ui.session.Scenarios;
import nl.taakdiff.ui.session.StudySource;

/**
 * The study and demo scenarios for UI tests: the bundled data when the build has it, otherwise
 * the open data in the shared folder (system property {@code taakdiff.shared.data}).
 */
public final class TestData {
    private static Study study;

    private TestData() {
    }

    public static synchronized Study study() {
        if (study == null) {
            try {
                study = bundledAvailable() ? StudySource.bundled().load() : fromShared();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InputException e) {
                throw new IllegalStateException(e.report(), e);
            }
        }
        return study;
    }

    static boolean bundledAvailable() {
        return TestData.class.getResource("/nl/taakdiff/data/tasks.csv") != null
                && TestData.class.getResource("/nl/taakdiff/data/municipalities-2025.csv") != null;
    }

    /** A uniform baseline and a differentiated alternative. */
    public static List<Scenario> scenarios() {
        Study s = study();
        if (bundledAvailable() && TestData.class.getResource("/nl/taakdiff/data/scenarios/current-situation.csv") != null) {
            try {
                return StudySource.bundledScenarios();
            } catch (IOException | InputException e) {
                throw new IllegalStateException(e);
            }
        }
        Tiering tiering = Tiering.DEFAULT;
        Map<String, Level> uniform = new LinkedHashMap<>();
        for (Task task : s.tasks()) {
            uniform.put(task.code(), switch (task.code()) {
                case "BRW", "GGD", "JZ-SPEC", "WMO-BW", "WMO-MO", "VTH" -> Level.REGION;
                default -> Level.MUNICIPALITY;
            });
        }
        List<Rule> current = new ArrayList<>();
        List<Rule> differentiated = new ArrayList<>();
        for (Task task : s.tasks()) {
            for (Long lower : tiering.lowerBounds()) {
                Level level = uniform.get(task.code());
                current.add(new Rule(task.code(), lower, level));
                Level diff = level;
                if (level == Level.MUNICIPALITY && lower < 20_000) {
                    diff = Level.CENTRE;
                } else if (level == Level.MUNICIPALITY && lower < 50_000 && task.minScale() > 40_000) {
                    diff = Level.REGION;
                }
                differentiated.add(new Rule(task.code(), lower, diff));
            }
        }
        return List.of(
                new Scenario("Current situation", "Every municipality carries the same package.", tiering, current,
                        List.of(), Overheads.DEFAULT),
                new Scenario("Differentiated by scale", "Small municipalities pool tasks.", tiering, differentiated,
                        List.of(), Overheads.DEFAULT));
    }

    /** A uniform scenario with every task at municipality level. */
    public static Scenario allMunicipality(String name) {
        return Scenarios.uniform(name, "", study().tasks(), Tiering.DEFAULT, Level.MUNICIPALITY, Overheads.DEFAULT);
    }

    private static Path shared() {
        String dir = System.getProperty("taakdiff.shared.data", "../shared/data");
        return Path.of(dir);
    }

    /** Converts the CBS export (";"-separated, quoted, trailing source line) to the project format. */
    private static Study fromShared() throws IOException, InputException {
        Path dir = shared();
        List<String> lines = Files.readAllLines(dir.resolve("cbs-gebieden-in-nederland-2025.csv"), StandardCharsets.UTF_8);
        Map<String, String> provinceNames = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("\"Bron:")) {
                continue;
            }
            String[] f = line.split(";", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].replace("\"", "");
            }
            rows.add(f);
            if (!"Friesland".equals(f[3])) {
                provinceNames.putIfAbsent(f[2], f[3]);
            }
        }
        StringBuilder csv = new StringBuilder("code,name,province,population\n");
        for (String[] f : rows) {
            String name = f[0].replace(" (gemeente)", "");
            csv.append(f[1]).append(",\"").append(name).append("\",").append(provinceNames.getOrDefault(f[2], f[3]))
                    .append(',').append(f[6]).append('\n');
        }
        var municipalities = DatasetFiles.read(CsvSource.ofString("municipalities.csv", csv.toString()),
                CsvSource.of(dir.resolve("municipality-regions-2025.csv")));
        List<Task> tasks = TaskFile.read(CsvSource.of(dir.resolve("tasks-indicative.csv"))).records();
        return new Study(DatasetFiles.dataset("CBS 2025", municipalities), tasks);
    }
}
