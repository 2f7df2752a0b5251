package nl.taakdiff.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.taakdiff.io.MapGeometry;

/**
 * The bundled geometry prepared for drawing and hit-testing: per area its rings as flat coordinate
 * arrays in RD metres plus a bounding box. Toolkit-free and immutable; built once per geometry and
 * shared by the map tab and the presentation.
 */
public final class MapShapes {
    /** One area: rings (x0, y0, x1, y1, …; outer rings and holes, even-odd) and its bounding box. */
    public record Shape(String code, String name, List<double[]> rings, boolean hasHoles, double minX, double minY,
                        double maxX, double maxY) {
        public boolean boxContains(double x, double y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY;
        }

        /** Even-odd point-in-polygon over all rings. */
        public boolean contains(double x, double y) {
            if (!boxContains(x, y)) {
                return false;
            }
            boolean inside = false;
            for (double[] xy : rings) {
                int n = xy.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = xy[2 * i];
                    double yi = xy[2 * i + 1];
                    double xj = xy[2 * j];
                    double yj = xy[2 * j + 1];
                    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }

        /**
         * A point well inside the area (for labels, tests and pixel checks): on the horizontal line
         * through the middle of the box, the midpoint of the widest stretch that lies inside.
         */
        public double[] interiorPoint() {
            double best = -1;
            double[] point = {(minX + maxX) / 2, (minY + maxY) / 2};
            for (double f : new double[] {0.5, 0.4, 0.6, 0.3, 0.7}) {
                double y = minY + (maxY - minY) * f;
                List<Double> crossings = new ArrayList<>();
                for (double[] xy : rings) {
                    int n = xy.length / 2;
                    for (int i = 0, j = n - 1; i < n; j = i++) {
                        double yi = xy[2 * i + 1];
                        double yj = xy[2 * j + 1];
                        if ((yi > y) != (yj > y)) {
                            double xi = xy[2 * i];
                            double xj = xy[2 * j];
                            crossings.add((xj - xi) * (y - yi) / (yj - yi) + xi);
                        }
                    }
                }
                Collections.sort(crossings);
                for (int k = 0; k + 1 < crossings.size(); k += 2) {
                    double width = crossings.get(k + 1) - crossings.get(k);
                    if (width > best) {
                        best = width;
                        point = new double[] {(crossings.get(k) + crossings.get(k + 1)) / 2, y};
                    }
                }
            }
            return point;
        }

        public int points() {
            int n = 0;
            for (double[] r : rings) {
                n += r.length / 2;
            }
            return n;
        }
    }

    private final MapGeometry geometry;
    private final MapGeometry.Bounds bounds;
    private final List<Shape> municipalities;
    private final Map<String, Shape> byCode;
    private final Map<String, List<Shape>> regions;

    public MapShapes(MapGeometry geometry) {
        this.geometry = geometry;
        this.bounds = geometry.bounds();
        this.municipalities = shapes(geometry.municipalities());
        Map<String, Shape> index = new LinkedHashMap<>();
        for (Shape s : municipalities) {
            index.put(s.code(), s);
        }
        this.byCode = Collections.unmodifiableMap(index);
        Map<String, List<Shape>> layers = new LinkedHashMap<>();
        for (MapGeometry.Layer layer : geometry.layers().values()) {
            if (!layer.type().equals(MapGeometry.MUNICIPALITIES)) {
                layers.put(layer.type(), shapes(layer));
            }
        }
        this.regions = Collections.unmodifiableMap(layers);
    }

    private static List<Shape> shapes(MapGeometry.Layer layer) {
        List<Shape> list = new ArrayList<>(layer.areas().size());
        for (MapGeometry.Area area : layer.areas()) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            List<double[]> rings = new ArrayList<>();
            boolean holes = false;
            for (MapGeometry.Ring ring : area.rings()) {
                holes |= ring.hole();
                double[] xy = ring.xy();
                rings.add(xy);
                for (int i = 0; i < xy.length; i += 2) {
                    minX = Math.min(minX, xy[i]);
                    maxX = Math.max(maxX, xy[i]);
                    minY = Math.min(minY, xy[i + 1]);
                    maxY = Math.max(maxY, xy[i + 1]);
                }
            }
            list.add(new Shape(area.code(), area.name(), List.copyOf(rings), holes, minX, minY, maxX, maxY));
        }
        return List.copyOf(list);
    }

    /** The geometry these shapes were made from (for the AWT renderer). */
    public MapGeometry geometry() {
        return geometry;
    }

    public MapGeometry.Bounds bounds() {
        return bounds;
    }

    public List<Shape> municipalities() {
        return municipalities;
    }

    public Optional<Shape> municipality(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The shapes of a region type's regions; empty when the geometry has no such layer. */
    public List<Shape> regions(String regionType) {
        List<Shape> layer = regionType == null ? null : regions.get(regionType);
        return layer == null ? List.of() : layer;
    }

    /** The municipality at a point in RD metres, if any. */
    public Optional<Shape> municipalityAt(double x, double y) {
        for (Shape s : municipalities) {
            if (s.contains(x, y)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static final Map<Integer, MapShapes> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The shapes of the bundled default geometry; reads the file on first use (call off the FX thread). */
    public static MapShapes bundled() throws java.io.IOException {
        return bundled(nl.taakdiff.io.BundledData.DEFAULT_YEAR);
    }

    /** The shapes of a bundled year's geometry, read once (call off the FX thread). */
    public static MapShapes bundled(int year) throws java.io.IOException {
        MapShapes s = BUNDLED.get(year);
        if (s == null) {
            s = new MapShapes(MapGeometry.readBundled(year));
            BUNDLED.putIfAbsent(year, s);
        }
        return s;
    }

    /** Whether the geometry has a province layer to draw borders from. */
    public boolean hasProvinces() {
        return !regions(MapGeometry.PROVINCES).isEmpty();
    }
}
