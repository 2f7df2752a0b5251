package nl.taakdiff.ui.present;

import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * A slide laid out at its design size and scaled to the space it gets: on the audience screen, so
 * that a slide breaks lines and fills screens alike on every projector (and the assumptions are
 * paginated for one known height), and in the presenter view, so that the presenter sees exactly
 * what the room sees.
 */
final class ScaledSlide extends Region {
    /** Slides are designed 800 px high: the smallest projector we plan for is 1280 × 800. */
    static final double DESIGN_HEIGHT = 800;
    static final double DESIGN_MIN_WIDTH = 1280;

    private final Parent slide;
    private final double slideWidth;
    private final double slideHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();

    ScaledSlide(Parent slide, double slideWidth, double slideHeight) {
        this.slide = slide;
        this.slideWidth = slideWidth;
        this.slideHeight = slideHeight;
        slide.getTransforms().add(scale);
        getChildren().add(slide);
        getStyleClass().add("scaled-slide");
        setClip(clip);
        setMinSize(0, 0);
    }

    /** The design width for a screen's aspect ratio: 800 px high, at least 1280 px wide. */
    static double designWidth(double screenWidth, double screenHeight) {
        return Math.max(DESIGN_MIN_WIDTH, Math.round(DESIGN_HEIGHT * screenWidth / screenHeight));
    }

    /** The scale the slide is shown at (for tests). */
    double scale() {
        return scale.getX();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return (width > 0 ? width : 480) * slideHeight / slideWidth;
    }

    @Override
    protected void layoutChildren() {
        double k = Math.min(getWidth() / slideWidth, getHeight() / slideHeight);
        if (!(k > 0)) {
            return;
        }
        scale.setX(k);
        scale.setY(k);
        slide.resizeRelocate((getWidth() - slideWidth * k) / 2, (getHeight() - slideHeight * k) / 2, slideWidth,
                slideHeight);
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
    }
}
