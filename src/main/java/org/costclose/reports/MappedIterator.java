package org.costclose.reports;

import java.util.Iterator;
import java.util.function.Function;

/** the rows of another iterator, each mapped as it is read */
record MappedIterator<S, T>(Iterator<S> source, Function<S, T> map) implements Iterator<T> {

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public T next() {
        return map.apply(source.next());
    }
}
