package org.acesdk.testkit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.testkit.internal.HttpServerCore;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.RuleContext;

/**
 * A fake ACE gateway on a loopback port that speaks the SDK's gateway protocol (the OpenAPI file shipped in
 * {@code ace-client}) and behaves like CBP: it decodes each CATAIR batch with the SDK's codec, runs the same validation
 * and assessment, and answers with real-format CATAIR responses (AX for entry summaries, SX and SO for cargo
 * releases, X1 for batches it cannot read). It enforces idempotency (same key and body: the same batch; a different
 * body: 409), bearer-token auth, cursor paging of the mailbox, and rejects a duplicate entry number.
 *
 * <p>Steering: {@link #nextOutcome(Outcome)} forces the next filing's answer. Without Java, the filer reference of an
 * entry summary steers it: {@code REJ<code>} (e.g. {@code REJG07}) rejects with that condition code, {@code PEND}
 * never answers, {@code ACPT} accepts regardless of the rules.
 *
 * <p>Partner agencies: a filing accepted with PGA data gets a status notification (SO) with an SO70 per agency line
 * (may proceed unless steered): {@code nextOutcome(Outcome.pgaHold("FDA"))} makes FDA hold its lines, and
 * {@link #pgaDecision} posts the agency's later decision (e.g. may proceed). Entry summaries' PGA statuses come in SO
 * messages too (ACE sends them for summary-filed data in UC messages of the same layout [uncertain]).
 *
 * <p>Faults: {@link #injectNext(Route, Fault)} breaks the next matching request; {@link #injectRandomly} breaks a
 * share of them, drawn from a random generator seeded by {@link Builder#seed(long)} for reproducible runs.
 *
 * <p>Admin routes under {@code /__admin} (no token): {@code GET /__admin/journal}, {@code POST /__admin/reset},
 * {@code POST /__admin/outcome} with {@code {"kind":"REJECT","codes":["G07"]}}, {@code POST /__admin/fault} with
 * {@code {"kind":"STATUS","status":503,"route":"SUBMIT","count":1}} or {@code "probability":0.1}, and
 * {@code POST /__admin/clock} with {@code {"advanceSeconds":60}} (test clocks only); {@code "pga":{"FDA":"HOLD"}} in an
 * outcome steers agencies, and {@code POST /__admin/pga} with
 * {@code {"entryNumber":"B76-0324527-8","agency":"FDA","disposition":"MAY_PROCEED"}} posts a later decision.
 *
 * <p>Thread-safe. Close it to stop the server.
 */
public final class FakeAceGateway implements AutoCloseable {
    /** The token the fake accepts unless told otherwise. */
    public static final String DEFAULT_TOKEN = "fake-token";

    private final HttpServerCore server;
    private final GatewayEngine engine;
    private final Builder config;
    private final org.acesdk.testkit.internal.MqGateway mq;

    private FakeAceGateway(Builder b) throws IOException {
        this.config = b.copy();
        this.engine = new GatewayEngine(config.token, config.clock, config.validator, config.context, config.seed,
                config.processingDelay, config.maxBodyBytes, config.adminToken);
        this.server = new HttpServerCore(config.port, config.maxBodyBytes, (int) config.readTimeout.toMillis(),
                engine::handle);
        org.acesdk.testkit.internal.MqGateway m = null;
        if (config.mq) {
            try {
                m = org.acesdk.testkit.internal.MqGateway.start(engine::handle, config.token);
            } catch (RuntimeException | LinkageError e) {
                server.close();
                if (e instanceof LinkageError) {
                    throw new IllegalStateException("the fake over MQ needs org.apache.activemq:artemis-jakarta-server "
                            + "and artemis-jakarta-client on the class path", e);
                }
                throw e;
            }
        }
        this.mq = m;
    }

    /** Starts a fake with the defaults: any free port, {@link #DEFAULT_TOKEN}, a fresh {@link TestClock}. */
    public static FakeAceGateway start() {
        return builder().start();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:50123/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    /** Whether the {@code /__admin} routes require the bearer token. */
    public boolean requiresAdminToken() {
        return config.adminToken;
    }

    /** The token it accepts. */
    public String token() {
        return config.token;
    }

    /** Its clock. */
    public Clock clock() {
        return config.clock;
    }

    /** The journal of every request. */
    public RequestJournal journal() {
        return engine.journal();
    }

    /** Forces the answer to the next filing (queued: each call steers one more filing). */
    public FakeAceGateway nextOutcome(Outcome outcome) {
        engine.nextOutcome(Objects.requireNonNull(outcome, "outcome"));
        return this;
    }

    /**
     * An agency's later decision on an accepted filing's PGA lines: the fake posts a status notification (SO) with
     * an SO70 for each of the agency's lines, answered under the filing's batch (e.g. FDA releasing what it held).
     *
     * @param entry the entry number of a filing the fake accepted with PGA data
     * @param agency the agency
     * @param disposition its decision
     * @return this gateway
     * @throws IllegalArgumentException if no such filing has PGA lines of the agency
     */
    public FakeAceGateway pgaDecision(EntryNumber entry, PgaAgency agency, PgaDisposition disposition) {
        engine.pgaDecision(Objects.requireNonNull(entry, "entry"), Objects.requireNonNull(agency, "agency"),
                Objects.requireNonNull(disposition, "disposition"));
        return this;
    }

    /** Breaks the next request on the route with the fault. */
    public FakeAceGateway injectNext(Route route, Fault fault) {
        engine.inject(Objects.requireNonNull(route, "route"), Objects.requireNonNull(fault, "fault"), 1, 1.0);
        return this;
    }

    /** Breaks the next {@code count} requests on the route with the fault. */
    public FakeAceGateway injectNext(Route route, Fault fault, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        engine.inject(Objects.requireNonNull(route, "route"), Objects.requireNonNull(fault, "fault"), count, 1.0);
        return this;
    }

    /**
     * Breaks each request on the route with the probability, drawn from the seeded generator. Rules are tried in
     * the order added; one fault at most per request.
     */
    public FakeAceGateway injectRandomly(Route route, Fault fault, double probability) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
        }
        engine.inject(Objects.requireNonNull(route, "route"), Objects.requireNonNull(fault, "fault"),
                Integer.MAX_VALUE, probability);
        return this;
    }

    /** Removes every fault rule. */
    public FakeAceGateway clearFaults() {
        engine.clearFaults();
        return this;
    }

    /**
     * The accepted versions of an entry summary, oldest first: the first filing (version 100), then each accepted
     * post-summary correction (101, 102, ...). Empty when none was accepted.
     */
    public List<org.acesdk.model.entry.EntrySummary> entryVersions(EntryNumber entry) {
        return engine.versions(Objects.requireNonNull(entry, "entry"));
    }

    /** Marks a CAPE refund as in process for the entry (a PSC is then rejected with 864), or done. */
    public FakeAceGateway capeRefundInProcess(EntryNumber entry, boolean inProcess) {
        engine.capeRefund(Objects.requireNonNull(entry, "entry"), inProcess);
        return this;
    }

    /** Marks the entry liquidated (a PSC is then rejected: the remedy is a protest). */
    public FakeAceGateway liquidate(EntryNumber entry) {
        engine.liquidate(Objects.requireNonNull(entry, "entry"));
        return this;
    }

    /** Forgets filings, mailbox, journal, steering and faults; the generator is re-seeded. */
    public void reset() {
        engine.reset();
    }

    /**
     * A client builder pointed at this fake: base URL, token, the sample filer and site, the fake's rule context,
     * and, when the clock is a {@link TestClock}, that clock as the client's clock and sleeper.
     */
    public AceClient.Builder clientBuilder() {
        AceClient.Builder b = AceClient.builder().baseUrl(baseUrl()).credentials(AccessTokenProvider.of(config.token))
                .filerCode(SampleFilings.FILER.code()).siteCode("2704").ruleContext(config.context)
                .validator(config.validator).aesEnvelope(org.acesdk.client.catair.AesEnvelope.builder()
                        .filerId(SampleFilings.AES_FILER_ID).password("FAKEPW").build());
        if (config.clock instanceof TestClock) {
            b.clock(config.clock).sleeper((TestClock) config.clock);
        }
        return b;
    }

    /** A ready client; close it when done. */
    public AceClient client() {
        return clientBuilder().build();
    }

    /** Whether the fake also serves the protocol over MQ ({@link Builder#mq(boolean)}). */
    public boolean servesMq() {
        return mq != null;
    }

    /**
     * The embedded broker's URL ({@code tcp://127.0.0.1:PORT}; queues {@code ACE.REQUEST} and {@code ACE.RESPONSE}).
     *
     * @throws IllegalStateException unless the fake was built with {@code mq(true)}
     */
    public String mqUrl() {
        return mqGateway().url();
    }

    /** A Jakarta Messaging connection factory for the embedded broker (needs {@code mq(true)}). */
    public jakarta.jms.ConnectionFactory mqConnectionFactory() {
        return mqGateway().connectionFactory();
    }

    /**
     * Like {@link #clientBuilder()}, the client speaking to the fake over MQ through a
     * {@link org.acesdk.client.transport.JmsTransport} (which the client closes with itself).
     */
    public AceClient.Builder mqClientBuilder() {
        org.acesdk.client.transport.JmsTransport t = org.acesdk.client.transport.JmsTransport.builder()
                .connectionFactory(mqConnectionFactory()).requestQueue(org.acesdk.testkit.internal.MqGateway.REQUESTS)
                .responseQueue(org.acesdk.testkit.internal.MqGateway.RESPONSES).build();
        return clientBuilder().transport(t).ownTransport(true);
    }

    private org.acesdk.testkit.internal.MqGateway mqGateway() {
        if (mq == null) {
            throw new IllegalStateException("the fake serves MQ only when built with mq(true)");
        }
        return mq;
    }

    /** Stops the server (and the MQ broker, if any). */
    @Override
    public void close() {
        if (mq != null) {
            mq.close();
        }
        server.close();
    }

    /** The URL only; never the token. */
    @Override
    public String toString() {
        return "FakeAceGateway[" + baseUrl() + "]";
    }

    /** Configures a {@link FakeAceGateway}. Not thread-safe. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private Clock clock;
        private int port;
        private AceValidator validator;
        private RuleContext context;
        private long seed = 42;
        private Duration processingDelay = Duration.ZERO;
        private long maxBodyBytes = 16L << 20;
        private boolean adminToken;
        private Duration readTimeout = Duration.ofSeconds(10);
        private boolean mq;

        private Builder() {
        }

        /**
         * Also serves the protocol over MQ (default off): an embedded ActiveMQ Artemis broker on loopback, as
         * {@link org.acesdk.client.transport.JmsTransport} speaks it. Needs {@code artemis-jakarta-server} and
         * {@code artemis-jakarta-client} (optional dependencies of the testkit).
         */
        public Builder mq(boolean serve) {
            this.mq = serve;
            return this;
        }

        /**
         * Whether the {@code /__admin} routes need the same bearer token as the API (default: no; the fake listens on
         * loopback only, so without it any local process can steer it).
         */
        public Builder requireAdminToken(boolean require) {
            this.adminToken = require;
            return this;
        }

        /**
         * How long the fake waits for a client's next bytes before closing the connection (default 10 s, at most
         * 10 min): a request trickling in or never finished is not kept open.
         */
        public Builder readTimeout(Duration d) {
            if (d == null || d.isNegative() || d.isZero() || d.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("readTimeout must be positive and at most 10 minutes");
            }
            this.readTimeout = d;
            return this;
        }

        Builder copy() {
            Builder b = new Builder();
            b.token = token;
            b.clock = clock == null ? TestClock.create() : clock;
            b.port = port;
            b.validator = validator == null ? AceValidator.standard() : validator;
            b.context = context == null ? SampleFilings.context() : context;
            b.seed = seed;
            b.processingDelay = processingDelay;
            b.mq = mq;
            b.maxBodyBytes = maxBodyBytes;
            b.adminToken = adminToken;
            b.readTimeout = readTimeout;
            return b;
        }

        /** The bearer token it accepts. */
        public Builder token(String t) {
            this.token = t;
            return this;
        }

        /** Its clock (default: a new {@link TestClock} at {@link SampleFilings#NOW}). */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** The port, 0 for any free one (default). */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        /** The validator it runs (default: the standard packs). */
        public Builder validator(AceValidator v) {
            this.validator = v;
            return this;
        }

        /** The rule context (default {@link SampleFilings#context()}). */
        public Builder ruleContext(RuleContext c) {
            this.context = c;
            return this;
        }

        /** The seed of the fault generator (default 42). */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** How long after receipt, on its clock, CBP's answer appears (default: at once). */
        public Builder processingDelay(Duration d) {
            this.processingDelay = d;
            return this;
        }

        /** The largest batch accepted; larger ones get 413 (default 16 MiB). */
        public Builder maxBodyBytes(long n) {
            if (n < 1024 || n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxBodyBytes must be between 1 KiB and 2 GiB");
            }
            this.maxBodyBytes = n;
            return this;
        }

        /**
         * Starts the fake.
         *
         * @return the running fake
         * @throws IllegalArgumentException naming a bad setting
         * @throws IllegalStateException if the port cannot be bound
         */
        public FakeAceGateway start() {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token is required");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535");
            }
            if (processingDelay == null || processingDelay.isNegative()) {
                throw new IllegalArgumentException("processingDelay must not be negative");
            }
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
            }
            try {
                return new FakeAceGateway(this);
            } catch (IOException e) {
                throw new IllegalStateException("the fake gateway could not listen on port " + port + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
