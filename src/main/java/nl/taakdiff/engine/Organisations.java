package nl.taakdiff.engine;

import java.util.List;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;

/**
 * The executing organisations of a scenario (calculation.md §2.2), task by task. They depend on the
 * levels only, never on a cost parameter, so one scenario's organisations serve every draw of a
 * sensitivity or uncertainty analysis. Read-only.
 */
public final class Organisations {
    private final Study study;
    private final Scenario scenario;
    private final int[] classOf;
    private final List<ForTask> tasks;

    Organisations(Study study, Scenario scenario, int[] classOf, List<ForTask> tasks) {
        this.study = study;
        this.scenario = scenario;
        this.classOf = classOf;
        this.tasks = List.copyOf(tasks);
    }

    public Study study() {
        return study;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Size class (of the scenario's tiering) of municipality {@code m}. */
    public int sizeClass(int m) {
        return classOf[m];
    }

    public int municipalityCount() {
        return classOf.length;
    }

    public ForTask task(int t) {
        return tasks.get(t);
    }

    public int taskCount() {
        return tasks.size();
    }

    /** The organisations of one task; each municipality belongs to exactly one. */
    public static final class ForTask {
        private final byte[] levelOf;
        private final int[] organisationOf;
        private final byte[] level;
        private final long[] population;
        private final int[] members;
        private final int[] host;

        ForTask(byte[] levelOf, int[] organisationOf, byte[] level, long[] population, int[] members, int[] host) {
            this.levelOf = levelOf;
            this.organisationOf = organisationOf;
            this.level = level;
            this.population = population;
            this.members = members;
            this.host = host;
        }

        /** The level at which municipality {@code m} has this task executed. */
        public Level levelOf(int m) {
            return Level.ofOrdinal(levelOf[m]);
        }

        /** The organisation that executes the task for municipality {@code m}. */
        public int organisationOf(int m) {
            return organisationOf[m];
        }

        public int count() {
            return level.length;
        }

        public Level level(int organisation) {
            return Level.ofOrdinal(level[organisation]);
        }

        /** Inhabitants the organisation serves: the sum of its members' populations. */
        public long population(int organisation) {
            return population[organisation];
        }

        public int members(int organisation) {
            return members[organisation];
        }

        /** The member with the largest population (ties: lowest code), the centre's host. */
        public int host(int organisation) {
            return host[organisation];
        }
    }
}
