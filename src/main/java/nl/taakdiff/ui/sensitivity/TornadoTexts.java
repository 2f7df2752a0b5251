package nl.taakdiff.ui.sensitivity;

import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.uncertainty.Parameter;
import nl.taakdiff.engine.uncertainty.ParameterKind;
import nl.taakdiff.engine.uncertainty.TornadoRow;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;

/** How tornado rows, their values and break-even points are written in the UI language. */
public final class TornadoTexts {
    private final Messages messages;

    public TornadoTexts(Messages messages) {
        this.messages = messages;
    }

    /** "JZ-LOK – unit cost", "overhead Region". */
    public String rowName(TornadoRow row) {
        Parameter p = row.parameter();
        if (p.kind() == ParameterKind.OVERHEAD) {
            return messages.get("sensitivity.parameter.overhead", messages.get("level." + p.level().code()));
        }
        return messages.get("sensitivity.parameter.task", taskCode(p), messages.get("tasks.field." + p.kind().key()));
    }

    /** The task a parameter belongs to; null for an overhead rate. */
    public static String taskCode(Parameter p) {
        return p.kind() == ParameterKind.OVERHEAD ? null : p.name().substring(0, p.name().lastIndexOf('.'));
    }

    /** A value of the parameter in its own unit. */
    public String parameterValue(Parameter p, double v) {
        Formats formats = messages.formats();
        return switch (p.kind()) {
            case UNIT_COST -> formats.money(v);
            case FIXED_COST -> formats.moneyWhole(v);
            case MIN_SCALE -> formats.population(Math.round(v));
            case OVERHEAD -> formats.percent(v);
        };
    }

    /** "JZ-LOK – unit cost: the difference is zero at € 12,00 (base € 10,00)". */
    public String breakEven(TornadoRow row) {
        Parameter p = row.parameter();
        return messages.get("sensitivity.breakEven", rowName(row), parameterValue(p, row.breakEven()),
                parameterValue(p, p.base()));
    }

    /** A value of the metric, compact. */
    public String value(Metric metric, double v) {
        return messages.formats().value(metric.unit(), v, true);
    }

    TornadoChart.Labels labels(Metric metric) {
        return new TornadoChart.Labels(this::rowName, v -> messages.formats().delta(metric.unit(), v, true),
                this::breakEven,
                messages.get("sensitivity.low"), messages.get("sensitivity.high"), messages.get("sensitivity.base"));
    }
}
