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

    /** All problems, one {@code FILE:LINE: message} per line. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (SourceProblem p : problems) {
            sb.append(p.format()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
