package nl.taakdiff.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.taakdiff.ui.UiFixture;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.ui.tabs.WorkspaceTabs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Measures how long a moved price slider takes to show a new proposal in the Explore view: from
 * the new risk price (on the FX thread) through the optimum on the compute thread, the rebuilt
 * matrix, figures and chart, to the end of the next layout pulse. Not part of the normal test run;
 * run it with {@code mvn test -Dtest=ExploreLatencyHarness}.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreLatencyHarness {
    private static final int WARM_UP = 30;
    private static final int SAMPLES = Integer.getInteger("samples", 200);
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = new UiFixture();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void sliderToProposalPercentiles(FxRobot robot) throws Exception {
        app.settle();
        robot.interact(() -> app.window.view().selectTab("explore"));
        ExploreViewModel model = app.onFx(() -> WorkspaceTabs.model(app.window.model().tabs(), ExploreViewModel.class)
                .orElseThrow());
        app.settle();
        Scene scene = app.window.stage().getScene();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) {
            double price = (i % 100) * ExploreViewModel.MAX_RISK_PRICE / 100 + 1;
            CountDownLatch done = new CountDownLatch(1);
            long[] elapsed = new long[1];
            Platform.runLater(() -> {
                long start = System.nanoTime();
                model.riskPriceProperty().set(price);
                long wanted = model.requested();
                ChangeListener<Number> applied = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number n) {
                        if (n.longValue() >= wanted) {
                            model.appliedProperty().removeListener(this);
                            scene.addPostLayoutPulseListener(new Runnable() {
                                @Override
                                public void run() {
                                    scene.removePostLayoutPulseListener(this);
                                    elapsed[0] = System.nanoTime() - start;
                                    done.countDown();
                                }
                            });
                            Platform.requestNextPulse();
                        }
                    }
                };
                model.appliedProperty().addListener(applied);
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no proposal after slider move " + i);
            }
            if (i >= WARM_UP) {
                millis.add(elapsed[0] / 1e6);
            }
            app.settle();
        }
        Collections.sort(millis);
        System.out.printf("  load average during the run: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("risk-price slider -> new proposal on screen (%d samples): p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms%n", millis.size(), percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
