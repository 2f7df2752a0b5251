package nl.taakdiff.ui.present;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;

/**
 * What the presenter sees on the laptop: the current slide as the room sees it, the next one,
 * the clock and the time since the presentation started, and the notes of the current slide.
 */
public final class PresenterView extends View {
    private final PresentationViewModel model;
    private final Messages messages;
    private final double slideWidth;
    private final double slideHeight;
    private BorderPane root;
    private PresentationView current;
    private PresentationView next;
    private Label nowTitle;
    private Label clock;
    private Label elapsed;
    private TextArea notes;
    private Timeline ticks;
    private Page notesOf;
    /** True while the notes are filled in from the model, so that this is not taken for an edit. */
    private boolean showingNotes;

    /** {@code slideWidth × slideHeight}: the audience screen, so that the previews break lines as it does. */
    public PresenterView(PresentationViewModel model, double slideWidth, double slideHeight) {
        this.model = model;
        this.messages = model.messages();
        this.slideWidth = slideWidth;
        this.slideHeight = slideHeight;
        init();
    }

    @Override
    protected void initializeParts() {
        current = new PresentationView(model, 0);
        next = new PresentationView(model, 1);
        clock = new Label();
        clock.setId("presenter-clock");
        clock.getStyleClass().add("presenter-clock");
        elapsed = new Label();
        elapsed.setId("presenter-elapsed");
        elapsed.getStyleClass().add("presenter-clock");
        notes = new TextArea();
        notes.setId("presenter-notes");
        notes.getStyleClass().add("presenter-notes");
        notes.setWrapText(true);
        // the arrow keys turn slides until the presenter clicks into the notes (Esc leaves them)
        notes.setFocusTraversable(false);
    }

    @Override
    protected void layoutParts() {
        ScaledSlide now = new ScaledSlide(current.root(), slideWidth, slideHeight);
        now.setId("presenter-current");
        now.getStyleClass().add("slide-preview");
        ScaledSlide then = new ScaledSlide(next.root(), slideWidth, slideHeight);
        then.setId("presenter-next");
        then.getStyleClass().add("slide-preview");
        nowTitle = new Label();
        nowTitle.setId("presenter-now");
        nowTitle.getStyleClass().add("presenter-heading");
        Label nextTitle = heading("presenter.next");
        VBox left = new VBox(8, nowTitle, now);
        VBox.setVgrow(now, Priority.ALWAYS);
        HBox times = new HBox(24, clock, elapsed);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        Label notesTitle = heading("presenter.notes");
        notesTitle.setWrapText(true);
        notesTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(10, nextTitle, then, times, notesTitle, notes);
        then.prefHeightProperty().bind(then.widthProperty().multiply(slideHeight / slideWidth));
        VBox.setVgrow(notes, Priority.ALWAYS);
        right.setPrefWidth(460);
        right.setMinWidth(320);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(20, left, right);
        body.setPadding(new Insets(16));
        Label hint = new Label(messages.get("present.hint") + " · " + messages.get("presenter.hint"));
        hint.getStyleClass().add("presenter-hint");
        hint.setWrapText(true);
        BorderPane.setMargin(hint, new Insets(0, 16, 10, 16));
        root = new BorderPane(body);
        root.setBottom(hint);
        root.setId("presenter");
        root.getStyleClass().add("presenter");
        left.setMinWidth(0);
        now.setMinWidth(0);
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("presenter-heading");
        return l;
    }

    @Override
    protected void bindToModel() {
        listen(model.indexProperty(), obs -> showNotes());
        listen(model.compare().resultProperty(), obs -> showNotes());
        listen(model.sensitivity().tornadoProperty(), obs -> showNotes());
        listen(model.sensitivity().uncertaintyProperty(), obs -> showNotes());
        listen(notes.textProperty(), (obs, old, now) -> {
            if (notesOf != null && !showingNotes) {
                model.editNotes(notesOf, now);
            }
        });
        onDispose(current::dispose);
        onDispose(next::dispose);
        ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        ticks.play();
        onDispose(ticks::stop);
        showNotes();
        tick();
    }

    private void showNotes() {
        notesOf = model.page();
        showingNotes = true;
        notes.setText(model.notes(notesOf));
        showingNotes = false;
        nowTitle.setText(messages.get("presenter.current", model.counter()));
    }

    private void tick() {
        clock.setText(messages.get("presenter.clock", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"))));
        long seconds = Math.max(0, (System.currentTimeMillis() - model.openedAtProperty().get()) / 1000);
        elapsed.setText(messages.get("presenter.elapsed", elapsedText(seconds)));
    }

    /** "12:05" for 12 minutes 5 seconds, "1:02:03" past the hour. */
    static String elapsedText(long seconds) {
        java.time.Duration d = java.time.Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(java.util.Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    /** The current slide's view inside the presenter view (for tests). */
    public PresentationView current() {
        return current;
    }

    /** The next slide's view (for tests). */
    public PresentationView next() {
        return next;
    }

    @Override
    public Parent root() {
        return root;
    }
}
