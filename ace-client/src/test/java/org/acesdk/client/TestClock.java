package org.acesdk.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when the sleeper sleeps: retry tests run instantly and see every delay. */
final class TestClock extends Clock implements Sleeper {
    private final AtomicLong millis;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    TestClock(Instant start) {
        this.millis = new AtomicLong(start.toEpochMilli());
    }

    TestClock() {
        this(Instant.parse("2026-03-20T12:00:00Z"));
    }

    void advance(Duration d) {
        millis.addAndGet(d.toMillis());
    }

    @Override
    public void sleep(Duration d) {
        sleeps.add(d);
        advance(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

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
}
