package nl.taakdiff.engine;

import java.util.Locale;

/** The scenario metrics of calculation.md §2.6, in the order they are reported. */
public enum Metric {
    TOTAL_COST(Unit.MONEY),
    COST_PER_INHABITANT(Unit.MONEY),
    MUNICIPAL_COST(Unit.MONEY),
    PROVINCE_COST(Unit.MONEY),
    STATE_COST(Unit.MONEY),
    ORGANISATIONS(Unit.COUNT),
    JOINT_ARRANGEMENTS(Unit.COUNT),
    CAPACITY_RISK_PAIRS(Unit.COUNT),
    CAPACITY_RISK_MUNICIPALITIES(Unit.COUNT),
    DIRECT_CONTROL_SHARE(Unit.SHARE),
    TASK_PACKAGES(Unit.COUNT);

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** The name used in files and in calculation.md, e.g. {@code total_cost}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
