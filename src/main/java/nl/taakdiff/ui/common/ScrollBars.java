package nl.taakdiff.ui.common;

/** Room that tables sized to their columns keep for a scroll bar. */
public final class ScrollBars {
    /**
     * Width left beside a table's columns for its vertical scroll bar and border: columns fitted to
     * the table without it would get a horizontal scroll bar as soon as the vertical one shows.
     */
    public static final double ALLOWANCE = 20;

    private ScrollBars() {
    }
}
