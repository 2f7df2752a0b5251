package nl.taakdiff.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.taakdiff.engine.ClassDelta;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Unit;
import nl.taakdiff.engine.map.ClassCostChart;
import nl.taakdiff.engine.map.Rgb;
import nl.taakdiff.model.SizeClass;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.compare.CompareViewModel;

/**
 * The size-class slide's data: per alternative, the change in cost per inhabitant of every size
 * class against the baseline, with its label in the UI's number format.
 */
public record ClassDeltas(List<String> classes, List<Series> series) {
    public ClassDeltas {
        classes = List.copyOf(classes);
        series = List.copyOf(series);
    }

    /** One alternative: its name, colour, a change and its label per class. */
    public record Series(String name, Rgb colour, List<Double> values, List<String> labels) {
        public Series {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
        }
    }

    /** From the comparisons on screen; empty without one. */
    static ClassDeltas of(CompareViewModel.Result r, Function<SizeClass, String> sizeLabel, Formats f) {
        if (r == null) {
            return new ClassDeltas(List.of(), List.of());
        }
        List<String> classes = new ArrayList<>();
        for (ClassDelta c : r.comparisons().get(0).classes()) {
            classes.add(sizeLabel.apply(c.sizeClass()));
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < r.comparisons().size(); i++) {
            Comparison c = r.comparisons().get(i);
            List<Double> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (ClassDelta d : c.classes()) {
                values.add(d.deltaPerInhabitant());
                labels.add(f.delta(Unit.MONEY, d.deltaPerInhabitant(), false));
            }
            // the alternatives keep the colours they have in the Compare tab's chart (the first is the baseline's)
            series.add(new Series(c.alternative().scenario().name(),
                    ClassCostChart.SERIES_COLOURS.get(Math.min(i + 1, ClassCostChart.SERIES_COLOURS.size() - 1)),
                    values, labels));
        }
        return new ClassDeltas(classes, series);
    }

    /** The largest absolute change, 0 without data. */
    public double maxAbs() {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
