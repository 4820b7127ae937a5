package org.acesdk.testkit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A seeded mutation fuzzer: each entry point gets inputs made from real seeds by random edits (flips, inserts of
 * troublesome text, deletions, duplications, splices, huge numbers, truncation), runs each under a time limit, and
 * sorts what it throws into documented and undocumented. Whatever an entry point returns or says (messages,
 * {@code toString}) is checked for planted personal data and tokens.
 */
final class Fuzzer {
    /** Inputs per entry point are the base count times {@code -Dace.fuzz.scale} (the {@code fuzz} profile sets 50). */
    static final int SCALE = Integer.getInteger("ace.fuzz.scale", 1);
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("ace.fuzz.limitSeconds", 3));
    /** Personal data and secrets planted in the seeds; none may come back out in text. */
    static final List<java.util.regex.Pattern> PLANTED = List.of(java.util.regex.Pattern.compile("123-45-6789"),
            java.util.regex.Pattern.compile("(?<![0-9A-Za-z-])123456789(?![0-9])"),
            java.util.regex.Pattern.compile("tok-secret-1"));

    private static final String[] SNIPPETS = {"İ", "\u0000", "\uFFFF", "(", ")", "((((", "))))", "1e999999999",
        "9223372036854775807", "-1", "0", "999999999999999999999999", "\r\n", "\n", " ", "\"", "\\", "{", "}", "[", "]",
        "null", "true", ",", ":", "%", "¢", "$", "/", ".", "-", "E", "e", "NaN", "Infinity", "\t", "  ", "A", "Z9",
        "123-45-6789", "00000000", "99999999", "1".repeat(100), "9".repeat(1200), "x".repeat(300), "(A,B) ".repeat(50)};

    /** What one entry point did. */
    static final class Report {
        final String name;
        int inputs;
        int documented;
        int undocumented;
        int overLimit;
        int leaks;
        final Map<String, String> examples = new LinkedHashMap<>();

        Report(String name) {
            this.name = name;
        }

        void example(String kind, String input, Throwable t) {
            if (examples.size() < 12) {
                examples.putIfAbsent(kind + (t == null ? "" : " " + t.getClass().getName()),
                        (t == null ? "" : String.valueOf(t.getMessage()) + " | ") + cut(input));
            }
        }

        boolean clean() {
            return undocumented == 0 && overLimit == 0 && leaks == 0;
        }

        @Override
        public String toString() {
            return String.format("%-28s %8d inputs  %7d documented errors  %d undocumented  %d over %ds  %d leaks%s",
                    name, inputs, documented, undocumented, overLimit, LIMIT.toSeconds(), leaks,
                    examples.isEmpty() ? "" : "\n    " + String.join("\n    ", examples.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
    }

    private final Random random;
    private ExecutorService worker = newWorker();

    Fuzzer(long seed) {
        this.random = new Random(seed);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    static String cut(String s) {
        String t = s.length() > 240 ? s.substring(0, 240) + "...(" + s.length() + " chars)" : s;
        return t.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** One mutated copy of a seed. */
    String mutate(List<String> seeds) {
        String s = seeds.get(random.nextInt(seeds.size()));
        int edits = 1 + random.nextInt(4);
        StringBuilder b = new StringBuilder(s);
        for (int e = 0; e < edits; e++) {
            int len = b.length();
            int at = len == 0 ? 0 : random.nextInt(len + 1);
            switch (random.nextInt(9)) {
                case 0 -> {
                    if (len > 0 && at < len) {
                        b.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                }
                case 1 -> b.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 2 -> {
                    int end = Math.min(len, at + random.nextInt(40));
                    b.delete(at, end);
                }
                case 3 -> {
                    int end = Math.min(len, at + random.nextInt(80));
                    b.insert(at, b.substring(at, end));
                }
                case 4 -> {
                    String other = seeds.get(random.nextInt(seeds.size()));
                    int from = other.isEmpty() ? 0 : random.nextInt(other.length());
                    b.insert(at, other, from, Math.min(other.length(), from + random.nextInt(200)));
                }
                case 5 -> b.setLength(at);
                case 6 -> {
                    // a digit run replaced by a huge one
                    int d = indexOfDigit(b, at);
                    if (d >= 0) {
                        b.insert(d, "9".repeat(1 + random.nextInt(30)));
                    }
                }
                case 7 -> {
                    if (len > 0 && at < len) {
                        b.setCharAt(at, (char) random.nextInt(0x3000));
                    }
                }
                default -> b.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)].repeat(1 + random.nextInt(20)));
            }
        }
        return b.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs an entry point on mutated inputs.
     *
     * @param name the entry point
     * @param seeds real inputs to mutate (also run unmutated)
     * @param count how many inputs
     * @param documented the exception types the entry point documents
     * @param target runs one input and returns what it says back (text that must not leak)
     * @return the report
     */
    Report run(String name, List<String> seeds, int count, Set<Class<? extends Throwable>> documented,
            Function<String, String> target) {
        Report r = new Report(name);
        List<String> inputs = new ArrayList<>(seeds);
        while (inputs.size() < count) {
            inputs.add(mutate(seeds));
        }
        for (String input : inputs) {
            r.inputs++;
            Future<String> f = worker.submit(() -> target.apply(input));
            try {
                String said = f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                leaks(r, input, said);
            } catch (TimeoutException e) {
                f.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                r.overLimit++;
                r.example("over the time limit", input, null);
            } catch (ExecutionException e) {
                Throwable t = e.getCause();
                if (isDocumented(t, documented)) {
                    r.documented++;
                    leaks(r, input, t.getMessage() + " " + t);
                } else {
                    r.undocumented++;
                    r.example("undocumented", input, t);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return r;
    }

    private static boolean isDocumented(Throwable t, Set<Class<? extends Throwable>> documented) {
        for (Class<? extends Throwable> c : documented) {
            if (c.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void leaks(Report r, String input, String said) {
        if (said == null) {
            return;
        }
        for (java.util.regex.Pattern p : PLANTED) {
            java.util.regex.Matcher m = p.matcher(said);
            int at = m.find() ? m.start() : -1;
            if (at >= 0) {
                r.leaks++;
                r.example("leak of " + p, "..." + said.substring(Math.max(0, at - 100), Math.min(said.length(),
                        at + 40)) + " <= " + input, null);
                return;
            }
        }
    }

    void close() {
        worker.shutdownNow();
    }

    /** Writes the reports under target/. */
    static void write(Path file, List<Report> reports) {
        StringBuilder b = new StringBuilder("Fuzz suite, scale " + SCALE + ", per-input limit " + LIMIT + "\n");
        for (Report r : reports) {
            b.append(r).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
