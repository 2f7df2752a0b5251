package nl.taakdiff.ui.appraisal;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;

/**
 * The appraisal slide of the presentation: a large slider per criterion (the focused one
 * highlighted, for the keyboard) and the ranking as large stacked bars that follow at once.
 */
public final class AppraisalSlide extends View {
    private final AppraisalViewModel model;
    private final Messages messages;
    private final IntegerProperty focus;
    private VBox root;
    private VBox criteria;
    private RankingBars bars;
    private final List<HBox> rows = new ArrayList<>();

    /** @param focus the criterion the keyboard moves (index into the model's criteria) */
    public AppraisalSlide(AppraisalViewModel model, Messages messages, IntegerProperty focus) {
        this.model = model;
        this.messages = messages;
        this.focus = focus;
        init();
    }

    @Override
    protected void initializeParts() {
        // the criteria above the ranking: side by side, neither the names nor the bars had room
        root = new VBox(36);
        root.setId("slide-appraisal");
        root.getStyleClass().add("slide-appraisal");
        criteria = new VBox(10);
        bars = new RankingBars(messages, 560, 420, "slide-rank-");
    }

    @Override
    protected void layoutParts() {
        root.getChildren().setAll(criteria, bars.root());
    }

    @Override
    protected void bindToModel() {
        for (int i = 0; i < model.criteria().size(); i++) {
            CriterionRow row = model.criteria().get(i);
            Label name = new Label(messages.get("metric." + row.measure().key()));
            name.setPrefWidth(420);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("appraisal-swatch", AppraisalView.colour(i));
            Slider slider = new Slider(0, Math.max(AppraisalView.SLIDER_MAX, Math.ceil(row.weightProperty().get())),
                    row.weightProperty().get());
            slider.setId("slide-" + row.measure().key() + "-slider");
            slider.setPrefWidth(360);
            slider.setFocusTraversable(false);
            Label weight = new Label();
            weight.setMinWidth(60);
            weight.textProperty().bind(row.weightProperty().asString(messages.locale(), "%.1f"));
            onDispose(weight.textProperty()::unbind);
            slider.valueProperty().addListener((obs, old, now) -> {
                if (Math.abs(now.doubleValue() - row.weightProperty().get()) > 1e-9) {
                    row.weightProperty().set(Math.round(now.doubleValue() * 10) / 10.0);
                }
            });
            listen(row.weightProperty(), (obs, old, now) -> {
                slider.setMax(Math.max(slider.getMax(), Math.ceil(now.doubleValue())));
                slider.setValue(now.doubleValue());
            });
            HBox line = new HBox(12, swatch, name, slider, weight);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("slide-criterion");
            rows.add(line);
        }
        criteria.getChildren().setAll(rows);
        listen(focus, obs -> markFocus());
        markFocus();
        listen(model.revisionProperty(), obs -> redraw());
        redraw();
    }

    private void markFocus() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).getStyleClass().remove("slide-criterion-focused");
            if (i == focus.get()) {
                rows.get(i).getStyleClass().add("slide-criterion-focused");
            }
        }
    }

    private void redraw() {
        if (model.appraisalProperty().get() == null) {
            bars.reset();
            return;
        }
        bars.update(model.appraisalProperty().get(), model.rankingProperty().get());
    }

    @Override
    public Parent root() {
        return root;
    }
}
