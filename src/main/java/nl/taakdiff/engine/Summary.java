package nl.taakdiff.engine;

import java.util.Map;
import nl.taakdiff.model.Level;

/**
 * The scenario-wide metrics of calculation.md §2.6.
 *
 * @param costByLevel cost of the executing organisations at each level
 */
public record Summary(long population, double totalCost, double municipalCost, double provinceCost,
                      double stateCost, int organisations, int jointArrangements, long capacityRiskPairs,
                      int capacityRiskMunicipalities, double directControlCost, int taskPackages,
                      Map<Level, Double> costByLevel) {

    public Summary {
        costByLevel = Map.copyOf(costByLevel);
    }

    public double costPerInhabitant() {
        return population == 0 ? 0 : totalCost / population;
    }

    /** Part of total cost carried by pairs under direct municipal control; 0 when nothing costs. */
    public double directControlShare() {
        return totalCost == 0 ? 0 : directControlCost / totalCost;
    }

    public double value(Metric metric) {
        return switch (metric) {
            case TOTAL_COST -> totalCost;
            case COST_PER_INHABITANT -> costPerInhabitant();
            case MUNICIPAL_COST -> municipalCost;
            case PROVINCE_COST -> provinceCost;
            case STATE_COST -> stateCost;
            case ORGANISATIONS -> organisations;
            case JOINT_ARRANGEMENTS -> jointArrangements;
            case CAPACITY_RISK_PAIRS -> capacityRiskPairs;
            case CAPACITY_RISK_MUNICIPALITIES -> capacityRiskMunicipalities;
            case DIRECT_CONTROL_SHARE -> directControlShare();
            case TASK_PACKAGES -> taskPackages;
        };
    }
}
