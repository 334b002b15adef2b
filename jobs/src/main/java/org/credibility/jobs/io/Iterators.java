package org.credibility.jobs.io;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy mapping of a partition's iterator, so a partition is never held in memory whole. */
public final class Iterators {
    private Iterators() {
    }

    public static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }
}
