package nl.taakdiff.io.geo;

/**
 * WGS84 longitude/latitude to Dutch national grid coordinates (RD New, EPSG:28992) in metres, by
 * the approximation polynomial of Schreutelkamp and Strang van Hees ("Benaderingsformules voor de
 * transformatie tussen RD- en WGS84-kaartcoördinaten", 2001). It is accurate to about a metre in
 * and near the Netherlands, far finer than the generalised boundaries it projects. x grows east,
 * y grows north; Amersfoort (the origin of the grid's false easting and northing) maps to
 * (155000, 463000).
 */
public final class RdProjection {
    private static final double PHI0 = 52.15517440;
    private static final double LAM0 = 5.38720621;
    private static final double X0 = 155_000;
    private static final double Y0 = 463_000;

    /** {p, q, coefficient} for x = X0 + sum R_pq dphi^p dlam^q. */
    private static final double[][] R = {
        {0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221}, {0, 3, -32.391}, {1, 0, -0.705},
        {3, 1, -2.340}, {1, 3, -0.608}, {0, 2, -0.008}, {2, 3, 0.148},
    };
    /** {p, q, coefficient} for y = Y0 + sum S_pq dphi^p dlam^q. */
    private static final double[][] S = {
        {1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077}, {1, 2, -157.984}, {3, 0, 59.788},
        {0, 1, 0.433}, {2, 2, -6.439}, {1, 1, -0.032}, {0, 4, 0.092}, {1, 4, -0.054},
    };

    private RdProjection() {
    }

    /** {x, y} in metres for a longitude and latitude in degrees. */
    public static double[] project(double lon, double lat) {
        double dphi = 0.36 * (lat - PHI0);
        double dlam = 0.36 * (lon - LAM0);
        return new double[] {X0 + sum(R, dphi, dlam), Y0 + sum(S, dphi, dlam)};
    }

    private static double sum(double[][] terms, double dphi, double dlam) {
        double total = 0;
        for (double[] t : terms) {
            total += t[2] * Math.pow(dphi, t[0]) * Math.pow(dlam, t[1]);
        }
        return total;
    }
}
