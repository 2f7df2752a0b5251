package nl.taakdiff.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.taakdiff.model.Task;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The source notes of the shipped task catalogue in the reader's language. The catalogue keeps them
 * in English (as the command line prints them); the Dutch UI and Dutch exports show the Dutch text
 * of {@code data/task-sources-nl.csv} instead, but only while a task's note is still the shipped one,
 * so a note the analyst wrote is always shown as written.
 */
public final class TaskSources {
    static final String DUTCH_FILE = "/nl/taakdiff/data/task-sources-nl.csv";

    private static volatile TaskSources bundled;

    private final Map<String, String> shipped;
    private final Map<String, String> dutch;

    TaskSources(Map<String, String> shipped, Map<String, String> dutch) {
        this.shipped = Map.copyOf(shipped);
        this.dutch = Map.copyOf(dutch);
    }

    /** The translations of the shipped catalogue, read once. */
    public static TaskSources bundled() {
        TaskSources loaded = bundled;
        if (loaded == null) {
            loaded = read();
            bundled = loaded;
        }
        return loaded;
    }

    private static TaskSources read() {
        Map<String, String> shipped = new HashMap<>();
        Map<String, String> dutch = new HashMap<>();
        try {
            for (Task task : TaskFile.read(CsvSource.bundled(DatasetFiles.BUNDLED_TASKS)).records()) {
                shipped.put(task.code(), task.source());
            }
            try (InputStream in = TaskSources.class.getResourceAsStream(DUTCH_FILE)) {
                if (in == null) {
                    throw new IOException("missing resource " + DUTCH_FILE);
                }
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(reader)) {
                    // an unquoted comma in a note would cut it short without a word
                    if (r.size() != 2) {
                        throw new IOException(DUTCH_FILE + ": line " + r.getRecordNumber() + " has " + r.size()
                                + " fields instead of code and source; quote a note with a comma");
                    }
                    dutch.put(r.get("code"), r.get("source"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped task catalogue cannot be read", e);
        } catch (InputException e) {
            throw new IllegalStateException("the shipped task catalogue is invalid: " + e.getMessage(), e);
        }
        return new TaskSources(shipped, dutch);
    }

    /** The note to show for a task: the Dutch text of an unchanged shipped note for a Dutch reader. */
    public String shown(Task task, boolean inDutch) {
        if (inDutch && task.source().equals(shipped.get(task.code()))) {
            return dutch.getOrDefault(task.code(), task.source());
        }
        return task.source();
    }

    /** True when every shipped task has a Dutch note. */
    boolean coversShippedCatalogue() {
        return dutch.keySet().containsAll(shipped.keySet());
    }
}
