package nl.taakdiff.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Scene;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.ui.tabs.WorkspaceTabs;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Measures how long a moved price slider takes to show a new proposal in the Explore view: from
 * the new risk price (on the FX thread) through the optimum on the compute thread, the rebuilt
 * matrix, figures and chart, to the end of the next layout pulse. Run it with
 * {@code mvn test -Dtest=ExploreLatencyHarness}.
 */
class ExploreLatencyHarness extends LatencyHarness {
    private static final int WARM_UP = 30;
    private static final int SAMPLES = Integer.getInteger("samples", 200);

    @Test
    void sliderToProposalPercentiles(FxRobot robot) throws Exception {
        Scene scene = open(robot, "explore");
        ExploreViewModel model = app.onFx(() -> WorkspaceTabs.model(app.window.model().tabs(), ExploreViewModel.class)
                .orElseThrow());
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            double price = (i % 100) * ExploreViewModel.MAX_RISK_PRICE / 100 + 1;
            Sample sample = time(scene, () -> () -> model.riskPriceProperty().set(price), model.appliedProperty(),
                    model::requested, "slider move " + i);
            if (i >= WARM_UP) {
                millis.add(sample.millis());
            }
            app.settle();
        }
        Collections.sort(millis);
        printLoad();
        System.out.printf("risk-price slider -> new proposal on screen (%d samples): p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms%n", millis.size(), percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), millis.get(millis.size() - 1));
    }
}
