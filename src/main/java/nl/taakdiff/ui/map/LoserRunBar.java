package nl.taakdiff.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import nl.taakdiff.ui.common.Messages;

/**
 * Over the map while the loser probability is computed: a progress bar and Cancel; after a cancel
 * or a failure, a button to compute again. Hidden otherwise.
 */
final class LoserRunBar extends HBox {
    LoserRunBar(LoserProbabilities run, Messages messages) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setId("map-loser-run");
        ProgressBar progress = new ProgressBar();
        progress.setId("map-loser-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(run.progressProperty());
        Button cancel = new Button(messages.get("map.loser.cancel"));
        cancel.setId("map-loser-cancel");
        cancel.setOnAction(e -> run.cancel());
        Button restart = new Button(messages.get("map.loser.restart"));
        restart.setId("map-loser-restart");
        restart.setOnAction(e -> run.restart());
        getChildren().setAll(progress, cancel, restart);
        run.stateProperty().addListener((obs, old, now) -> show(now, progress, cancel, restart));
        show(run.stateProperty().get(), progress, cancel, restart);
    }

    private void show(LoserProbabilities.State state, ProgressBar progress, Button cancel, Button restart) {
        boolean running = state == LoserProbabilities.State.RUNNING;
        boolean stopped = state == LoserProbabilities.State.CANCELLED || state == LoserProbabilities.State.FAILED;
        for (var node : new javafx.scene.Node[] {progress, cancel}) {
            node.setVisible(running);
            node.setManaged(running);
        }
        restart.setVisible(stopped);
        restart.setManaged(stopped);
        setVisible(running || stopped);
        setManaged(running || stopped);
    }
}
