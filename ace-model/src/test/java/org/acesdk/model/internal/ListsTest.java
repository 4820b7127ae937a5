package org.acesdk.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void copiesAreIndependentImmutableAndEqualToOrdinaryLists() {
        List<String> source = new ArrayList<>(List.of("a", "b", "c"));
        List<String> copy = Lists.copy(source, "items");
        source.set(0, "z");
        assertEquals(List.of("a", "b", "c"), copy);
        assertEquals(List.of("a", "b", "c").hashCode(), copy.hashCode());
        assertEquals("[a, b, c]", copy.toString());
        assertFalse(copy.contains(null));
        assertEquals(1, copy.indexOf("b"));
        assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
        assertThrows(UnsupportedOperationException.class, () -> copy.set(0, "d"));
        assertThrows(UnsupportedOperationException.class, () -> copy.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> copy.subList(0, 2).clear());
        assertThrows(UnsupportedOperationException.class, () -> {
            var it = copy.iterator();
            it.next();
            it.remove();
        });
        assertThrows(IndexOutOfBoundsException.class, () -> copy.get(3));
    }

    @Test
    void nullAndEmptyGiveAnEmptyListAndANullElementIsNamed() {
        assertTrue(Lists.copy(null, "items").isEmpty());
        assertTrue(Lists.copy(List.of(), "items").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lists.copy(Arrays.asList("a", null), "tariffs"));
        assertEquals("tariffs[1] is null", e.getMessage());
    }
}
