package nl.taakdiff.ui.allocation;

import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Metric;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.compare.CompareViewModel;

/**
 * A line above the matrix with the edited scenario's cost and key figures against the baseline,
 * while editing: it shows the comparison the Compare tab computes in the background after every
 * change, so it never holds up the matrix.
 */
public final class SummaryStrip extends View {
    /** The figures shown, in this order. */
    static final List<Metric> METRICS = List.of(Metric.TOTAL_COST, Metric.CAPACITY_RISK_PAIRS,
            Metric.CAPACITY_RISK_MUNICIPALITIES, Metric.DIRECT_CONTROL_SHARE);

    private final CompareViewModel compare;
    private final AllocationViewModel allocation;
    private final Messages messages;
    private FlowPane root;
    private Label heading;
    private final Label[] figures = new Label[METRICS.size()];

    public SummaryStrip(CompareViewModel compare, AllocationViewModel allocation, Messages messages) {
        this.compare = compare;
        this.allocation = allocation;
        this.messages = messages;
        init();
    }

    @Override
    protected void initializeParts() {
        heading = new Label();
        heading.setId("allocation-summary-heading");
        heading.getStyleClass().add("summary-heading");
        for (int i = 0; i < figures.length; i++) {
            figures[i] = new Label();
            figures[i].setId("allocation-summary-" + METRICS.get(i).key());
            figures[i].getStyleClass().add("summary-figure");
            figures[i].setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    @Override
    protected void layoutParts() {
        root = new FlowPane(16, 4);
        root.setId("allocation-summary");
        root.getStyleClass().add("summary-strip");
        root.getChildren().add(heading);
        root.getChildren().addAll(figures);
    }

    @Override
    protected void bindToModel() {
        listen(compare.resultProperty(), obs -> update());
        listen(compare.computingProperty(), obs -> update());
        listen(allocation.scenarioNameProperty(), obs -> update());
        update();
    }

    private void update() {
        String name = allocation.scenarioNameProperty().get();
        Optional<Comparison> shown = comparisonOf(name);
        boolean busy = compare.computingProperty().get();
        if (shown.isEmpty()) {
            heading.setText(name != null && name.equals(compare.baselineNameProperty().get())
                    ? messages.get("allocation.summary.isBaseline") : messages.get("allocation.summary.waiting"));
            for (Label figure : figures) {
                figure.setText("");
                figure.setVisible(false);
                figure.setManaged(false);
            }
            return;
        }
        Comparison comparison = shown.get();
        heading.setText(messages.get(busy ? "allocation.summary.updating" : "allocation.summary.heading",
                comparison.baseline().scenario().name()));
        var formats = messages.formats();
        for (int i = 0; i < figures.length; i++) {
            MetricDelta d = comparison.metric(METRICS.get(i));
            figures[i].setText(messages.get("allocation.summary.figure", messages.get("metric." + d.metric().key()),
                    formats.value(d.metric().unit(), d.alternative(), true),
                    formats.delta(d.metric().unit(), d.delta(), true)));
            figures[i].setVisible(true);
            figures[i].setManaged(true);
        }
    }

    /** The comparison of the named scenario with the baseline in the latest result, if it has one. */
    private Optional<Comparison> comparisonOf(String name) {
        CompareViewModel.Result result = compare.result();
        if (result == null || name == null) {
            return Optional.empty();
        }
        return result.comparisons().stream().filter(c -> c.alternative().scenario().name().equals(name)).findFirst();
    }

    @Override
    public Parent root() {
        return root;
    }
}
