package org.acesdk.model.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** List helpers for the immutable documents. Not API. */
public final class Lists {
    private Lists() {
    }

    /**
     * An immutable copy of the list; {@code null} gives an empty list.
     *
     * @param list the list, may be {@code null}
     * @param field the field name, for the error message
     * @param <T> the element type
     * @return the copy
     * @throws IllegalArgumentException naming the field and index when an element is {@code null}
     */
    public static <T> List<T> copy(List<T> list, String field) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        Object[] out = list.toArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is null");
            }
        }
        return new Frozen<>(out);
    }

    /**
     * An immutable list over its own array: one call deep for {@code get} and {@code size}, where an unmodifiable
     * view of an {@code ArrayList} is two, and every rule, the assessment and the encoder walk these lists.
     */
    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] elements;

        Frozen(Object[] elements) {
            this.elements = elements;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            return (T) elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }
}
