package nl.taakdiff.io;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years of CBS data shipped with the application and the names of their files (resources
 * {@code nl/taakdiff/data/...}, generated into {@code data/} by {@link DataBuilder}).
 */
public final class BundledData {
    /** Every bundled year, oldest first. */
    public static final List<Integer> YEARS = List.of(2020, 2025);
    /** The year used when none is chosen. */
    public static final int DEFAULT_YEAR = 2025;
    /** The newest bundled year. */
    public static final int NEWEST_YEAR = YEARS.get(YEARS.size() - 1);
    public static final String TASKS = "tasks.csv";

    private static final Pattern NAME = Pattern.compile("CBS (\\d{4})");

    private BundledData() {
    }

    /** The bundled years for messages: {@code 2020, 2025}. */
    public static String yearsText() {
        return String.join(", ", YEARS.stream().map(String::valueOf).toList());
    }

    public static boolean has(int year) {
        return YEARS.contains(year);
    }

    public static String municipalities(int year) {
        return "municipalities-" + year + ".csv";
    }

    public static String regions(int year) {
        return "municipality-regions-" + year + ".csv";
    }

    public static String geometry(int year) {
        return "geometry-" + year + ".txt";
    }

    /** The successor table from one bundled year to the next. */
    public static String successors(int fromYear, int toYear) {
        return "successors-" + fromYear + "-" + toYear + ".csv";
    }

    /** The data set name a bundled year is stored under in workbooks, e.g. {@code CBS 2025}. */
    public static String datasetName(int year) {
        return "CBS " + year;
    }

    /** The bundled year of a data set name made by {@link #datasetName}, if it is one. */
    public static Optional<Integer> yearOf(String datasetName) {
        Matcher m = NAME.matcher(datasetName == null ? "" : datasetName.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return has(year) ? Optional.of(year) : Optional.empty();
    }
}
