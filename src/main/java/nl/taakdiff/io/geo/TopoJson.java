package nl.taakdiff.io.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes a TopoJSON {@code Topology} (https://github.com/topojson/topojson-specification) into
 * polygons in longitude/latitude: arcs are delta-decoded and scaled by the quantisation
 * {@code transform} when there is one; a ring is the concatenation of its arcs, where index
 * {@code ~i} (a negative number) means arc {@code i} reversed and the first point of every arc
 * after the first is dropped, because it repeats the last point of the previous one. Only
 * {@code Polygon} and {@code MultiPolygon} geometries are supported (others are reported).
 */
public final class TopoJson {
    /** One feature: its {@code properties.statcode}, {@code statnaam}, and polygons of rings. */
    public record Feature(String code, String name, List<List<double[]>> polygons) {
        public Feature {
            polygons = polygons.stream().map(List::copyOf).toList();
        }
    }

    /** A TopoJSON file that does not have the expected structure. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        public FormatException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private TopoJson() {
    }

    /**
     * The features of the topology's first (and normally only) object. Each ring is an array of
     * interleaved longitude, latitude values, closed: the first point repeats as the last.
     */
    public static List<Feature> decode(String text) throws FormatException {
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new FormatException("not valid JSON: " + e.getMessage(), e.line());
        }
        Map<String, Object> topology = object(root, "the file");
        if (!"Topology".equals(topology.get("type"))) {
            throw new FormatException("not a TopoJSON Topology (\"type\" is " + topology.get("type") + ")", 0);
        }
        double[] scale = {1, 1};
        double[] translate = {0, 0};
        boolean quantised = topology.get("transform") != null;
        if (quantised) {
            Map<String, Object> transform = object(topology.get("transform"), "transform");
            scale = pair(transform.get("scale"), "transform.scale");
            translate = pair(transform.get("translate"), "transform.translate");
        }
        List<double[]> arcs = decodeArcs(list(topology.get("arcs"), "arcs"), quantised, scale, translate);
        Map<String, Object> objects = object(topology.get("objects"), "objects");
        if (objects.isEmpty()) {
            throw new FormatException("the topology has no objects", 0);
        }
        Map<String, Object> collection = object(objects.values().iterator().next(), "the first object");
        List<Feature> features = new ArrayList<>();
        for (Object g : list(collection.get("geometries"), "geometries")) {
            features.add(feature(object(g, "a geometry"), arcs));
        }
        return features;
    }

    private static List<double[]> decodeArcs(List<Object> raw, boolean quantised, double[] scale,
                                             double[] translate) throws FormatException {
        List<double[]> arcs = new ArrayList<>(raw.size());
        for (int a = 0; a < raw.size(); a++) {
            List<Object> points = list(raw.get(a), "arc " + a);
            double[] xy = new double[points.size() * 2];
            double x = 0;
            double y = 0;
            for (int p = 0; p < points.size(); p++) {
                double[] pt = pair(points.get(p), "arc " + a + " point " + p);
                if (quantised) {
                    x += pt[0];
                    y += pt[1];
                    xy[2 * p] = x * scale[0] + translate[0];
                    xy[2 * p + 1] = y * scale[1] + translate[1];
                } else {
                    xy[2 * p] = pt[0];
                    xy[2 * p + 1] = pt[1];
                }
            }
            arcs.add(xy);
        }
        return arcs;
    }

    private static Feature feature(Map<String, Object> geometry, List<double[]> arcs) throws FormatException {
        Map<String, Object> properties = geometry.get("properties") == null ? Map.of()
                : object(geometry.get("properties"), "properties");
        Object statcode = properties.get("statcode") != null ? properties.get("statcode") : geometry.get("id");
        if (!(statcode instanceof String code) || code.isBlank()) {
            throw new FormatException("a geometry has no properties.statcode or id", 0);
        }
        String name = properties.get("statnaam") instanceof String s ? s : "";
        String type = String.valueOf(geometry.get("type"));
        List<List<double[]>> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            polygons.add(polygon(list(geometry.get("arcs"), code + " arcs"), arcs, code));
        } else if (type.equals("MultiPolygon")) {
            for (Object p : list(geometry.get("arcs"), code + " arcs")) {
                polygons.add(polygon(list(p, code + " polygon"), arcs, code));
            }
        } else {
            throw new FormatException(code + ": geometry type " + type + " is not supported (Polygon or MultiPolygon)", 0);
        }
        return new Feature(code, name, polygons);
    }

    private static List<double[]> polygon(List<Object> rings, List<double[]> arcs, String code) throws FormatException {
        List<double[]> result = new ArrayList<>(rings.size());
        for (Object r : rings) {
            result.add(ring(list(r, code + " ring"), arcs, code));
        }
        return result;
    }

    private static double[] ring(List<Object> indexes, List<double[]> arcs, String code) throws FormatException {
        int total = 0;
        int[] resolved = new int[indexes.size()];
        for (int i = 0; i < indexes.size(); i++) {
            if (!(indexes.get(i) instanceof Long index)) {
                throw new FormatException(code + ": arc index " + indexes.get(i) + " is not a whole number", 0);
            }
            int arc = (int) (index >= 0 ? index : ~index);
            if (arc >= arcs.size()) {
                throw new FormatException(code + ": arc index " + index + " refers to a missing arc (there are "
                        + arcs.size() + ")", 0);
            }
            resolved[i] = index.intValue();
            total += arcs.get(arc).length / 2 - (i == 0 ? 0 : 1);
        }
        double[] xy = new double[total * 2];
        int at = 0;
        for (int i = 0; i < resolved.length; i++) {
            boolean reversed = resolved[i] < 0;
            double[] arc = arcs.get(reversed ? ~resolved[i] : resolved[i]);
            int n = arc.length / 2;
            for (int k = i == 0 ? 0 : 1; k < n; k++) {
                int p = reversed ? n - 1 - k : k;
                xy[at++] = arc[2 * p];
                xy[at++] = arc[2 * p + 1];
            }
        }
        if (xy.length < 8 || xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1]) {
            throw new FormatException(code + ": a ring is not closed or has fewer than 4 points", 0);
        }
        return xy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) throws FormatException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new FormatException(what + " is not a JSON object", 0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) throws FormatException {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new FormatException(what + " is not a JSON array", 0);
    }

    private static double[] pair(Object value, String what) throws FormatException {
        List<Object> list = list(value, what);
        if (list.size() < 2 || !(list.get(0) instanceof Number x) || !(list.get(1) instanceof Number y)) {
            throw new FormatException(what + " is not a pair of numbers", 0);
        }
        return new double[] {x.doubleValue(), y.doubleValue()};
    }
}
