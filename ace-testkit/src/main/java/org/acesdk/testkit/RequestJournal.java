package org.acesdk.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.acesdk.model.code.EntryNumber;

/** Every request the fake gateway received, in order, with what it did. Thread-safe. */
public final class RequestJournal {
    private final List<JournalEntry> entries = new CopyOnWriteArrayList<>();

    RequestJournal() {
    }

    void add(JournalEntry e) {
        entries.add(e);
    }

    void clear() {
        entries.clear();
    }

    /** Every request, in order of arrival. */
    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** How many requests arrived. */
    public int size() {
        return entries.size();
    }

    /** The submissions (POST /v1/batches), whatever became of them. */
    public List<JournalEntry> submissions() {
        return entries.stream().filter(e -> "POST".equals(e.method()) && e.path().startsWith("/v1/batches"))
                .toList();
    }

    /** The submissions that created a new filing: one per logical submission when the client is right. */
    public List<JournalEntry> filings() {
        return entries.stream().filter(JournalEntry::filed).toList();
    }

    /** The entry numbers of the filings the fake accepted. */
    public List<EntryNumber> acceptedEntries() {
        List<EntryNumber> out = new ArrayList<>();
        for (JournalEntry e : filings()) {
            e.decisions().forEach((n, d) -> {
                if (d.equals("ACCEPTED") || d.equals("HOLD")) {
                    out.add(n);
                }
            });
        }
        return out;
    }

    /**
     * Asserts that no idempotency key created more than one filing and no entry number was filed more than once.
     *
     * @throws AssertionError naming the duplicates
     */
    public void assertNoDuplicateFilings() {
        Map<String, Integer> byKey = new HashMap<>();
        Map<EntryNumber, Integer> byEntry = new HashMap<>();
        for (JournalEntry e : filings()) {
            if (e.idempotencyKey() != null) {
                byKey.merge(e.idempotencyKey(), 1, Integer::sum);
            }
            for (EntryNumber n : e.entryNumbers()) {
                byEntry.merge(n, 1, Integer::sum);
            }
        }
        Set<String> problems = new TreeSet<>();
        byKey.forEach((k, n) -> {
            if (n > 1) {
                problems.add("idempotency key " + k + " filed " + n + " times");
            }
        });
        byEntry.forEach((k, n) -> {
            if (n > 1) {
                problems.add("entry " + k + " filed " + n + " times");
            }
        });
        if (!problems.isEmpty()) {
            throw new AssertionError("duplicate filings: " + String.join("; ", problems));
        }
    }

    @Override
    public String toString() {
        return "RequestJournal[" + entries.size() + " requests, " + filings().size() + " filings]";
    }
}
