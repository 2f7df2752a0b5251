package nl.taakdiff.io;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The rows of a table made one at a time when they are read, so a table of a million
 * municipalities written to a file holds one row (and the writer's buffer), never the table.
 * Reading a row twice makes it twice; the rows must come from data that does not change.
 */
public final class RowsOnDemand<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final IntFunction<T> row;

    private RowsOnDemand(int size, IntFunction<T> row) {
        this.size = size;
        this.row = Objects.requireNonNull(row, "row");
    }

    /** {@code size} rows, row {@code i} made by {@code row.apply(i)} on each read. */
    public static <T> List<T> of(int size, IntFunction<T> row) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        return new RowsOnDemand<>(size, row);
    }

    /** Whether the rows are made on reading (then they are not copied). */
    public static boolean isOnDemand(List<?> rows) {
        return rows instanceof RowsOnDemand;
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        return row.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
