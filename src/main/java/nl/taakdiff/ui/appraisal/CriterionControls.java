package nl.taakdiff.ui.appraisal;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.NumberInput;

/**
 * The controls of one criterion row: weight slider with its stability band, typed weight, share
 * and PROMETHEE thresholds. Kept while the criteria stay, so that a redraw only updates texts and
 * bands and a slider keeps its drag.
 */
final class CriterionControls {
    final CriterionRow row;
    private final Messages messages;
    private final NumberInput numbers;
    private final ChangeListener<Number> followWeight = (obs, old, now) -> setWeight(now.doubleValue());
    final Slider slider = new Slider(0, AppraisalView.SLIDER_MAX, 0);
    final Pane band = new Pane();
    final Region bandFill = new Region();
    final TextField weight = new TextField();
    final Label share = new Label();
    final Tooltip shareTip = new Tooltip();
    final TextField q = new TextField();
    final TextField p = new TextField();
    boolean updating;

    CriterionControls(CriterionRow row, Messages messages, NumberInput numbers) {
        this.row = row;
        this.messages = messages;
        this.numbers = numbers;
        String id = "appraisal-" + row.measure().key();
        slider.setId(id + "-slider");
        slider.setBlockIncrement(0.5);
        slider.setMajorTickUnit(1);
        slider.setPrefWidth(220);
        weight.setId(id + "-weight");
        weight.setPrefColumnCount(5);
        share.setId(id + "-share");
        share.setMinWidth(Region.USE_PREF_SIZE);
        share.setTooltip(shareTip);
        q.setId(id + "-q");
        p.setId(id + "-p");
        q.setPrefColumnCount(5);
        p.setPrefColumnCount(5);
        for (TextField field : new TextField[] {weight, q, p}) {
            field.setMinWidth(Region.USE_PREF_SIZE);
        }
        q.setTooltip(new Tooltip(messages.get("appraisal.q.tooltip")));
        p.setTooltip(new Tooltip(messages.get("appraisal.p.tooltip")));
        q.setPromptText("0");
        p.setPromptText(messages.get("appraisal.p.default"));
        bandFill.getStyleClass().add("appraisal-band");
        bandFill.setManaged(false);
        band.getChildren().add(bandFill);
        band.setMouseTransparent(true);
        band.widthProperty().addListener((obs, old, now) -> placeBand());
        band.heightProperty().addListener((obs, old, now) -> placeBand());
        setWeight(row.weightProperty().get());
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                row.weightProperty().set(Math.round(now.doubleValue() * 100) / 100.0);
            }
        });
        row.weightProperty().addListener(followWeight);
        weight.setOnAction(e -> commitWeight());
        weight.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                commitWeight();
            }
        });
        q.setText(threshold(row.indifferenceProperty().get()));
        p.setText(threshold(row.preferenceProperty().get()));
        q.setOnAction(e -> commitThresholds());
        p.setOnAction(e -> commitThresholds());
        q.focusedProperty().addListener((obs, old, now) -> commitThresholds());
        p.focusedProperty().addListener((obs, old, now) -> commitThresholds());
    }

    /** Stops following the criterion, whose row outlives these controls. */
    void dispose() {
        row.weightProperty().removeListener(followWeight);
    }

    private String threshold(Double value) {
        return value == null ? "" : Labels.plain(messages.locale(), value);
    }

    void setWeight(double value) {
        updating = true;
        try {
            slider.setMax(Math.max(AppraisalView.SLIDER_MAX, Math.ceil(value)));
            slider.setValue(value);
            weight.setText(Labels.plain(messages.locale(), value));
            weight.getStyleClass().remove("invalid");
        } finally {
            updating = false;
        }
    }

    void commitWeight() {
        NumberInput.Result r = numbers.amount(weight.getText());
        if (r.ok()) {
            row.weightProperty().set(r.value());
            weight.getStyleClass().remove("invalid");
        } else if (!weight.getStyleClass().contains("invalid")) {
            weight.getStyleClass().add("invalid");
        }
    }

    void commitThresholds() {
        String qt = q.getText().strip();
        String pt = p.getText().strip();
        if (qt.isEmpty() && pt.isEmpty()) {
            row.indifferenceProperty().set(null);
            row.preferenceProperty().set(null);
            markThresholds(false);
            return;
        }
        NumberInput.Result qr = numbers.amount(qt.isEmpty() ? "0" : qt);
        NumberInput.Result pr = numbers.amount(pt);
        boolean ok = qr.ok() && pr.ok() && qr.value() <= pr.value();
        markThresholds(!ok);
        if (ok) {
            row.indifferenceProperty().set(qr.value());
            row.preferenceProperty().set(pr.value());
        }
    }

    private void markThresholds(boolean invalid) {
        for (TextField f : List.of(q, p)) {
            f.getStyleClass().remove("invalid");
            if (invalid) {
                f.getStyleClass().add("invalid");
            }
        }
    }

    /** The stability interval as a band on the slider track, in raw weight. */
    double bandFrom;
    double bandTo;

    void placeBand() {
        double inset = 8;
        double width = Math.max(0, band.getWidth() - 2 * inset);
        double max = slider.getMax();
        double x0 = inset + width * Math.min(bandFrom, max) / max;
        double x1 = inset + width * Math.min(bandTo, max) / max;
        bandFill.resizeRelocate(x0, band.getHeight() / 2 - 7, Math.max(2, x1 - x0), 14);
    }
}
