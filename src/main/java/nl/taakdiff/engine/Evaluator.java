package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * Evaluates scenarios against one study with the calculation of calculation.md (src/docs).
 * The study is compiled once into arrays; each evaluation is then two passes over the
 * municipalities per task: one to form the executing organisations, one to attribute their cost.
 * Instances are immutable and safe to share between threads.
 */
public final class Evaluator {
    private static final int MUNICIPALITY = Level.MUNICIPALITY.ordinal();
    private static final int CENTRE = Level.CENTRE.ordinal();
    private static final int REGION = Level.REGION.ordinal();
    private static final int PROVINCE = Level.PROVINCE.ordinal();
    private static final int STATE = Level.STATE.ordinal();
    private static final int LEVELS = Level.values().length;

    private final CompiledStudy compiled;
    private final List<Problem> studyProblems;

    public Evaluator(Study study) {
        this.compiled = new CompiledStudy(study);
        this.studyProblems = List.copyOf(Validator.validateStudy(study));
    }

    public Study study() {
        return compiled.study;
    }

    /** Evaluates one scenario; throws {@link ValidationException} listing every problem found. */
    public Evaluation evaluate(Scenario scenario) {
        Validator.Checked checked = Validator.check(compiled.study, scenario, studyProblems,
                compiled.taskIndex, compiled.municipalityIndex);
        if (!checked.problems().isEmpty()) {
            throw new ValidationException(checked.problems());
        }
        return requireFinite(new Run(compiled, scenario, checked.overrideKeys()).evaluate());
    }

    /**
     * The last line of defence behind the validator's bounds: no figure that is Infinity or NaN is
     * ever shown, saved or exported.
     */
    static Evaluation requireFinite(Evaluation e) {
        boolean finite = true;
        for (Metric metric : Metric.values()) {
            finite &= Double.isFinite(e.summary().value(metric));
        }
        for (ClassResult c : e.classes()) {
            finite &= Double.isFinite(c.cost());
        }
        for (TaskResult t : e.tasks()) {
            finite &= Double.isFinite(t.cost());
        }
        for (MunicipalityResult m : e.municipalities()) {
            finite &= Double.isFinite(m.cost());
        }
        if (!finite) {
            throw new ValidationException(List.of(new nl.taakdiff.model.Problem(
                    nl.taakdiff.model.Problem.Subject.TASK, -1, "the costs of this scenario cannot be computed"
                    + " (a figure is not a finite number); check the unit and fixed costs and the overheads")));
        }
        return e;
    }

    /**
     * The executing organisations of a valid scenario, which no cost parameter changes; throws
     * {@link ValidationException} like {@link #evaluate}.
     */
    public Organisations organisations(Scenario scenario) {
        Validator.Checked checked = Validator.check(compiled.study, scenario, studyProblems,
                compiled.taskIndex, compiled.municipalityIndex);
        if (!checked.problems().isEmpty()) {
            throw new ValidationException(checked.problems());
        }
        return new Run(compiled, scenario, checked.overrideKeys()).organisations();
    }

    /** Convenience for a single evaluation. */
    public static Evaluation evaluate(Study study, Scenario scenario) {
        return new Evaluator(study).evaluate(scenario);
    }

    /** The state of one evaluation; lives for a single call. */
    private static final class Run {
        private final CompiledStudy s;
        private final Scenario scenario;
        private final List<SizeClass> classes;
        private final int[] classOf;
        private final byte[][] ruleLevel;
        private final int[][] overrideMunicipalities;
        private final byte[][] overrideLevels;
        /**
         * The overrides that change a municipality's level, per municipality (compressed rows:
         * those of m are {@code effective[effectiveStart[m] .. effectiveStart[m + 1])}, each
         * {@code t << 3 | level}, ascending). A municipality's level vector is its class's rules
         * with these changes, which makes comparing two vectors of one class cheap.
         */
        private final int[] effectiveStart;
        private int[] effective;
        private final double[] overhead = new double[LEVELS];
        private final byte[][] levels;

        // Accumulators over all tasks.
        private final double[] municipalityCost;
        private final int[] tasksOwn;
        private final int[] riskTasks;
        private final double[] levelCost = new double[LEVELS];
        private double directControlCost;

        // Per-task scratch, reused across tasks (see evaluateTask).
        private final int[] zeros;
        private final long[] hostKey;
        private final int[] pairSlot;
        private long[] slotPop = new long[0];
        private int[] slotMembers = new int[0];
        private long[] slotHost = new long[0];
        private double[] slotRate = new double[0];
        private int organisations;
        private int jointArrangements;
        private long riskPairs;

        Run(CompiledStudy s, Scenario scenario, long[] overrideKeys) {
            this.s = s;
            this.scenario = scenario;
            this.classes = scenario.tiering().classes();
            int m = s.municipalityCount;
            long[] bounds = scenario.tiering().toArray();
            classOf = new int[m];
            for (int i = 0; i < m; i++) {
                classOf[i] = Tiering.classIndexOf(bounds, s.population[i]);
            }
            ruleLevel = new byte[s.taskCount][classes.size()];
            for (Rule rule : scenario.rules()) {
                ruleLevel[s.taskIndex.get(rule.taskCode())][scenario.tiering().indexOfLowerBound(rule.minPopulation())] =
                        (byte) rule.level().ordinal();
            }
            effectiveStart = new int[m + 1];
            overrideMunicipalities = new int[s.taskCount][];
            overrideLevels = new byte[s.taskCount][];
            compileOverrides(overrideKeys);
            for (Level level : Level.values()) {
                overhead[level.ordinal()] = scenario.overheads().rate(level);
            }
            levels = new byte[s.taskCount][m];
            municipalityCost = new double[m];
            tasksOwn = new int[m];
            riskTasks = new int[m];
            zeros = new int[m];
            pairSlot = new int[m];
            hostKey = s.hostKey;
        }

        /**
         * Overrides per task, sorted by municipality index so each task pass can merge them in.
         * A municipality counts as overridden only where an override changes its level.
         */
        private void compileOverrides(long[] keys) {
            int tasks = s.taskCount;
            int[] counts = new int[tasks];
            for (long key : keys) {
                counts[(int) (Validator.overridePair(key) % tasks)]++;
            }
            int[] filled = new int[tasks];
            for (int t = 0; t < tasks; t++) {
                overrideMunicipalities[t] = new int[counts[t]];
                overrideLevels[t] = new byte[counts[t]];
            }
            effective = new int[keys.length];
            int effectiveCount = 0;
            // Keys are sorted by pair = m × tasks + t: municipality by municipality, tasks in order.
            for (long key : keys) {
                long pair = Validator.overridePair(key);
                int m = (int) (pair / tasks);
                int t = (int) (pair % tasks);
                int level = Validator.overrideLevel(key);
                overrideMunicipalities[t][filled[t]] = m;
                overrideLevels[t][filled[t]++] = (byte) level;
                if (level != ruleLevel[t][classOf[m]]) {
                    effective[effectiveCount++] = t << 3 | level;
                    effectiveStart[m + 1]++;
                }
            }
            for (int m = 0; m < s.municipalityCount; m++) {
                effectiveStart[m + 1] += effectiveStart[m];
            }
        }

        Evaluation evaluate() {
            List<TaskResult> taskResults = new ArrayList<>(s.taskCount);
            for (int t = 0; t < s.taskCount; t++) {
                taskResults.add(evaluateTask(t));
            }
            return new Evaluation(s.study, scenario, summary(), classResults(), taskResults,
                    municipalityResults(), new LevelMatrix(levels));
        }

        /**
         * One task in two branch-light passes. Every pooled organisation gets a slot in one small
         * array: one per region for CENTRE, one per region for REGION, one per province and one for
         * the state, after slot 0 which collects (and ignores) the municipalities that execute the
         * task themselves. A pair's slot is {@code base[level] + key[level][m]}, found by table
         * look-up rather than by branching on the level, which keeps the loops fast when levels vary
         * from pair to pair.
         */
        private TaskResult evaluateTask(int t) {
            int n = s.municipalityCount;
            long[] pop = s.population;
            int slots = formOrganisations(t);
            int[] base = slotBase(t);
            byte[] lv = levels[t];

            // Each pooled organisation: cost = fixed + unit × P × (1 + overhead), and its cost per inhabitant.
            double fixed = s.fixedCost[t];
            double unit = s.unitCost[t];
            int ownMembers = slotMembers[0];
            int taskOrganisations = ownMembers;
            double taskCost = 0;
            long served = 0;
            for (int level = CENTRE; level < LEVELS; level++) {
                int end = level == STATE ? slots : base[level + 1];
                double perInhabitant = unit * (1 + overhead[level]);
                boolean pooled = level == CENTRE || level == REGION;
                double cost = 0;
                for (int slot = base[level]; slot < end; slot++) {
                    int members = slotMembers[slot];
                    if (members > 0) {
                        double slotCost = fixed + perInhabitant * slotPop[slot];
                        slotRate[slot] = slotCost / slotPop[slot];
                        cost += slotCost;
                        taskOrganisations++;
                        served += slotPop[slot];
                        jointArrangements += pooled && members >= 2 ? 1 : 0;
                    }
                }
                levelCost[level] += cost;
                taskCost += cost;
            }

            // Pass 2: attribute each organisation's cost to its members by population. A municipality
            // executing the task itself is an organisation of its own: cost = fixed + unit × p × (1 + overhead).
            long minScale = s.minScale[t];
            double ownPerInhabitant = unit * (1 + overhead[MUNICIPALITY]);
            int riskMunicipalities = 0;
            double direct = 0;
            double ownCost = 0;
            for (int m = 0; m < n; m++) {
                int slot = pairSlot[m];
                int level = lv[m];
                long p = pop[m];
                boolean own = level == MUNICIPALITY;
                double attributed = own ? fixed + ownPerInhabitant * p : p * slotRate[slot];
                long orgPop = own ? p : slotPop[slot];
                municipalityCost[m] += attributed;
                tasksOwn[m] += own ? 1 : 0;
                ownCost += own ? attributed : 0;
                boolean host = level == CENTRE && slotHost[slot] == hostKey[m];
                direct += own || host ? attributed : 0;
                int risk = orgPop < minScale ? 1 : 0;
                riskTasks[m] += risk;
                riskMunicipalities += risk;
            }
            levelCost[MUNICIPALITY] += ownCost;
            taskCost += ownCost;
            served += slotPop[0];
            organisations += taskOrganisations;
            directControlCost += direct;
            riskPairs += riskMunicipalities;
            return new TaskResult(s.study.tasks().get(t).code(), taskOrganisations, taskCost, riskMunicipalities,
                    served);
        }

        /** Where each level's slots start for task t (see {@link #evaluateTask}). */
        private int[] slotBase(int t) {
            int regions = s.regionCount[t];
            return new int[] {0, 1, 1 + regions, 1 + 2 * regions, 1 + 2 * regions + s.provinceCount};
        }

        /**
         * Pass 1 of a task: the level and slot of each pair, and the population, members and host of
         * each pooled organisation. Returns the number of slots in use.
         */
        private int formOrganisations(int t) {
            int n = s.municipalityCount;
            long[] pop = s.population;
            int[][] key = {zeros, s.regionOf[t], s.regionOf[t], s.province, zeros};
            int[] base = slotBase(t);
            int slots = base[STATE] + 1;
            ensureSlots(slots);
            Arrays.fill(slotPop, 0, slots, 0L);
            Arrays.fill(slotMembers, 0, slots, 0);
            Arrays.fill(slotHost, 0, slots, Long.MIN_VALUE);
            byte[] rules = ruleLevel[t];
            byte[] lv = levels[t];
            int[] ovM = overrideMunicipalities[t];
            byte[] ovL = overrideLevels[t];
            int next = 0;
            for (int m = 0; m < n; m++) {
                int level = rules[classOf[m]];
                if (next < ovM.length && ovM[next] == m) {
                    level = ovL[next++];
                }
                lv[m] = (byte) level;
                int slot = base[level] + key[level][m];
                pairSlot[m] = slot;
                slotPop[slot] += pop[m];
                slotMembers[slot]++;
                slotHost[slot] = Math.max(slotHost[slot], hostKey[m]);
            }
            return slots;
        }

        /** Every task's organisations, numbered: own municipalities first in municipality order, then pooled ones. */
        Organisations organisations() {
            int n = s.municipalityCount;
            List<Organisations.ForTask> tasks = new ArrayList<>(s.taskCount);
            for (int t = 0; t < s.taskCount; t++) {
                int slots = formOrganisations(t);
                byte[] lv = levels[t];
                int[] slotOrganisation = new int[slots];
                Arrays.fill(slotOrganisation, -1);
                int own = slotMembers[0];
                int count = own;
                for (int slot = 1; slot < slots; slot++) {
                    if (slotMembers[slot] > 0) {
                        slotOrganisation[slot] = count++;
                    }
                }
                byte[] orgLevel = new byte[count];
                long[] orgPop = new long[count];
                int[] orgMembers = new int[count];
                int[] orgHost = new int[count];
                int[] organisationOf = new int[n];
                int nextOwn = 0;
                for (int m = 0; m < n; m++) {
                    int o;
                    if (lv[m] == MUNICIPALITY) {
                        o = nextOwn++;
                        orgPop[o] = s.population[m];
                        orgMembers[o] = 1;
                        orgHost[o] = m;
                    } else {
                        int slot = pairSlot[m];
                        o = slotOrganisation[slot];
                        orgPop[o] = slotPop[slot];
                        orgMembers[o] = slotMembers[slot];
                        if (slotHost[slot] == hostKey[m]) {
                            orgHost[o] = m;
                        }
                    }
                    orgLevel[o] = lv[m];
                    organisationOf[m] = o;
                }
                tasks.add(new Organisations.ForTask(lv.clone(), organisationOf, orgLevel, orgPop, orgMembers, orgHost));
            }
            return new Organisations(s.study, scenario, classOf.clone(), tasks);
        }

        private void ensureSlots(int slots) {
            if (slotPop.length < slots) {
                slotPop = new long[slots];
                slotMembers = new int[slots];
                slotHost = new long[slots];
                slotRate = new double[slots];
            }
        }

        private Summary summary() {
            double total = 0;
            Map<Level, Double> byLevel = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                byLevel.put(level, levelCost[level.ordinal()]);
                total += levelCost[level.ordinal()];
            }
            double municipal = levelCost[MUNICIPALITY] + levelCost[CENTRE] + levelCost[REGION];
            int riskMunicipalities = 0;
            for (int r : riskTasks) {
                if (r > 0) {
                    riskMunicipalities++;
                }
            }
            return new Summary(s.totalPopulation, total, municipal, levelCost[PROVINCE], levelCost[STATE],
                    organisations, jointArrangements, riskPairs, riskMunicipalities, directControlCost,
                    new TaskPackages(levels, classOf, effectiveStart, effective).count(), byLevel);
        }

        private List<ClassResult> classResults() {
            int[] count = new int[classes.size()];
            long[] population = new long[classes.size()];
            double[] cost = new double[classes.size()];
            for (int m = 0; m < s.municipalityCount; m++) {
                int c = classOf[m];
                count[c]++;
                population[c] += s.population[m];
                cost[c] += municipalityCost[m];
            }
            List<ClassResult> results = new ArrayList<>(classes.size());
            for (SizeClass c : classes) {
                results.add(new ClassResult(c, count[c.index()], population[c.index()], cost[c.index()]));
            }
            return results;
        }

        private List<MunicipalityResult> municipalityResults() {
            List<Municipality> municipalities = s.study.dataset().municipalities();
            List<MunicipalityResult> results = new ArrayList<>(s.municipalityCount);
            for (int m = 0; m < s.municipalityCount; m++) {
                Municipality municipality = municipalities.get(m);
                results.add(new MunicipalityResult(municipality.code(), municipality.name(), s.population[m],
                        classes.get(classOf[m]), municipalityCost[m], tasksOwn[m], riskTasks[m]));
            }
            return results;
        }
    }

    /** The task list of the study, for callers that need codes by index. */
    public List<Task> tasks() {
        return compiled.study.tasks();
    }
}
