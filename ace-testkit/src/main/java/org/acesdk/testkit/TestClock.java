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
 * waiting, so retries, backoff and {@code awaitResponse} polling run instantly. It also runs with real time, as a
 * gateway's clock does, unless a test {@linkplain #freeze() freezes} it (or starts it {@linkplain #frozenAt frozen}):
 * a frozen clock moves only when advanced or slept on, which makes instants exact. Share one between a
 * {@link FakeAceGateway} and the clients under test. Thread-safe.
 */
public final class TestClock extends Clock implements Sleeper {
    /** The instant at {@link #base} nanos, plus every advance; real time since then is added while running. */
    private final AtomicLong millis;
    private volatile long base = System.nanoTime();
    private volatile boolean frozen;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    private TestClock(Instant start, boolean frozen) {
        this.millis = new AtomicLong(start.toEpochMilli());
        this.frozen = frozen;
    }

    /** A running clock starting at {@link SampleFilings#NOW}. */
    public static TestClock create() {
        return startingAt(SampleFilings.NOW);
    }

    /** A running clock starting at the instant. */
    public static TestClock startingAt(Instant start) {
        return new TestClock(start, false);
    }

    /** A frozen clock at the instant: it moves only when advanced or slept on. */
    public static TestClock frozenAt(Instant start) {
        return new TestClock(start, true);
    }

    /** Stops the clock running with real time (it still moves when advanced or slept on); returns it. */
    public synchronized TestClock freeze() {
        if (!frozen) {
            long now = now();
            millis.set(now);
            frozen = true;
        }
        return this;
    }

    /** Lets the clock run with real time again, from where it stands; returns it. */
    public synchronized TestClock unfreeze() {
        if (frozen) {
            base = System.nanoTime();
            frozen = false;
        }
        return this;
    }

    /** Whether the clock is frozen. */
    public boolean isFrozen() {
        return frozen;
    }

    private long now() {
        long m = millis.get();
        return frozen ? m : m + (System.nanoTime() - base) / 1_000_000L;
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
        return Instant.ofEpochMilli(now());
    }

    @Override
    public long millis() {
        return now();
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + (frozen ? ", frozen]" : "]");
    }
}
