package nl.taakdiff.ui.appraisal;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.engine.appraisal.Appraisal;
import nl.taakdiff.engine.appraisal.RankedOption;
import nl.taakdiff.ui.common.Messages;

/**
 * The ranking as horizontal bars, each stacked by the criteria's contributions (negative ones,
 * under PROMETHEE, leftwards from a common zero line). The nodes are kept while the number of
 * options and criteria stays, so that a weight move only resizes them.
 */
public final class RankingBars {
    private final Messages messages;
    private double barWidth;
    private final double nameWidth;
    private final String idPrefix;
    private final VBox root = new VBox(6);
    private final List<Line> lines = new ArrayList<>();
    private Appraisal shownAppraisal;
    private List<RankedOption> shownRanking;

    /** @param idPrefix node ids {@code PREFIX<rank>-name} and {@code PREFIX<rank>-score} */
    public RankingBars(Messages messages, double barWidth, double nameWidth, String idPrefix) {
        this.messages = messages;
        this.barWidth = barWidth;
        this.nameWidth = nameWidth;
        this.idPrefix = idPrefix;
    }

    public VBox root() {
        return root;
    }

    /** Another width for the longest bar, e.g. when the window is resized; the shown ranking follows. */
    public void setBarWidth(double width) {
        if (width == barWidth) {
            return;
        }
        barWidth = width;
        for (Line line : lines) {
            line.bar.setMinWidth(width);
            line.bar.setMaxWidth(width);
        }
        if (shownRanking != null && shownRanking.size() == lines.size()) {
            update(shownAppraisal, shownRanking);
        }
    }

    /** Forgets the nodes, e.g. when the criteria changed. */
    public void reset() {
        lines.clear();
        root.getChildren().clear();
    }

    /** Shows a ranking; true when the lines were built anew (other options or criteria). */
    public boolean update(Appraisal appraisal, List<RankedOption> ranking) {
        shownAppraisal = appraisal;
        shownRanking = ranking;
        int criteria = appraisal.criteria().size();
        boolean rebuilt = lines.size() != ranking.size() || lines.isEmpty() || lines.get(0).segments.size() != criteria;
        if (rebuilt) {
            lines.clear();
            for (int r = 0; r < ranking.size(); r++) {
                lines.add(new Line(r + 1, criteria));
            }
            root.getChildren().setAll(lines.stream().map(l -> (Node) l.line).toList());
        }
        double positive = 0;
        double negative = 0;
        for (RankedOption o : ranking) {
            double pos = 0;
            double neg = 0;
            for (double v : o.contributions()) {
                if (v > 0) {
                    pos += v;
                } else {
                    neg -= v;
                }
            }
            positive = Math.max(positive, pos);
            negative = Math.max(negative, neg);
        }
        double scale = barWidth / Math.max(1e-12, positive + negative);
        for (int r = 0; r < ranking.size(); r++) {
            lines.get(r).show(appraisal, ranking.get(r), negative, scale);
        }
        return rebuilt;
    }

    private final class Line {
        final Label rank = new Label();
        final Label name = new Label();
        final HBox bar = new HBox();
        final Region lead = new Region();
        final List<Region> segments = new ArrayList<>();
        final List<Tooltip> tips = new ArrayList<>();
        final Label score = new Label();
        final HBox line = new HBox(8, rank, name, bar, score);

        Line(int position, int criteria) {
            rank.setMinWidth(Region.USE_PREF_SIZE);
            rank.getStyleClass().add("ranking-rank");
            name.setId(idPrefix + position + "-name");
            name.getStyleClass().add("ranking-name");
            name.setMinWidth(nameWidth);
            name.setMaxWidth(nameWidth);
            score.setId(idPrefix + position + "-score");
            score.getStyleClass().add("ranking-score");
            score.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMinWidth(barWidth);
            bar.setMaxWidth(barWidth);
            bar.getStyleClass().add("appraisal-bar");
            for (int c = 0; c < criteria; c++) {
                Region segment = new Region();
                segment.getStyleClass().addAll("appraisal-segment", AppraisalView.colour(c));
                Tooltip tip = new Tooltip();
                Tooltip.install(segment, tip);
                segments.add(segment);
                tips.add(tip);
            }
            line.setAlignment(Pos.CENTER_LEFT);
        }

        void show(Appraisal appraisal, RankedOption o, double negative, double scale) {
            rank.setText(o.rank() + ".");
            name.setText(o.name());
            score.setText(String.format(messages.locale(), "%.3f", o.score()));
            List<Double> contributions = o.contributions();
            double neg = 0;
            for (double v : contributions) {
                neg += v < 0 ? -v : 0;
            }
            lead.setMinWidth((negative - neg) * scale);
            List<Node> children = new ArrayList<>();
            children.add(lead);
            for (int pass = 0; pass < 2; pass++) {
                for (int c = 0; c < contributions.size(); c++) {
                    double v = contributions.get(c);
                    if (pass == 0 ? v < 0 : v > 0) {
                        Region segment = segments.get(c);
                        segment.setMinWidth(Math.abs(v) * scale);
                        segment.setPrefWidth(Math.abs(v) * scale);
                        tips.get(c).setText(messages.get("metric." + appraisal.criteria().get(c).measure().key()) + ": "
                                + String.format(messages.locale(), "%.3f", v));
                        children.add(segment);
                    }
                }
            }
            if (!bar.getChildren().equals(children)) {
                bar.getChildren().setAll(children);
            }
        }
    }
}
