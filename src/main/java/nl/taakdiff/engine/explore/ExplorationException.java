package nl.taakdiff.engine.explore;

/** The explorer cannot find any rule set within the constraints, or the study is beyond its reach. */
public class ExplorationException extends RuntimeException {
    public ExplorationException(String message) {
        super(message);
    }
}
