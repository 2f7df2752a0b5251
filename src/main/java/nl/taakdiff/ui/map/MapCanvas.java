package nl.taakdiff.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Affine;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.engine.map.Rgb;

/**
 * Draws the municipalities on a {@link Canvas}: the shapes are kept in RD metres
 * ({@link MapShapes}) and drawn through one affine view transform (fit to the control, then zoom and
 * pan), so a redraw only replays the cached coordinates. Scroll zooms around the pointer, dragging
 * pans, a click selects the municipality under the pointer; moving reports the municipality under
 * the pointer. Redraws happen at most once per pulse.
 */
public final class MapCanvas extends Region {
    private static final double MIN_ZOOM = 1;
    private static final double MAX_ZOOM = 40;
    private static final double DRAG_SLOP = 4;

    private final Canvas canvas = new Canvas();
    private final boolean interactive;
    private MapShapes shapes;
    private Choropleth colours;
    private String regionType;
    private boolean provinceBorders;
    private String selected;
    private String hovered;
    private final Map<String, Color> fills = new HashMap<>();
    private Map<Color, List<MapShapes.Shape>> groups;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private boolean redrawQueued;
    private javafx.scene.image.Image panImage;
    private double panOriginX;
    private double panOriginY;
    private long lastDrawNanos;
    private int draws;
    private Consumer<String> onHover = code -> { };
    private Consumer<String> onSelect = code -> { };

    /** A map; {@code interactive} enables zoom, pan, hover and click. */
    public MapCanvas(boolean interactive) {
        this.interactive = interactive;
        getStyleClass().add("map-canvas");
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(640, 560);
        if (interactive) {
            addEventHandler(ScrollEvent.SCROLL, this::scrolled);
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
            addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        }
    }

    // ---- content -----------------------------------------------------------------------------

    public void setShapes(MapShapes shapes) {
        this.shapes = shapes;
        groups = null;
        requestRedraw();
    }

    public void setColours(Choropleth colours) {
        this.colours = colours;
        fills.clear();
        groups = null;
        requestRedraw();
    }

    /** The region type whose borders are drawn on top; null for none. */
    public void setRegionType(String regionType) {
        this.regionType = regionType;
        requestRedraw();
    }

    /** Whether the province borders are drawn on top, where the shapes have them. */
    public void setProvinceBorders(boolean provinceBorders) {
        this.provinceBorders = provinceBorders;
        requestRedraw();
    }

    public void setSelected(String code) {
        this.selected = code;
        requestRedraw();
    }

    public void setHovered(String code) {
        this.hovered = code;
        requestRedraw();
    }

    public void setOnHover(Consumer<String> action) {
        this.onHover = action == null ? code -> { } : action;
    }

    public void setOnSelect(Consumer<String> action) {
        this.onSelect = action == null ? code -> { } : action;
    }

    /** The fill the map uses for a municipality (as drawn by the latest redraw). */
    public Color fillOf(String code) {
        return fill(code);
    }

    private Color fill(String code) {
        return fills.computeIfAbsent(code, c -> fx(colours == null ? Palettes.NO_DATA : colours.colourOf(c)));
    }

    public static Color fx(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue());
    }

    /** The shapes drawn (for the draw-time harness). */
    public MapShapes shapesForBench() {
        return shapes;
    }

    /** The canvas, e.g. for snapshots in tests. */
    public Canvas canvas() {
        return canvas;
    }

    public double zoom() {
        return zoom;
    }

    /** Back to the whole country. */
    public void resetView() {
        zoom = 1;
        panX = 0;
        panY = 0;
        requestRedraw();
    }

    /** Nanoseconds the latest full redraw took on the FX thread (for the draw-time harness). */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    public int draws() {
        return draws;
    }

    // ---- geometry ----------------------------------------------------------------------------

    /** The map-to-screen transform: fit the country into the control, then zoom and pan. */
    public Affine viewTransform() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (shapes == null || w <= 0 || h <= 0) {
            return new Affine();
        }
        var b = shapes.bounds();
        double margin = 8;
        double fit = Math.min((w - 2 * margin) / b.width(), (h - 2 * margin) / b.height());
        double s = fit * zoom;
        double cx = (b.minX() + b.maxX()) / 2;
        double cy = (b.minY() + b.maxY()) / 2;
        // RD y grows north, screen y grows down.
        return new Affine(s, 0, w / 2 - cx * s + panX, 0, -s, h / 2 + cy * s + panY);
    }

    /** Where a point in RD metres is on the control. */
    public Point2D toScreen(double x, double y) {
        return viewTransform().transform(x, y);
    }

    /** Where on the control a municipality certainly shows its own fill (an interior point). */
    public Point2D screenPointOf(String code) {
        if (shapes == null) {
            return null;
        }
        return shapes.municipality(code).map(s -> {
            double[] p = s.interiorPoint();
            return toScreen(p[0], p[1]);
        }).orElse(null);
    }

    /** The municipality at a point of the control, or null. */
    public String codeAt(double sx, double sy) {
        if (shapes == null) {
            return null;
        }
        try {
            Point2D p = viewTransform().inverseTransform(sx, sy);
            return shapes.municipalityAt(p.getX(), p.getY()).map(MapShapes.Shape::code).orElse(null);
        } catch (javafx.scene.transform.NonInvertibleTransformException e) {
            return null;
        }
    }

    // ---- drawing -----------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Redraws in the next pulse (many changes in one event are drawn once). */
    public void requestRedraw() {
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        javafx.application.Platform.runLater(() -> {
            redrawQueued = false;
            redraw();
        });
    }

    /** Redraws now. */
    public void redraw() {
        panImage = null;
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(new Affine());
        g.clearRect(0, 0, w, h);
        if (shapes == null || w <= 0 || h <= 0) {
            return;
        }
        Affine view = viewTransform();
        double s = view.getMxx();
        g.setTransform(view);
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setStroke(fx(Palettes.OUTLINE));
        g.setLineWidth(Math.min(0.6, 0.25 + 0.05 * zoom) / s);
        // One fill per colour and one stroke for all outlines: far fewer rasterisations than a fill
        // and a stroke per municipality. Shapes with holes are filled on their own, so that an
        // enclave of the same colour inside a hole is not cancelled out by the even-odd rule.
        for (Map.Entry<Color, List<MapShapes.Shape>> group : groups().entrySet()) {
            g.setFill(group.getKey());
            g.beginPath();
            for (MapShapes.Shape shape : group.getValue()) {
                if (shape.hasHoles()) {
                    g.fill();
                    path(g, shape.rings());
                    g.fill();
                    g.beginPath();
                } else {
                    rings(g, shape.rings());
                }
            }
            g.fill();
        }
        g.beginPath();
        for (MapShapes.Shape shape : shapes.municipalities()) {
            rings(g, shape.rings());
        }
        g.stroke();
        if (regionType != null) {
            g.setStroke(fx(Palettes.REGION_OUTLINE));
            g.setLineWidth(1.4 / s);
            for (MapShapes.Shape region : shapes.regions(regionType)) {
                path(g, region.rings());
                g.stroke();
            }
        }
        if (provinceBorders) {
            g.setStroke(fx(Palettes.REGION_OUTLINE));
            g.setLineWidth(2.2 / s);
            for (MapShapes.Shape province : shapes.regions(nl.taakdiff.io.MapGeometry.PROVINCES)) {
                path(g, province.rings());
                g.stroke();
            }
        }
        outline(g, hovered, Color.web("#555555"), 1.5 / s);
        outline(g, selected, Color.BLACK, 2.6 / s);
        g.setTransform(new Affine());
        lastDrawNanos = System.nanoTime() - start;
        draws++;
    }

    /** The municipalities by fill colour, in legend order of first appearance; cached per colouring. */
    private Map<Color, List<MapShapes.Shape>> groups() {
        if (groups == null) {
            groups = new java.util.LinkedHashMap<>();
            for (MapShapes.Shape shape : shapes.municipalities()) {
                groups.computeIfAbsent(fill(shape.code()), c -> new java.util.ArrayList<>()).add(shape);
            }
        }
        return groups;
    }

    private void outline(GraphicsContext g, String code, Color colour, double width) {
        if (code == null) {
            return;
        }
        shapes.municipality(code).ifPresent(shape -> {
            g.setStroke(colour);
            g.setLineWidth(width);
            path(g, shape.rings());
            g.stroke();
        });
    }

    private static void path(GraphicsContext g, List<double[]> rings) {
        g.beginPath();
        rings(g, rings);
    }

    private static void rings(GraphicsContext g, List<double[]> rings) {
        for (double[] xy : rings) {
            g.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                g.lineTo(xy[i], xy[i + 1]);
            }
            g.closePath();
        }
    }

    // ---- interaction -------------------------------------------------------------------------

    /** Zooms by {@code factor} keeping the point (sx, sy) of the control in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double applied = next / zoom;
        if (applied == 1) {
            return;
        }
        // Screen position of a map point: centre + pan + (p - centre) * scale; keep (sx, sy) fixed.
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        panX = (sx - w / 2) - ((sx - w / 2) - panX) * applied;
        panY = (sy - h / 2) - ((sy - h / 2) - panY) * applied;
        zoom = next;
        if (zoom == MIN_ZOOM) {
            panX = 0;
            panY = 0;
        }
        requestRedraw();
    }

    /**
     * Starts a pan: the map as drawn is kept as a picture, and until {@link #endPan()} every
     * {@link #panBy} only moves that picture (one image copy per frame instead of rasterising every
     * municipality), so panning stays smooth even on the software pipeline.
     */
    public void beginPan() {
        if (zoom <= MIN_ZOOM || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        panImage = canvas.snapshot(parameters, null);
        panOriginX = panX;
        panOriginY = panY;
    }

    /** Moves the map by (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        if (zoom <= MIN_ZOOM) {
            return;
        }
        panX += dx;
        panY += dy;
        if (panImage != null) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setTransform(new Affine());
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.drawImage(panImage, panX - panOriginX, panY - panOriginY);
        } else {
            requestRedraw();
        }
    }

    /** Ends a pan and draws the map at its new place in full. */
    public void endPan() {
        if (panImage != null) {
            panImage = null;
            redraw();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAt(Math.pow(1.2, e.getDeltaY() / 40.0), e.getX(), e.getY());
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragged = false;
        requestFocus();
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP) {
            dragged = true;
            beginPan();
        }
        if (dragged) {
            panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        if (dragged) {
            endPan();
        }
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            if (e.getClickCount() == 2) {
                zoomAt(2, e.getX(), e.getY());
            } else {
                onSelect.accept(codeAt(e.getX(), e.getY()));
            }
        }
        dragged = false;
    }

    private void moved(MouseEvent e) {
        hover(codeAt(e.getX(), e.getY()));
    }

    private void hover(String code) {
        if (!java.util.Objects.equals(code, hovered)) {
            hovered = code;
            onHover.accept(code);
            requestRedraw();
        }
    }
}
