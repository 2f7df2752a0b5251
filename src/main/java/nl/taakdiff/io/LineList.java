package nl.taakdiff.io;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Line numbers in a growing {@code long[]}: a big file's records need one line each, and boxed
 * {@code Long}s would take three times the memory. Read-only once handed out.
 */
final class LineList extends AbstractList<Long> implements RandomAccess {
    private long[] lines = new long[64];
    private int size;

    void add(long line) {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size + (size >> 1));
        }
        lines[size++] = line;
    }

    @Override
    public Long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return lines[index];
    }

    @Override
    public int size() {
        return size;
    }
}
