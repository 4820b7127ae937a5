package org.acesdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.acesdk.client.Sleeper;

/**
 * A clock under test control that is also the client's {@link Sleeper}: sleeping advances the clock instead of
 * waiting, so retries, backoff and {@code awaitResponse} polling run instantly and deterministically. Share one
 * between a {@link FakeAceGateway} and the clients under test. Thread-safe.
 */
public final class TestClock extends Clock implements Sleeper {
    private final AtomicLong millis;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private TestClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    /** A clock starting at {@link SampleFilings#NOW}. */
    public static TestClock create() {
        return startingAt(SampleFilings.NOW);
    }

    /** A clock starting at the instant. */
    public static TestClock startingAt(Instant start) {
        return new TestClock(start);
    }

    /** Moves the clock forward. */
    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a test clock only moves forward: " + d);
        }
        long add;
        try {
            add = d.toMillis();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a test clock cannot move that far: " + d);
        }
        millis.updateAndGet(m -> {
            if (add > LAST_MILLIS - m) {
                throw new IllegalArgumentException("a test clock cannot move past the year 9999");
            }
            return m + add;
        });
    }

    /** The last instant a test clock reaches: the end of the year 9999. */
    private static final long LAST_MILLIS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    /** Advances the clock by the duration and records it, without waiting. */
    @Override
    public void sleep(Duration d) {
        sleeps.add(d);
        advance(d.isNegative() ? Duration.ZERO : d);
    }

    /** Every sleep so far, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock (it is always UTC). */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + "]";
    }
}
