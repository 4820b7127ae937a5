package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test clock runs with real time unless frozen, and moves at once when slept on. */
class TestClockTest {
    private static final Instant START = Instant.parse("2026-04-01T12:00:00Z");

    @Test
    void aRunningClockAdvancesWithRealTime() throws InterruptedException {
        TestClock c = TestClock.startingAt(START);
        assertFalse(c.isFrozen());
        Thread.sleep(60);
        assertTrue(c.instant().isAfter(START.plusMillis(40)), c.toString());
        Instant before = c.instant();
        c.sleep(Duration.ofMinutes(5));
        assertTrue(!c.instant().isBefore(before.plus(Duration.ofMinutes(5))), "sleeping moves it at once");
        assertEquals(java.util.List.of(Duration.ofMinutes(5)), c.sleeps());
    }

    @Test
    void aFrozenClockMovesOnlyWhenAdvancedAndCanRunAgain() throws InterruptedException {
        TestClock c = TestClock.frozenAt(START);
        Thread.sleep(30);
        assertEquals(START, c.instant());
        c.advance(Duration.ofSeconds(2));
        assertEquals(START.plusSeconds(2), c.instant());
        c.unfreeze();
        Thread.sleep(30);
        assertTrue(c.instant().isAfter(START.plusSeconds(2)), c.toString());
        Instant frozenAt = c.freeze().instant();
        Thread.sleep(30);
        assertEquals(frozenAt, c.instant(), "frozen where it stood");
        assertTrue(c.toString().contains("frozen"));
    }

    @Test
    void theFakesDefaultClockRuns() throws InterruptedException {
        try (FakeAceGateway g = FakeAceGateway.start()) {
            Instant a = g.clock().instant();
            Thread.sleep(30);
            assertTrue(g.clock().instant().isAfter(a), "the fake's clock advances unless a test freezes it");
        }
    }
}
