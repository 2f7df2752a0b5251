package nl.taakdiff.ui.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.io.AllocationFile;
import nl.taakdiff.io.CsvSource;
import nl.taakdiff.io.DatasetFiles;
import nl.taakdiff.io.DemoDescription;
import nl.taakdiff.io.InputException;
import nl.taakdiff.io.TaskFile;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.transfer.DefaultWorkbook;

/** Where the app gets the data set and task catalogue it evaluates scenarios against. */
@FunctionalInterface
public interface StudySource {
    Study load() throws IOException, InputException;

    /** The data shipped with the app ({@code data/} in the project). */
    static StudySource bundled() {
        return () -> new Study(
                DatasetFiles.dataset(DatasetFiles.BUNDLED_NAME, DatasetFiles.readBundled()),
                TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records());
    }

    /** The demo scenarios shipped with the app, for a library without a workbook file. */
    static List<Scenario> bundledScenarios() throws IOException, InputException {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(scenario(DefaultWorkbook.CURRENT_SITUATION, DemoDescription.CURRENT_SITUATION.stored(),
                "scenarios/current-situation.csv"));
        scenarios.add(scenario(DefaultWorkbook.DIFFERENTIATED, DemoDescription.DIFFERENTIATED.stored(),
                "scenarios/differentiated-by-scale.csv"));
        return scenarios;
    }

    private static Scenario scenario(String name, String description, String file)
            throws IOException, InputException {
        List<Rule> rules = AllocationFile.read(CsvSource.bundled(file)).records();
        return new Scenario(name, description, Scenarios.tieringOf(rules), rules, List.of(), Overheads.DEFAULT);
    }

    /** A study with no municipalities; stands in until the real one is loaded. */
    static Study empty() {
        return new Study(new Dataset("", List.of()), List.of());
    }
}
