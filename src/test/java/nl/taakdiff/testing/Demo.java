package nl.taakdiff.testing;

import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/** The bundled data set with the two demo scenarios, evaluated once for all tests. */
public final class Demo {
    public static final Study STUDY;
    public static final Evaluation CURRENT;
    public static final Evaluation DIFFERENTIATED;
    public static final Comparison COMPARISON;

    static {
        try {
            List<Task> tasks = TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records();
            STUDY = new Study(DatasetFiles.dataset(DatasetFiles.BUNDLED_NAME, DatasetFiles.readBundled()), tasks);
            Evaluator evaluator = new Evaluator(STUDY);
            CURRENT = evaluator.evaluate(scenario("current-situation"));
            DIFFERENTIATED = evaluator.evaluate(scenario("differentiated-by-scale"));
            COMPARISON = Comparison.of(CURRENT, DIFFERENTIATED);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Demo() {
    }

    public static Scenario scenario(String name) throws Exception {
        List<Rule> rules = AllocationFile.read(CsvSource.bundled("scenarios/" + name + ".csv")).records();
        return new Scenario(name, "", Tiering.DEFAULT, rules, List.of(), Overheads.DEFAULT);
    }

    /** With -Dtaakdiff.preview=DIR, keeps a copy of a generated file to look at. */
    public static void preview(java.nio.file.Path file) throws java.io.IOException {
        String dir = System.getProperty("taakdiff.preview");
        if (dir != null) {
            java.nio.file.Files.copy(file, java.nio.file.Path.of(dir).resolve(file.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static int index(Evaluation evaluation, String code) {
        for (int i = 0; i < evaluation.municipalities().size(); i++) {
            if (evaluation.municipalities().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
