package nl.taakdiff.engine.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Level;

/**
 * The colour schemes of the maps and charts. All are readable for people with the common forms of
 * colour blindness:
 * <ul>
 *   <li>{@link #SEQUENTIAL_BLUE}: ColorBrewer <i>YlGnBu</i> (9 classes), for ordered classes such as
 *       municipality size; light = small, dark = large;</li>
 *   <li>{@link #LEVELS}: the Okabe–Ito qualitative palette (Okabe &amp; Ito, 2008, "Color Universal
 *       Design"), one colour per level of execution;</li>
 *   <li>{@link #DIVERGING}: ColorBrewer <i>RdBu</i> (7 classes), reversed so that a fall in cost is
 *       blue and a rise red, with a neutral light grey in the middle;</li>
 *   <li>{@link #RISK}: ColorBrewer <i>OrRd</i> (5 classes), from no risk (pale) to high risk (dark red).</li>
 * </ul>
 * ColorBrewer colours: Cynthia A. Brewer, Pennsylvania State University, Apache-2.0 licence.
 */
public final class Palettes {
    /** ColorBrewer YlGnBu, 9 classes, light to dark. */
    public static final List<Rgb> SEQUENTIAL_BLUE = hex("#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4",
            "#1d91c0", "#225ea8", "#253494", "#081d58");

    /** Okabe–Ito colours by level: blue, sky blue, bluish green, orange, reddish purple. */
    public static final Map<Level, Rgb> LEVELS = Map.of(
            Level.MUNICIPALITY, Rgb.of("#0072B2"),
            Level.CENTRE, Rgb.of("#56B4E9"),
            Level.REGION, Rgb.of("#009E73"),
            Level.PROVINCE, Rgb.of("#E69F00"),
            Level.STATE, Rgb.of("#CC79A7"));

    /** ColorBrewer RdBu, 7 classes, reversed: strong fall (blue) … neutral … strong rise (red). */
    public static final List<Rgb> DIVERGING = hex("#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7",
            "#ef8a62", "#b2182b");

    /** ColorBrewer OrRd, 5 classes, for capacity risk. */
    public static final List<Rgb> RISK = hex("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000");

    /** Municipal borders: mid grey, so that near-white classes (the diverging palette's centre) stay visible. */
    public static final Rgb OUTLINE = Rgb.of("#9e9e9e");
    public static final Rgb REGION_OUTLINE = Rgb.of("#333333");
    public static final Rgb TEXT = Rgb.of("#222222");
    /** For municipalities without a value (not in the evaluated data set). */
    public static final Rgb NO_DATA = Rgb.of("#bdbdbd");

    private Palettes() {
    }

    /**
     * {@code n} ordered colours from {@link #SEQUENTIAL_BLUE}, spread evenly from its second to its
     * last colour (the first is too close to a white background).
     */
    public static List<Rgb> sequential(int n) {
        List<Rgb> colours = new ArrayList<>(n);
        int last = SEQUENTIAL_BLUE.size() - 1;
        for (int i = 0; i < n; i++) {
            int index = n == 1 ? 5 : 1 + (int) Math.round(i * (last - 1) / (double) (n - 1));
            colours.add(SEQUENTIAL_BLUE.get(index));
        }
        return colours;
    }

    private static List<Rgb> hex(String... values) {
        return java.util.Arrays.stream(values).map(Rgb::of).toList();
    }
}
