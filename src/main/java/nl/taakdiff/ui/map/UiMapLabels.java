package nl.taakdiff.ui.map;

import java.math.BigDecimal;
import nl.taakdiff.engine.map.MapLabels;
import nl.taakdiff.model.Level;
import nl.taakdiff.ui.common.Messages;

/**
 * The words of map titles and legends from the UI's resource bundles, so that
 * {@link nl.taakdiff.engine.map.MapColouring} builds legends in the language of the window (level
 * names as elsewhere in the UI, Dutch number formats in Dutch). Reads the current language on every
 * call.
 */
final class UiMapLabels implements MapLabels {
    private final Messages messages;

    UiMapLabels(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String sizeClassTitle() {
        return messages.get("map.title.size_class");
    }

    @Override
    public String inhabitants() {
        return messages.get("map.unit.inhabitants");
    }

    @Override
    public String levelTitle(String taskCode, String taskName) {
        return messages.get("map.title.task_level", taskCode, taskName);
    }

    @Override
    public String costChangeTitle() {
        return messages.get("map.title.cost_change");
    }

    @Override
    public String costChangeUnit() {
        return messages.get("map.unit.costChange");
    }

    @Override
    public String capacityRiskTitle() {
        return messages.get("map.title.capacity_risk");
    }

    @Override
    public String tasks() {
        return messages.get("map.unit.tasks");
    }

    @Override
    public String loserProbabilityTitle() {
        return messages.get("map.title.loser_probability");
    }

    @Override
    public String loserProbabilityUnit() {
        return messages.get("map.unit.loserProbability");
    }

    @Override
    public String percent(double share) {
        return messages.get("map.legend.percent", Long.toString(Math.round(share * 100)));
    }

    @Override
    public String level(Level level) {
        return messages.level(level);
    }

    @Override
    public String count(long n) {
        return messages.formats().population(n);
    }

    @Override
    public String decimal(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return messages.isDutch() ? plain.replace('.', ',') : plain;
    }

    @Override
    public String below(String x) {
        return messages.get("map.legend.below", x);
    }

    @Override
    public String above(String x) {
        return messages.get("map.legend.above", x);
    }

    @Override
    public String orMore(String x) {
        return messages.get("map.legend.orMore", x);
    }

    @Override
    public String range(String from, String to) {
        return messages.get("map.legend.range", from, to);
    }
}
