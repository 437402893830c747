package org.costclose.reports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Rows read a page at a time as they are rendered, so a long report streams in flat memory; {@code read} gets
 * the offset of the page to read and returns its rows (an empty page ends the rows).
 */
final class Pages<T> implements Iterator<T> {

    private final Function<Long, List<T>> read;
    private final int pageSize;
    private final Deque<T> buffer = new ArrayDeque<>();
    private long offset;
    private boolean exhausted;

    Pages(int pageSize, Function<Long, List<T>> read) {
        this.pageSize = pageSize;
        this.read = read;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted) {
            List<T> page = read.apply(offset);
            offset += pageSize;
            exhausted = page.isEmpty();
            buffer.addAll(page);
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.removeFirst();
    }
}
