package org.acesdk.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T t = list.get(i);
            if (t == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is null");
            }
            out.add(t);
        }
        return Collections.unmodifiableList(out);
    }
}
