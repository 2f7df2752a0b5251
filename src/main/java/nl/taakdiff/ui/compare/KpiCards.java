package nl.taakdiff.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.KeyFigures;
import nl.taakdiff.engine.KeyFigures.Judgement;
import nl.taakdiff.engine.KeyFigures.Kpi;
import nl.taakdiff.engine.MetricDelta;
import nl.taakdiff.ui.common.Formats;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel.Result;

/**
 * One card per KPI: the baseline's value and, per alternative, its value and the change, coloured
 * by how the change is judged. The cards are built once per set of scenarios; later results only
 * change their labels.
 */
final class KpiCards {
    private static final List<String> JUDGEMENT_CLASSES = Arrays.stream(Judgement.values())
            .map(KpiCards::styleClass).toList();

    private final Messages messages;
    private final Formats formats;
    private final TilePane root = new TilePane(8, 8);
    /** The narrowest a card may be before its figures would be cut off. */
    private static final double MIN_TILE = 235;
    private final List<CardParts> cardParts = new ArrayList<>();

    /** The labels of one KPI card that change with the figures. */
    private record CardParts(Kpi kpi, Label baseValue, List<Label> values, List<Label> changes, List<Tooltip> tips) {
    }

    KpiCards(Messages messages) {
        this.messages = messages;
        this.formats = messages.formats();
        root.setId("kpi-cards");
        root.setPrefColumns(4);
        root.setPrefTileWidth(MIN_TILE);
        root.getStyleClass().add("kpi-cards");
        // as many columns of cards as fit, stretched to the full width: no empty half at 1024 px
        root.widthProperty().addListener((obs, old, now) -> fillWidth(now.doubleValue()));
    }

    private void fillWidth(double width) {
        double inner = width - root.snappedLeftInset() - root.snappedRightInset();
        if (inner <= 0) {
            return;
        }
        int columns = Math.max(1, Math.min(4, (int) ((inner + root.getHgap()) / (MIN_TILE + root.getHgap()))));
        double tile = Math.floor((inner - root.getHgap() * (columns - 1)) / columns);
        if (Math.abs(tile - root.getPrefTileWidth()) >= 1) {
            root.setPrefTileWidth(tile);
        }
    }

    TilePane root() {
        return root;
    }

    /** Builds the cards for the scenarios of a result (none for null). */
    void rebuild(Result result) {
        root.getChildren().clear();
        cardParts.clear();
        if (result == null) {
            return;
        }
        for (Kpi kpi : KeyFigures.KPIS) {
            root.getChildren().add(card(kpi, result));
        }
    }

    /** Same scenarios: only the figures change. */
    void update(Result result) {
        for (CardParts parts : cardParts) {
            fill(parts, result);
        }
    }

    private VBox card(Kpi kpi, Result result) {
        String key = kpi.metric().key();
        Label name = new Label(messages.get("metric." + key));
        name.getStyleClass().add("kpi-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label baseValue = new Label();
        baseValue.getStyleClass().add("kpi-baseline");
        baseValue.setId("kpi-" + key + "-baseline");
        VBox card = new VBox(3, name, baseValue);
        List<Label> values = new ArrayList<>();
        List<Label> changes = new ArrayList<>();
        List<Tooltip> tips = new ArrayList<>();
        for (int i = 0; i < result.comparisons().size(); i++) {
            Label value = new Label();
            value.getStyleClass().add("kpi-value");
            value.setId("kpi-" + key + "-" + i);
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label change = new Label();
            change.getStyleClass().add("kpi-delta");
            change.setId("kpi-" + key + "-delta-" + i);
            change.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip tip = new Tooltip();
            Tooltip.install(change, tip);
            Label who = new Label(result.comparisons().get(i).alternative().scenario().name());
            who.getStyleClass().add("kpi-scenario");
            who.setMinWidth(0);
            HBox row = new HBox(6, value, change);
            row.setAlignment(Pos.BASELINE_LEFT);
            card.getChildren().addAll(who, row);
            values.add(value);
            changes.add(change);
            tips.add(tip);
        }
        card.getStyleClass().add("kpi-card");
        card.setId("kpi-" + key);
        CardParts parts = new CardParts(kpi, baseValue, values, changes, tips);
        cardParts.add(parts);
        fill(parts, result);
        return card;
    }

    /** Puts the figures of a result into a card's labels. */
    private void fill(CardParts parts, Result result) {
        Kpi kpi = parts.kpi();
        var unit = kpi.metric().unit();
        parts.baseValue().setText(messages.get("compare.kpi.baseline",
                formats.value(unit, result.baseline().summary().value(kpi.metric()), true)));
        for (int i = 0; i < parts.values().size(); i++) {
            MetricDelta delta = result.comparisons().get(i).metric(kpi.metric());
            Judgement judgement = kpi.judge(delta);
            parts.values().get(i).setText(formats.value(unit, delta.alternative(), true));
            Label change = parts.changes().get(i);
            change.setText(arrow(delta.delta()) + " " + formats.delta(unit, delta.delta(), true));
            String judgementClass = styleClass(judgement);
            if (!change.getStyleClass().contains(judgementClass)) {
                change.getStyleClass().removeAll(JUDGEMENT_CLASSES);
                change.getStyleClass().add(judgementClass);
            }
            parts.tips().get(i).setText(messages.get("compare.kpi.tooltip", formats.value(unit, delta.alternative(), false),
                    formats.value(unit, delta.baseline(), false), formats.deltaPercent(delta.deltaPct()),
                    messages.get("judgement." + judgement.name().toLowerCase(Locale.ROOT))));
        }
    }

    private static String styleClass(Judgement judgement) {
        return "judgement-" + judgement.name().toLowerCase(Locale.ROOT);
    }

    private static String arrow(double delta) {
        return delta > 1e-9 ? "▲" : delta < -1e-9 ? "▼" : "●";
    }
}
