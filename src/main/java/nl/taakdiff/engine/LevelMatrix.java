package nl.taakdiff.engine;

import nl.taakdiff.model.Level;

/** The level of every (municipality, task) pair after rules and overrides; read-only. */
public final class LevelMatrix {
    private final byte[][] byTask;

    LevelMatrix(byte[][] byTask) {
        this.byTask = byTask;
    }

    public Level level(int municipality, int task) {
        return Level.ofOrdinal(byTask[task][municipality]);
    }

    public int taskCount() {
        return byTask.length;
    }

    public int municipalityCount() {
        return byTask.length == 0 ? 0 : byTask[0].length;
    }
}
