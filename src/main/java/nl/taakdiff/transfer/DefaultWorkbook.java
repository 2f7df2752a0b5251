package nl.taakdiff.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.BundledData;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.DemoDescription;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.store.ScenarioTemplate;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.store.WorkbookException;
import nl.taakdiff.store.WorkbookProblem;

/**
 * The workbook the desktop app opens when the analyst has not chosen one: {@code default.taakdiff}
 * in the user's data folder, created on first start and seeded with the bundled data set of the default year,
 * the bundled task catalogue and two demo scenarios:
 * <ul>
 *   <li>{@value #CURRENT_SITUATION} (from {@code data/scenarios/current-situation.csv}), which is also
 *       the workbook's current situation for {@link ScenarioTemplate#CURRENT_SITUATION};</li>
 *   <li>{@value #DIFFERENTIATED} (from {@code data/scenarios/differentiated-by-scale.csv}).</li>
 * </ul>
 * The names are Dutch because the analysts and their reports are; so are the stored descriptions
 * ({@link DemoDescription}).
 *
 * <p>The data folder: the system property {@value #DATA_DIR_PROPERTY} when set (tests, portable
 * installs); otherwise {@code %APPDATA%\Taakdiff} on Windows, {@code ~/Library/Application
 * Support/Taakdiff} on macOS, and {@code $XDG_DATA_HOME/taakdiff} or {@code ~/.local/share/taakdiff}
 * elsewhere.
 */
public final class DefaultWorkbook {
    public static final String DATA_DIR_PROPERTY = "taakdiff.data.dir";
    public static final String FILE_NAME = "default" + Workbook.EXTENSION;
    public static final String CURRENT_SITUATION = "Huidige situatie (uniform)";
    public static final String DIFFERENTIATED = "Gedifferentieerd naar schaal";
    static final String CURRENT_SITUATION_FILE = "scenarios/current-situation.csv";
    static final String DIFFERENTIATED_FILE = "scenarios/differentiated-by-scale.csv";

    private DefaultWorkbook() {
    }

    /** The folder for the default workbook. */
    public static Path dataFolder() {
        return dataFolder(System.getProperty(DATA_DIR_PROPERTY), System.getProperty("os.name", ""),
                System.getenv(), System.getProperty("user.home"));
    }

    static Path dataFolder(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Taakdiff")
                    : Path.of(home, "AppData", "Roaming", "Taakdiff");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Taakdiff");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "taakdiff");
        }
        return Path.of(home, ".local", "share", "taakdiff");
    }

    public static Path location() {
        return dataFolder().resolve(FILE_NAME);
    }

    /** Opens the default workbook, creating the folder and a seeded workbook on first start. */
    public static Workbook openOrCreate() throws WorkbookException {
        Path file = location();
        if (Files.exists(file)) {
            return Workbook.open(file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WorkbookException(WorkbookProblem.CANNOT_CREATE_DEFAULT_FOLDER, e, file.getParent(), e.getMessage());
        }
        try {
            return createSeeded(file);
        } catch (WorkbookException e) {
            if (e.reason() == WorkbookException.Reason.FILE_EXISTS) {
                return Workbook.open(file); // another instance created it just now
            }
            throw e;
        }
    }

    /** Creates a workbook from the bundled default data set and tasks, with the two demo scenarios. */
    public static Workbook createSeeded(Path file) throws WorkbookException {
        return createSeeded(file, BundledData.DEFAULT_YEAR);
    }

    /** Creates a workbook from one bundled year's data set and the tasks, with the two demo scenarios. */
    public static Workbook createSeeded(Path file, int year) throws WorkbookException {
        Dataset dataset;
        List<Task> tasks;
        try {
            dataset = DatasetFiles.bundledDataset(year);
            tasks = TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records();
        } catch (IOException | InputException e) {
            throw new WorkbookException(WorkbookProblem.BUNDLED_DATA_UNREADABLE, e, e.getMessage());
        }
        Study study = new Study(dataset, tasks);
        List<Scenario> demos = new ArrayList<>();
        Scenario current = bundledScenario(study, CURRENT_SITUATION, CURRENT_SITUATION_FILE,
                DemoDescription.CURRENT_SITUATION.stored());
        Scenario differentiated = bundledScenario(study, DIFFERENTIATED, DIFFERENTIATED_FILE,
                DemoDescription.DIFFERENTIATED.stored());
        if (current != null) {
            demos.add(current);
        }
        if (differentiated != null) {
            demos.add(differentiated);
        }
        return Workbook.create(file, dataset, tasks, demos, current);
    }

    /** A bundled allocation as a scenario, or null when it is missing or does not fit the study. */
    private static Scenario bundledScenario(Study study, String name, String fileName, String description) {
        try {
            Scenario s = Allocations.toScenario(name, AllocationFile.read(CsvSource.bundled(fileName)).records(),
                    List.of(), description, null);
            return Validator.validate(study, s).isEmpty() ? s : null;
        } catch (IOException | InputException | IllegalArgumentException e) {
            return null;
        }
    }
}
