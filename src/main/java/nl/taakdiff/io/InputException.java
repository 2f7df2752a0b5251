package nl.taakdiff.io;

import java.util.List;

/** Input that cannot be used, with every problem found in one pass. */
public class InputException extends Exception {
    private final transient List<SourceProblem> problems;

    public InputException(List<SourceProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public InputException(SourceProblem problem) {
        this(List.of(problem));
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    /** The most problems a report lists; the rest are counted. */
    public static final int REPORTED = 100;

    /**
     * The problems, one {@code FILE:LINE: message} per line: the first {@value #REPORTED}, then how
     * many more there are (a wrong file can have a problem on every one of a million lines).
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < problems.size() && i < REPORTED; i++) {
            sb.append(problems.get(i).format()).append(System.lineSeparator());
        }
        if (problems.size() > REPORTED) {
            sb.append("… and ").append(problems.size() - REPORTED).append(" more problems").append(System.lineSeparator());
        }
        return sb.toString();
    }
}
