package nl.taakdiff.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Problem;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;

/**
 * Evaluates scenarios against one study with the calculation of DESIGN.md section 2.
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

    public Evaluator(Study study) {
        this.compiled = new CompiledStudy(study);
    }

    public Study study() {
        return compiled.study;
    }

    /** Evaluates one scenario; throws {@link ValidationException} listing every problem found. */
    public Evaluation evaluate(Scenario scenario) {
        List<Problem> problems = Validator.validate(compiled.study, scenario);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Run(compiled, scenario).evaluate();
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
        private final double[] overhead = new double[LEVELS];
        private final byte[][] levels;

        // Accumulators over all tasks.
        private final double[] municipalityCost;
        private final int[] tasksOwn;
        private final int[] riskTasks;
        private final double[] levelCost = new double[LEVELS];
        private double directControlCost;
        private int organisations;
        private int jointArrangements;
        private long riskPairs;

        Run(CompiledStudy s, Scenario scenario) {
            this.s = s;
            this.scenario = scenario;
            this.classes = scenario.tiering().classes();
            int m = s.municipalityCount;
            long[] bounds = scenario.tiering().toArray();
            classOf = new int[m];
            for (int i = 0; i < m; i++) {
                classOf[i] = nl.taakdiff.model.Tiering.classIndexOf(bounds, s.population[i]);
            }
            ruleLevel = new byte[s.taskCount][classes.size()];
            for (Rule rule : scenario.rules()) {
                ruleLevel[s.taskIndex.get(rule.taskCode())][scenario.tiering().indexOfLowerBound(rule.minPopulation())] =
                        (byte) rule.level().ordinal();
            }
            overrideMunicipalities = new int[s.taskCount][];
            overrideLevels = new byte[s.taskCount][];
            compileOverrides(scenario.overrides());
            for (Level level : Level.values()) {
                overhead[level.ordinal()] = scenario.overheads().rate(level);
            }
            levels = new byte[s.taskCount][m];
            municipalityCost = new double[m];
            tasksOwn = new int[m];
            riskTasks = new int[m];
        }

        /** Overrides per task, sorted by municipality index so each task pass can merge them in. */
        private void compileOverrides(List<LevelOverride> overrides) {
            int[] counts = new int[s.taskCount];
            long[] keys = new long[overrides.size()];
            for (int i = 0; i < overrides.size(); i++) {
                LevelOverride o = overrides.get(i);
                int t = s.taskIndex.get(o.taskCode());
                int m = s.municipalityIndex.get(o.municipalityCode());
                counts[t]++;
                keys[i] = ((long) t << 40) | ((long) m << 8) | o.level().ordinal();
            }
            Arrays.sort(keys);
            int k = 0;
            for (int t = 0; t < s.taskCount; t++) {
                overrideMunicipalities[t] = new int[counts[t]];
                overrideLevels[t] = new byte[counts[t]];
                for (int j = 0; j < counts[t]; j++, k++) {
                    overrideMunicipalities[t][j] = (int) ((keys[k] >>> 8) & 0xFFFFFFFFL);
                    overrideLevels[t][j] = (byte) (keys[k] & 0xFF);
                }
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

        private TaskResult evaluateTask(int t) {
            int n = s.municipalityCount;
            long[] pop = s.population;
            int[] region = s.regionOf[t];
            int regions = s.regionCount[t];
            byte[] rules = ruleLevel[t];
            byte[] lv = levels[t];
            int[] ovM = overrideMunicipalities[t];
            byte[] ovL = overrideLevels[t];

            // Pass 1: level of each pair and the population of each pooled organisation.
            long[] centrePop = new long[regions];
            int[] centreMembers = new int[regions];
            int[] centreHost = new int[regions];
            Arrays.fill(centreHost, -1);
            long[] regionPop = new long[regions];
            int[] regionMembers = new int[regions];
            long[] provincePop = new long[s.provinceCount];
            int[] provinceMembers = new int[s.provinceCount];
            long statePop = 0;
            int stateMembers = 0;
            int ownMembers = 0;
            int next = 0;
            for (int m = 0; m < n; m++) {
                int level;
                if (next < ovM.length && ovM[next] == m) {
                    level = ovL[next++];
                } else {
                    level = rules[classOf[m]];
                }
                lv[m] = (byte) level;
                long p = pop[m];
                if (level == MUNICIPALITY) {
                    ownMembers++;
                } else if (level == CENTRE) {
                    int r = region[m];
                    centrePop[r] += p;
                    centreMembers[r]++;
                    int host = centreHost[r];
                    if (host < 0 || p > pop[host] || (p == pop[host] && s.codeRank[m] < s.codeRank[host])) {
                        centreHost[r] = m;
                    }
                } else if (level == REGION) {
                    int r = region[m];
                    regionPop[r] += p;
                    regionMembers[r]++;
                } else if (level == PROVINCE) {
                    provincePop[s.province[m]] += p;
                    provinceMembers[s.province[m]]++;
                } else {
                    statePop += p;
                    stateMembers++;
                }
            }

            // Organisations and their cost per inhabitant: cost = fixed + unit × P × (1 + overhead).
            double fixed = s.fixedCost[t];
            double unit = s.unitCost[t];
            long minScale = s.minScale[t];
            int taskOrganisations = ownMembers;
            double taskCost = 0;
            if (ownMembers > 0) {
                double own = fixed * ownMembers;
                for (int m = 0; m < n; m++) {
                    if (lv[m] == MUNICIPALITY) {
                        own += unit * pop[m] * (1 + overhead[MUNICIPALITY]);
                    }
                }
                levelCost[MUNICIPALITY] += own;
                taskCost += own;
            }
            double[] centreRate = new double[regions];
            double[] regionRate = new double[regions];
            double[] provinceRate = new double[s.provinceCount];
            for (int r = 0; r < regions; r++) {
                taskCost += pool(CENTRE, fixed, unit, centrePop[r], centreMembers[r], centreRate, r);
                taskCost += pool(REGION, fixed, unit, regionPop[r], regionMembers[r], regionRate, r);
            }
            for (int p = 0; p < s.provinceCount; p++) {
                taskCost += pool(PROVINCE, fixed, unit, provincePop[p], provinceMembers[p], provinceRate, p);
            }
            double[] stateRate = new double[1];
            taskCost += pool(STATE, fixed, unit, statePop, stateMembers, stateRate, 0);
            taskOrganisations += countPools(centreMembers) + countPools(regionMembers)
                    + countPools(provinceMembers) + (stateMembers > 0 ? 1 : 0);
            organisations += taskOrganisations;

            // Pass 2: attribute each organisation's cost to its members by population.
            int riskMunicipalities = 0;
            double ownOverhead = 1 + overhead[MUNICIPALITY];
            for (int m = 0; m < n; m++) {
                int level = lv[m];
                long p = pop[m];
                long orgPop;
                double attributed;
                if (level == MUNICIPALITY) {
                    orgPop = p;
                    attributed = fixed + unit * p * ownOverhead;
                    directControlCost += attributed;
                    tasksOwn[m]++;
                } else if (level == CENTRE) {
                    int r = region[m];
                    orgPop = centrePop[r];
                    attributed = p * centreRate[r];
                    if (centreHost[r] == m) {
                        directControlCost += attributed;
                    }
                } else if (level == REGION) {
                    int r = region[m];
                    orgPop = regionPop[r];
                    attributed = p * regionRate[r];
                } else if (level == PROVINCE) {
                    orgPop = provincePop[s.province[m]];
                    attributed = p * provinceRate[s.province[m]];
                } else {
                    orgPop = statePop;
                    attributed = p * stateRate[0];
                }
                municipalityCost[m] += attributed;
                if (orgPop < minScale) {
                    riskTasks[m]++;
                    riskMunicipalities++;
                }
            }
            riskPairs += riskMunicipalities;
            return new TaskResult(s.study.tasks().get(t).code(), taskOrganisations, taskCost, riskMunicipalities);
        }

        /** Cost of one pooled organisation; stores its cost per inhabitant in {@code rate[i]}. */
        private double pool(int level, double fixed, double unit, long population, int members,
                            double[] rate, int i) {
            if (members == 0) {
                return 0;
            }
            double cost = fixed + unit * population * (1 + overhead[level]);
            rate[i] = cost / population;
            levelCost[level] += cost;
            if (members >= 2 && (level == CENTRE || level == REGION)) {
                jointArrangements++;
            }
            return cost;
        }

        private static int countPools(int[] members) {
            int count = 0;
            for (int c : members) {
                if (c > 0) {
                    count++;
                }
            }
            return count;
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
                    countTaskPackages(), byLevel);
        }

        /** Distinct vectors of levels over all tasks: hashed first, then compared exactly. */
        private int countTaskPackages() {
            int n = s.municipalityCount;
            long[] hash = new long[n];
            for (byte[] task : levels) {
                for (int m = 0; m < n; m++) {
                    hash[m] = hash[m] * 31 + task[m] + 1;
                }
            }
            Map<Long, List<Integer>> representatives = new HashMap<>();
            int packages = 0;
            for (int m = 0; m < n; m++) {
                List<Integer> same = representatives.computeIfAbsent(hash[m], k -> new ArrayList<>(1));
                boolean found = false;
                for (int rep : same) {
                    if (samePackage(rep, m)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    same.add(m);
                    packages++;
                }
            }
            return packages;
        }

        private boolean samePackage(int a, int b) {
            for (byte[] task : levels) {
                if (task[a] != task[b]) {
                    return false;
                }
            }
            return true;
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
