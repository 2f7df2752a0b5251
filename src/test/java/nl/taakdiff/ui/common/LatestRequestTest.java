package nl.taakdiff.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class LatestRequestTest {
    private final DeferredJobs jobs = new DeferredJobs();
    /** The state a run computes from; a negative value means there is nothing to compute. */
    private int state;
    private final List<String> prepared = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final LatestRequest<Integer> latest = new LatestRequest<>(jobs, () -> "busy", new LatestRequest.Work<>() {
        @Override
        public Callable<Integer> prepare(long request) {
            int input = state;
            prepared.add(request + ":" + input);
            if (input < 0) {
                return null;
            }
            return () -> {
                if (input == 13) {
                    throw new IllegalStateException("unlucky");
                }
                return input * 10;
            };
        }

        @Override
        public void show(long request, Integer result, Throwable error) {
            shown.add(request + ":" + result + ":" + (error == null ? "-" : error.getMessage()));
        }
    });

    @Test
    void requestsDuringARunFoldIntoOneFollowUpAndOnlyTheNewestIsShown() {
        state = 1;
        latest.request();
        state = 2;
        latest.request();
        state = 3;
        latest.request();
        assertThat(jobs.queued()).isEqualTo(1);
        assertThat(latest.computingProperty().get()).isTrue();

        jobs.runNext();
        assertThat(shown).isEmpty();
        assertThat(prepared).containsExactly("1:1", "3:3");
        assertThat(latest.computingProperty().get()).isTrue();

        jobs.runNext();
        assertThat(shown).containsExactly("3:30:-");
        assertThat(latest.requested()).isEqualTo(3);
        assertThat(latest.computingProperty().get()).isFalse();
        assertThat(jobs.queued()).isZero();
    }

    @Test
    void nothingToComputeIsShownAtOnceWithoutAResult() {
        state = -1;
        latest.request();
        assertThat(jobs.queued()).isZero();
        assertThat(shown).containsExactly("1:null:-");
        assertThat(latest.computingProperty().get()).isFalse();
    }

    @Test
    void anErrorOfTheNewestRequestIsShownAndAnOlderOneIsDropped() {
        state = 13;
        latest.request();
        state = 4;
        latest.request();
        jobs.runAll();
        assertThat(shown).containsExactly("2:40:-");

        state = 13;
        latest.request();
        jobs.runAll();
        assertThat(shown).containsExactly("2:40:-", "3:null:unlucky");
        assertThat(latest.computingProperty().get()).isFalse();
    }
}
