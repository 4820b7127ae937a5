package org.acesdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import okhttp3.HttpUrl;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CargoReleaseCodec;
import org.acesdk.client.catair.CatairBatch;
import org.acesdk.client.catair.CatairBlock;
import org.acesdk.client.catair.CatairException;
import org.acesdk.client.catair.CatairReader;
import org.acesdk.client.catair.CatairRecord;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryDecoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.client.catair.ResponseEncoder;
import org.acesdk.client.internal.Redaction;
import org.acesdk.testkit.internal.HttpServerCore;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.client.catair.IsfCodec;
import org.acesdk.testkit.internal.PgaAnswers;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;

/** The fake gateway's state and protocol handling, behind its HTTP core ({@link HttpServerCore}). Not API. */
final class GatewayEngine {
    /** The most one admin call may move the test clock: ten years. */
    static final long MAX_CLOCK_ADVANCE_SECONDS = 10L * 366 * 24 * 3600;
    /** The fake's own condition code for an entry number already on file (CBP's dictionary number is not confirmed). */
    static final String DUPLICATE_CODE = "DUP";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_KEY = 255;

    private final String token;
    private final Clock clock;
    private final AceValidator validator;
    private final RuleContext context;
    private final DutyCalculator calculator;
    private final long seed;
    private final Duration processingDelay;
    private final long maxBodyBytes;
    private final boolean adminToken;
    private final RequestJournal journal = new RequestJournal();

    private final Object lock = new Object();
    private final Map<String, Filing> byKey = new HashMap<>();
    private final Map<String, Filing> byId = new HashMap<>();
    private final List<Message> mailbox = new ArrayList<>();
    private final Set<EntryNumber> onFile = new HashSet<>();
    private final Deque<Outcome> outcomes = new ArrayDeque<>();
    /** The ISFs on file. */
    private final org.acesdk.testkit.internal.IsfDesk isfDesk = new org.acesdk.testkit.internal.IsfDesk();
    private final org.acesdk.testkit.internal.PscDesk pscDesk = new org.acesdk.testkit.internal.PscDesk();
    private final org.acesdk.testkit.internal.AesDesk aesDesk = new org.acesdk.testkit.internal.AesDesk();
    /** The PGA lines of accepted filings, for agency decisions steered later. */
    private final Map<EntryNumber, PgaOnFile> pgaOnFile = new HashMap<>();
    private final List<FaultRule> faults = new ArrayList<>();
    private Random random;
    private int requestSeq;
    private int batchSeq;

    GatewayEngine(String token, Clock clock, AceValidator validator, RuleContext context, long seed,
            Duration processingDelay, long maxBodyBytes, boolean adminToken) {
        this.token = token;
        this.clock = clock;
        this.validator = validator;
        this.context = context;
        this.calculator = DutyCalculator.create(context);
        this.seed = seed;
        this.processingDelay = processingDelay;
        this.maxBodyBytes = maxBodyBytes;
        this.adminToken = adminToken;
        this.random = new Random(seed);
    }

    private static final class Filing {
        final String batchId;
        final String key;
        final String hash;
        final Instant receivedAt;
        final List<Message> responses = new ArrayList<>();
        boolean batchRejected;

        Filing(String batchId, String key, String hash, Instant receivedAt) {
            this.batchId = batchId;
            this.key = key;
            this.hash = hash;
            this.receivedAt = receivedAt;
        }
    }

    private record Message(int seq, String messageId, String batchId, String applicationId, String body,
            Instant createdAt) {
    }

    private static final class FaultRule {
        final Route route;
        final Fault fault;
        int remaining;
        final double probability;

        FaultRule(Route route, Fault fault, int remaining, double probability) {
            this.route = route;
            this.fault = fault;
            this.remaining = remaining;
            this.probability = probability;
        }
    }

    /** What a handler decided, before faults shape the HTTP answer. */
    private static final class Answer {
        int status;
        String body;
        final Map<String, String> headers = new LinkedHashMap<>();
        String outcome;
        String batchId;
        String key;
        List<EntryNumber> entries = List.of();
        Map<EntryNumber, String> decisions = Map.of();

        Answer(int status, String body, String outcome) {
            this.status = status;
            this.body = body;
            this.outcome = outcome;
        }
    }

    RequestJournal journal() {
        return journal;
    }

    /** A filing's PGA lines and where its answers go. */
    private record PgaOnFile(Filing filing, Envelope envelope, String port, String entryType,
            List<PgaAnswers.PgaLineRef> lines) {
    }

    /** Posts an agency's new decision on an accepted filing's PGA lines of that agency (an SO with SO70s). */
    List<EntrySummary> versions(EntryNumber entry) {
        synchronized (lock) {
            return pscDesk.versions(entry);
        }
    }

    void capeRefund(EntryNumber entry, boolean inProcess) {
        synchronized (lock) {
            pscDesk.capeRefund(entry, inProcess);
        }
    }

    void liquidate(EntryNumber entry) {
        synchronized (lock) {
            pscDesk.liquidate(entry);
        }
    }

    void pgaDecision(EntryNumber entry, org.acesdk.model.pga.PgaAgency agency, PgaDisposition d) {
        synchronized (lock) {
            PgaOnFile p = pgaOnFile.get(entry);
            if (p == null || p.lines().stream().noneMatch(l -> l.agency().equals(agency))) {
                throw new IllegalArgumentException("no " + agency.code() + " PGA lines on file for the entry");
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            List<String> so = new ArrayList<>(ResponseEncoder.statusNotification(p.port(), entry, p.entryType(), today,
                    "  ", null).subList(0, 1));
            so.addAll(PgaAnswers.statuses(p.lines(), Map.of(agency.code(), d), agency, today));
            // the agency decides now, not after the filing's processing delay
            addMessage(p.filing(), "SO", CatairWriter.standard().responseBatch(p.envelope(), today,
                    List.of(new BlockContent("SO", p.port(), entry.filerCode().code(), null, so))), clock.instant());
        }
    }

    void nextOutcome(Outcome o) {
        synchronized (lock) {
            outcomes.add(o);
        }
    }

    void inject(Route route, Fault fault, int count, double probability) {
        synchronized (lock) {
            faults.add(new FaultRule(route, fault, count, probability));
        }
    }

    void clearFaults() {
        synchronized (lock) {
            faults.clear();
        }
    }

    void reset() {
        synchronized (lock) {
            byKey.clear();
            byId.clear();
            mailbox.clear();
            onFile.clear();
            pgaOnFile.clear();
            isfDesk.clear();
            pscDesk.clear();
            aesDesk.clear();
            outcomes.clear();
            faults.clear();
            random = new Random(seed);
            requestSeq = 0;
            batchSeq = 0;
            journal.clear();
        }
    }

    /** Answers one request of the HTTP core. */
    HttpServerCore.Response handle(HttpServerCore.Request request) {
        return handleRequest(request);
    }

    // ------------------------------------------------------------------ routing

    private HttpServerCore.Response handleRequest(HttpServerCore.Request r) {
        HttpUrl url = r.target().startsWith("/") ? HttpUrl.parse("http://fake" + r.target()) : null;
        String method = r.method();
        String target = r.target();
        if (url == null) {
            return toResponse(new Answer(400, error("bad_request", "the request target is not a path", "req-0"),
                    "ERROR"), null);
        }
        String path = url.encodedPath();
        if (path.startsWith("/__admin")) {
            if (adminToken && !bearer(r.header("Authorization"))) {
                return toResponse(new Answer(401, error("unauthorized", "the admin routes need the bearer token",
                        "admin"), "ADMIN"), null);
            }
            return toResponse(admin(method, path, r), null);
        }
        Route route = null;
        if (method.equals("POST") && path.equals("/v1/batches")) {
            route = Route.SUBMIT;
        } else if (method.equals("GET") && path.startsWith("/v1/batches/") && path.length() > "/v1/batches/".length()) {
            route = Route.STATUS;
        } else if (method.equals("GET") && path.equals("/v1/messages")) {
            route = Route.MESSAGES;
        }
        int seq;
        Fault fault;
        synchronized (lock) {
            seq = ++requestSeq;
            fault = route == null ? null : pickFault(route);
        }
        String rid = "req-" + seq;
        Answer a;
        String allow = allowed(path);
        if (route == null && allow != null) {
            a = new Answer(405, error("method_not_allowed", method + " is not allowed on " + path + "; use " + allow,
                    rid), "ERROR");
            a.headers.put("Allow", allow);
        } else if (route == null) {
            a = new Answer(404, error("not_found", "no route " + method + " " + path, rid), "ERROR");
        } else if (fault != null && fault.before()) {
            a = beforeFault(fault, rid);
        } else if (!bearer(r.header("Authorization"))) {
            a = new Answer(401, error("unauthorized", "a valid bearer token is required", rid), "UNAUTHORIZED");
        } else if (route == Route.SUBMIT) {
            a = submit(r, rid);
        } else if (route == Route.STATUS) {
            a = status(path.substring("/v1/batches/".length()), rid);
        } else {
            a = messages(url, rid);
        }
        a.headers.put("X-Request-Id", rid);
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().forEach((name, v) -> headers.put(name, Redaction.isSecretHeader(name) ? "***" : v));
        String key = r.header("Idempotency-Key");
        journal.add(new JournalEntry(seq, clock.instant(), method, target, headers,
                journalBody(r.body()), key, a.batchId, a.entries,
                fault != null && isDrop(fault) ? 0 : a.status, fault != null && fault.before() ? "FAULT" : a.outcome,
                a.decisions, fault));
        return toResponse(a, fault);
    }

    /** Most bytes of a request body the journal keeps; the rest is said, not kept. */
    static final int MAX_JOURNAL_BODY = 1 << 20;

    private static String journalBody(byte[] body) {
        if (body.length <= MAX_JOURNAL_BODY) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
        return new String(body, 0, MAX_JOURNAL_BODY, StandardCharsets.ISO_8859_1) + "...[" + (body.length
                - MAX_JOURNAL_BODY) + " more bytes not kept]";
    }

    /** The methods a known path takes, for 405's {@code Allow}; {@code null} for an unknown path. */
    private static String allowed(String path) {
        if (path.equals("/v1/batches")) {
            return "POST";
        }
        if (path.equals("/v1/messages") || path.startsWith("/v1/batches/") && path.length() > "/v1/batches/".length()) {
            return "GET";
        }
        return null;
    }

    /** Whether the Authorization header carries this fake's token (the scheme is case-insensitive, RFC 9110). */
    private boolean bearer(String authorization) {
        if (authorization == null) {
            return false;
        }
        int sp = authorization.indexOf(' ');
        return sp > 0 && authorization.substring(0, sp).equalsIgnoreCase("Bearer")
                && authorization.substring(sp + 1).trim().equals(token);
    }

    /** The protocol's error code for a status a test steers. */
    private static String codeFor(int status) {
        switch (status) {
            case 400: return "bad_request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not_found";
            case 409: return "in_flight";
            case 413: return "payload_too_large";
            case 429: return "rate_limited";
            case 500: return "internal";
            default: return status >= 500 ? "unavailable" : "bad_request";
        }
    }

    private static boolean isDrop(Fault f) {
        return f.kind() == Fault.Kind.DROP_AFTER_PROCESSING || f.kind() == Fault.Kind.DROP_BEFORE_PROCESSING;
    }

    private FaultRule matching(Route route) {
        for (FaultRule f : faults) {
            if (f.remaining > 0 && f.route.covers(route)
                    && (f.probability >= 1.0 || random.nextDouble() < f.probability)) {
                return f;
            }
        }
        return null;
    }

    private Fault pickFault(Route route) {
        FaultRule f = matching(route);
        if (f == null) {
            return null;
        }
        if (f.remaining != Integer.MAX_VALUE) {
            f.remaining--;
        }
        faults.removeIf(x -> x.remaining <= 0);
        return f.fault;
    }

    private static Answer beforeFault(Fault f, String rid) {
        switch (f.kind()) {
            case STATUS:
                return new Answer(f.status(), error(codeFor(f.status()),
                        "injected fault: HTTP " + f.status(), rid), "FAULT");
            case RATE_LIMITED: {
                Answer a = new Answer(429, error("rate_limited", "injected fault: slow down", rid), "FAULT");
                a.headers.put("Retry-After", Long.toString(Math.max(0, f.duration().toSeconds())));
                return a;
            }
            default:
                return new Answer(500, error("internal", "connection dropped", rid), "FAULT");
        }
    }

    private static HttpServerCore.Response toResponse(Answer a, Fault f) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.putAll(a.headers);
        byte[] body = (a.body == null ? "" : a.body).getBytes(StandardCharsets.UTF_8);
        if (f == null) {
            return HttpServerCore.Response.of(a.status, h, body);
        }
        switch (f.kind()) {
            case DROP_BEFORE_PROCESSING:
            case DROP_AFTER_PROCESSING:
                return new HttpServerCore.Response(a.status, h, body, 0, HttpServerCore.Delivery.DROP, 0);
            case LATENCY:
                return new HttpServerCore.Response(a.status, h, body, f.duration().toMillis(),
                        HttpServerCore.Delivery.NORMAL, 0);
            case TRUNCATED_BODY:
                return new HttpServerCore.Response(a.status, h, body, 0, HttpServerCore.Delivery.TRUNCATE, 0);
            case SLOW_BODY:
                return new HttpServerCore.Response(a.status, h, body, 0, HttpServerCore.Delivery.TRICKLE,
                        f.duration().toMillis());
            default:
                return HttpServerCore.Response.of(a.status, h, body);
        }
    }

    private static String error(String code, String message, String rid) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode e = n.putObject("error");
        e.put("code", code);
        e.put("message", message);
        e.put("requestId", rid);
        return n.toString();
    }

    // ------------------------------------------------------------------ POST /v1/batches

    private Answer submit(HttpServerCore.Request r, String rid) {
        String key = r.header("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return new Answer(400, error("missing_idempotency_key",
                    "an Idempotency-Key header of 1-" + MAX_KEY + " characters is required", rid), "ERROR");
        }
        if (key.length() > MAX_KEY) {
            return new Answer(400, error("bad_request", "the Idempotency-Key is longer than " + MAX_KEY
                    + " characters", rid), "ERROR");
        }
        byte[] body = r.body();
        if (body.length == 0) {
            return new Answer(400, error("malformed_batch", "the body is empty: a CATAIR batch is required", rid),
                    "ERROR");
        }
        if (body.length > maxBodyBytes) {
            return new Answer(413, error("payload_too_large", "the batch exceeds " + maxBodyBytes + " bytes", rid),
                    "ERROR");
        }
        for (int i = 0; i < body.length; i++) {
            int c = body[i] & 0xff;
            if (c > 0x7e || (c < 0x20 && c != '\r' && c != '\n')) {
                return new Answer(400, error("malformed_batch", "byte " + (i + 1) + " is not printable US-ASCII",
                        rid), "ERROR");
            }
        }
        String hash = sha256(body);
        synchronized (lock) {
            Filing known = byKey.get(key);
            if (known != null) {
                if (!known.hash.equals(hash)) {
                    Answer a = new Answer(409, error("idempotency_conflict",
                            "the Idempotency-Key was used before with a different batch", rid), "CONFLICT");
                    a.key = key;
                    return a;
                }
                Answer a = new Answer(200, receipt(known), "REPLAYED");
                a.batchId = known.batchId;
                a.key = key;
                return a;
            }
            Filing f = new Filing(String.format("BATCH-%06d", ++batchSeq), key, hash, clock.instant());
            Answer a = new Answer(202, receipt(f), "FILED");
            process(f, new String(body, StandardCharsets.US_ASCII), a);
            byKey.put(key, f);
            byId.put(f.batchId, f);
            a.batchId = f.batchId;
            a.key = key;
            return a;
        }
    }

    private static String receipt(Filing f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("batchId", f.batchId);
        n.put("receivedAt", f.receivedAt.toString());
        n.put("status", "RECEIVED");
        return n.toString();
    }

    private Outcome steering(String filerReference) {
        Outcome o = outcomes.poll();
        if (o != null) {
            return o;
        }
        String ref = filerReference == null ? "" : filerReference.trim().toUpperCase(Locale.ROOT);
        if (ref.startsWith("REJ") && ref.length() > 3) {
            return Outcome.reject(ref.substring(3, Math.min(ref.length(), 6)));
        }
        if (ref.startsWith("PEND")) {
            return Outcome.pending();
        }
        if (ref.startsWith("ACPT")) {
            return Outcome.accept();
        }
        return Outcome.byRules();
    }

    /** Decodes, validates and answers one batch; called under the lock. */
    private void process(Filing f, String text, Answer a) {
        CatairBatch batch;
        List<EntryNumber> entries = new ArrayList<>();
        Map<EntryNumber, String> decisions = new LinkedHashMap<>();
        a.entries = entries;
        a.decisions = decisions;
        String aRecord = text.lines().findFirst().orElse(null);
        if (org.acesdk.client.catair.AesCodec.isAes(text)) {
            // an export filing for AES: answered by the fake AES in its own format (XT)
            LocalDate day = LocalDate.ofInstant(clock.instant(), clock.getZone());
            org.acesdk.testkit.internal.AesDesk.Answer ans = aesDesk.answer(text, day, ref -> {
                Outcome o = steering(ref);
                return new org.acesdk.testkit.internal.AesDesk.Steer(o.kind().name(), o.codes());
            }, validator, context);
            f.batchRejected = ans.batchRejected();
            if (ans.text() != null) {
                addMessage(f, "XT", ans.text());
            }
            return;
        }
        try {
            batch = CatairReader.standard().read(text);
        } catch (CatairException e) {
            rejectBatch(f, aRecord != null && aRecord.startsWith("A") ? aRecord : null, "X34",
                    "UNKNOWN RECORD ID FOUND IN GROUPING", e.lineNumber());
            return;
        }
        if (batch.header() == null || batch.trailer() == null || !"A".equals(batch.header().recordId())) {
            rejectBatch(f, null, "X34", "UNKNOWN RECORD ID FOUND IN GROUPING", 1);
            return;
        }
        Envelope envelope = Envelope.builder().siteCode(batch.header().text("siteCode", "XXXX"))
                .senderId(batch.header().text("senderId", "XXX")).build();
        Outcome first = outcomes.peek();
        if (first != null && first.kind() == Outcome.Kind.SYNTAX_ERROR) {
            outcomes.poll();
            rejectBatch(f, batch.header().raw(), first.codes().get(0), "REJECTED AS REQUESTED BY THE TEST", 0);
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        for (int bi = 0; bi < batch.blocks().size(); bi++) {
            if (batch.blocks().get(bi).header() == null) {
                // a block must open with a B record
                rejectBatch(f, batch.header().raw(), "X34", "BLOCK WITHOUT A B RECORD", 0);
                return;
            }
        }
        for (CatairBlock block : batch.blocks()) {
            String app = block.applicationId();
            String port = block.header().text("port", envelope.siteCode());
            String filer = block.header().text("filerCode", envelope.senderId());
            try {
                if ("AE".equals(app)) {
                    List<String> ax = new ArrayList<>();
                    List<String> pgaSo = new ArrayList<>();
                    for (List<CatairRecord> tx : EntrySummaryDecoder.transactions(block.records())) {
                        java.util.Optional<org.acesdk.model.entry.PostSummaryCorrection> psc =
                                EntrySummaryDecoder.correction(tx);
                        if (psc.isPresent()) {
                            // a correction replaces the summary on file as a new version; not a second filing
                            EntrySummary c = psc.get().corrected();
                            Outcome o = steering(c.filerReference());
                            if (o.kind() == Outcome.Kind.PENDING) {
                                decisions.put(c.entryNumber(), "PSC_PENDING");
                                continue;
                            }
                            org.acesdk.testkit.internal.PscDesk.Answer pa = o.kind() == Outcome.Kind.BY_RULES
                                    ? pscDesk.answer(psc.get(), today, validator, context, calculator)
                                    : new org.acesdk.testkit.internal.PscDesk.Answer(false, forced(o).conditions,
                                    0);
                            decisions.put(c.entryNumber(), pa.accepted() ? "CORRECTED" : "PSC_REJECTED");
                            ax.addAll(ResponseEncoder.entrySummary(c.entryNumber(), c.filerReference(),
                                    pa.conditions(), Map.of(), pa.accepted(), pa.accepted() ? pa.version() : 100));
                            continue;
                        }
                        EntrySummary e = EntrySummaryDecoder.decodeTransaction(tx);
                        entries.add(e.entryNumber());
                        Decision d = decide(e);
                        decisions.put(e.entryNumber(), d.label);
                        if (d.answer) {
                            ax.addAll(ResponseEncoder.entrySummary(e.entryNumber(), e.filerReference(),
                                    d.conditions, d.lineConditions, d.accepted));
                        }
                        if (d.accepted) {
                            pscDesk.accepted(e);
                        }
                        List<PgaAnswers.PgaLineRef> pl = PgaAnswers.linesOf(e);
                        if (d.accepted && e.entryNumber() != null && !pl.isEmpty()) {
                            // the agencies answer the summary's PGA data in status notifications
                            String type = e.entryType() != null ? e.entryType().code() : "  ";
                            String p = e.portOfEntry() != null ? e.portOfEntry().code() : port;
                            pgaSo.addAll(ResponseEncoder.statusNotification(p, e.entryNumber(), type, today, "  ",
                                    null).subList(0, 1));
                            pgaSo.addAll(PgaAnswers.statuses(pl, d.pga, null, today));
                            pgaOnFile.put(e.entryNumber(), new PgaOnFile(f, envelope, p, type, pl));
                        }
                    }
                    if (!ax.isEmpty()) {
                        post(f, "AX", envelope, today, new BlockContent("AX", port, filer, null, ax));
                    }
                    if (!pgaSo.isEmpty()) {
                        post(f, "SO", envelope, today, new BlockContent("SO", port, filer, null, pgaSo));
                    }
                } else if ("SF".equals(app)) {
                    List<CatairRecord> sf10 = block.records().stream().filter(x -> "SF10".equals(x.recordId()))
                            .toList();
                    List<ImporterSecurityFiling> isfs = IsfCodec.decode(block.records());
                    List<String> sn = new ArrayList<>();
                    for (int i = 0; i < isfs.size(); i++) {
                        ImporterSecurityFiling isf = isfs.get(i);
                        Outcome o = steering(null);
                        if (o.kind() == Outcome.Kind.PENDING) {
                            continue;
                        }
                        List<Condition> forced = null;
                        List<Condition> rules = null;
                        if (o.kind() == Outcome.Kind.REJECT) {
                            forced = forced(o).conditions();
                        } else if (o.kind() == Outcome.Kind.BY_RULES) {
                            // a delete is its SF10 alone: CBP checks the transaction number, not the data
                            rules = isf.effectiveAction().equals(org.acesdk.model.code.FilingAction.DELETE) ? List.of()
                                    : byRules(validator.validate(isf, context).errors()).conditions();
                        }
                        sn.addAll(isfDesk.answer(sf10.get(i).raw(), isf, filer, rules, forced));
                    }
                    if (!sn.isEmpty()) {
                        post(f, "SN", envelope, today, new BlockContent("SN", port, filer, null, sn));
                    }
                } else if ("SE".equals(app)) {
                    List<CatairRecord> se10 = block.records().stream().filter(x -> "SE10".equals(x.recordId()))
                            .toList();
                    List<CargoRelease> releases = CargoReleaseCodec.decode(block.records());
                    List<String> sx = new ArrayList<>();
                    List<String> so = new ArrayList<>();
                    for (int i = 0; i < releases.size(); i++) {
                        CargoRelease c = releases.get(i);
                        entries.add(c.entryNumber());
                        Decision d = decide(c);
                        decisions.put(c.entryNumber(), d.label);
                        if (!d.answer) {
                            continue;
                        }
                        sx.addAll(ResponseEncoder.cargoRelease(i < se10.size() ? se10.get(i).raw()
                                : se10.get(se10.size() - 1).raw(), d.conditions, d.accepted));
                        if (d.accepted && c.entryNumber() != null) {
                            boolean hold = d.label.equals("HOLD");
                            so.addAll(ResponseEncoder.statusNotification(
                                    c.portOfEntry() != null ? c.portOfEntry().code() : port, c.entryNumber(),
                                    c.entryType() != null ? c.entryType().code() : "  ", today, hold ? "99" : "98",
                                    hold ? "RELEASE SUSPENDED" : "RELEASED"));
                            List<PgaAnswers.PgaLineRef> pl = PgaAnswers.linesOf(c);
                            if (!pl.isEmpty()) {
                                so.addAll(PgaAnswers.statuses(pl, d.pga, null, today));
                                pgaOnFile.put(c.entryNumber(), new PgaOnFile(f, envelope, c.portOfEntry() != null
                                        ? c.portOfEntry().code() : port, c.entryType() != null
                                        ? c.entryType().code() : "  ", pl));
                            }
                        }
                    }
                    if (!sx.isEmpty()) {
                        post(f, "SX", envelope, today, new BlockContent("SX", port, filer, null, sx));
                    }
                    if (!so.isEmpty()) {
                        post(f, "SO", envelope, today, new BlockContent("SO", port, filer, null, so));
                    }
                }
                // other applications are received and never answered: the fake does not model them
            } catch (CatairException e) {
                f.responses.clear();
                entries.clear();
                decisions.clear();
                rejectBatch(f, batch.header().raw(), "X34", "UNKNOWN RECORD ID FOUND IN GROUPING", e.lineNumber());
                return;
            } catch (org.acesdk.model.code.InvalidValueException e) {
                // data the decoders could not place: rejected as ACE would, never a 500
                f.responses.clear();
                entries.clear();
                decisions.clear();
                rejectBatch(f, batch.header().raw(), "X34", "DATA ERROR IN " + app + " BLOCK", 0);
                return;
            }
        }
        // only filings that were decided count as on file (a rejected entry number may be filed again)
        decisions.forEach((n, d) -> {
            if (d.equals("ACCEPTED") || d.equals("HOLD") || d.equals("PENDING")) {
                onFile.add(n);
            }
        });
    }

    private record Decision(String label, boolean answer, boolean accepted, List<Condition> conditions,
            Map<Integer, List<Condition>> lineConditions, Map<String, PgaDisposition> pga) {
        Decision(String label, boolean answer, boolean accepted, List<Condition> conditions) {
            this(label, answer, accepted, conditions, Map.of(), Map.of());
        }

        Decision(String label, boolean answer, boolean accepted, List<Condition> conditions,
                Map<Integer, List<Condition>> lineConditions) {
            this(label, answer, accepted, conditions, lineConditions, Map.of());
        }
    }

    private Decision decide(EntrySummary e) {
        Outcome o = steering(e.filerReference());
        if (o.kind() == Outcome.Kind.BY_RULES && onFile.contains(e.entryNumber())) {
            return new Decision("DUPLICATE", true, false, List.of(fatal(DUPLICATE_CODE,
                    "ENTRY NUMBER ALREADY ON FILE")));
        }
        if (o.kind() != Outcome.Kind.BY_RULES) {
            return forced(o);
        }
        ValidationReport report = validator.validate(e, context);
        List<Finding> errors = new ArrayList<>(report.errors());
        if (errors.isEmpty()) {
            DutyAssessment assessment = calculator.assess(e, context);
            if (!assessment.isComplete()) {
                errors.addAll(assessment.findings());
            }
        }
        // a finding on a line is reported under an E0 LINITM naming the line, as CBP does
        List<Finding> header = new ArrayList<>();
        Map<Integer, List<Finding>> byLine = new java.util.TreeMap<>();
        for (Finding x : errors) {
            int line = lineNumber(e, x.path());
            if (line > 0) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(x);
            } else {
                header.add(x);
            }
        }
        Decision d = byRules(header);
        if (byLine.isEmpty()) {
            return d;
        }
        Map<Integer, List<Condition>> lines = new java.util.TreeMap<>();
        byLine.forEach((line, fs) -> lines.put(line, byRules(fs).conditions()));
        return new Decision("REJECTED", true, false, d.conditions(), lines);
    }

    /** The line number a finding's path names ({@code lines[i]...}), or 0 for the summary as a whole. */
    private static int lineNumber(EntrySummary e, String path) {
        if (path == null || !path.startsWith("lines[")) {
            return 0;
        }
        int close = path.indexOf(']');
        if (close < 7 || close > 10) {
            return 0;
        }
        try {
            int i = Integer.parseInt(path.substring(6, close));
            return i >= 0 && i < e.lines().size() ? e.lines().get(i).lineNumber() : 0;
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private Decision decide(CargoRelease c) {
        Outcome o = steering(null);
        if (o.kind() == Outcome.Kind.BY_RULES && onFile.contains(c.entryNumber())) {
            return new Decision("DUPLICATE", true, false, List.of(fatal(DUPLICATE_CODE,
                    "ENTRY NUMBER ALREADY ON FILE")));
        }
        if (o.kind() != Outcome.Kind.BY_RULES) {
            return forced(o);
        }
        return byRules(validator.validate(c, context).errors());
    }

    private static Decision forced(Outcome o) {
        switch (o.kind()) {
            case ACCEPT:
                return new Decision("ACCEPTED", true, true, List.of(), Map.of(), o.agencies());
            case HOLD:
                return new Decision("HOLD", true, true, List.of(), Map.of(), o.agencies());
            case PENDING:
                return new Decision("PENDING", false, false, List.of());
            default:
                List<Condition> cs = new ArrayList<>();
                for (String code : o.codes()) {
                    cs.add(fatal(code, "REJECTED AS REQUESTED BY THE TEST"));
                }
                return new Decision("REJECTED", true, false, cs);
        }
    }

    private static Decision byRules(List<Finding> errors) {
        if (errors.isEmpty()) {
            return new Decision("ACCEPTED", true, true, List.of());
        }
        List<Condition> cs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding x : errors) {
            String code = x.conditionCode() == null || x.conditionCode().isBlank() ? "999" : x.conditionCode();
            if (seen.add(code + x.message())) {
                cs.add(fatal(code, x.message()));
            }
        }
        return new Decision("REJECTED", true, false, cs);
    }

    private static Condition fatal(String code, String text) {
        return new Condition(code, ConditionSeverity.FATAL, null, text, null, null);
    }

    private void rejectBatch(Filing f, String aRecord, String code, String text, int position) {
        f.batchRejected = true;
        List<String> records = ResponseEncoder.batchRejection(aRecord, List.of(fatal(code, text)), position);
        addMessage(f, "X1", String.join("\r\n", records) + "\r\n");
    }

    private void post(Filing f, String app, Envelope envelope, LocalDate today, BlockContent block) {
        addMessage(f, app, CatairWriter.standard().responseBatch(envelope, today, List.of(block)));
    }

    private void addMessage(Filing f, String app, String body) {
        addMessage(f, app, body, f.receivedAt.plus(processingDelay));
    }

    private void addMessage(Filing f, String app, String body, Instant visibleAt) {
        int seq = mailbox.size() + 1;
        Message m = new Message(seq, String.format("MSG-%06d", seq), f.batchId, app, body, visibleAt);
        mailbox.add(m);
        f.responses.add(m);
    }

    // ------------------------------------------------------------------ GET routes

    private boolean visible(Message m) {
        return !clock.instant().isBefore(m.createdAt());
    }

    private Answer status(String batchId, String rid) {
        synchronized (lock) {
            Filing f = byId.get(batchId);
            if (f == null) {
                return new Answer(404, error("not_found", "no batch " + batchId, rid), "READ");
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("batchId", f.batchId);
            List<Message> shown = f.responses.stream().filter(this::visible).toList();
            n.put("status", shown.isEmpty() ? "RECEIVED" : f.batchRejected ? "REJECTED" : "PROCESSED");
            ArrayNode rs = n.putArray("responses");
            for (Message m : shown) {
                ObjectNode o = rs.addObject();
                o.put("messageId", m.messageId());
                o.put("applicationId", m.applicationId());
                o.put("body", m.body());
            }
            Answer a = new Answer(200, n.toString(), "READ");
            a.batchId = f.batchId;
            return a;
        }
    }

    private Answer messages(HttpUrl url, String rid) {
        int limit = 100;
        String l = url.queryParameter("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 500) {
                return new Answer(400, error("bad_request", "limit must be 1-500", rid), "ERROR");
            }
        }
        int after = 0;
        String cursor = url.queryParameter("after");
        if (cursor != null) {
            try {
                after = Integer.parseInt(cursor.startsWith("c") ? cursor.substring(1) : "x");
            } catch (NumberFormatException e) {
                return new Answer(400, error("invalid_cursor", "the cursor is not one this gateway issued", rid),
                        "ERROR");
            }
        }
        synchronized (lock) {
            ObjectNode n = JSON.createObjectNode();
            ArrayNode ms = n.putArray("messages");
            int last = after;
            for (Message m : mailbox) {
                if (ms.size() >= limit) {
                    break;
                }
                if (m.seq() <= after) {
                    continue;
                }
                if (!visible(m)) {
                    break;
                }
                ObjectNode o = ms.addObject();
                o.put("messageId", m.messageId());
                o.put("batchId", m.batchId());
                o.put("applicationId", m.applicationId());
                o.put("body", m.body());
                o.put("createdAt", m.createdAt().toString());
                last = m.seq();
            }
            n.put("nextCursor", "c" + last);
            return new Answer(200, n.toString(), "READ");
        }
    }

    // ------------------------------------------------------------------ /__admin

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer admin(String method, String path, HttpServerCore.Request r) {
        try {
            JsonNode in = r.body().length == 0 ? JSON.createObjectNode()
                    : JSON.readTree(new String(r.body(), StandardCharsets.UTF_8));
            switch (method + " " + path) {
                case "GET /__admin/journal":
                    return (new Answer(200, journalJson(), "ADMIN"));
                case "POST /__admin/reset":
                    reset();
                    return (new Answer(200, "{\"reset\":true}", "ADMIN"));
                case "POST /__admin/outcome": {
                    List<String> codes = new ArrayList<>();
                    in.path("codes").forEach(c -> codes.add(c.asText()));
                    Map<String, PgaDisposition> pga = new LinkedHashMap<>();
                    in.path("pga").fields().forEachRemaining(e -> pga.put(
                            org.acesdk.model.pga.PgaAgency.fromCode(e.getKey()).code(),
                            PgaDisposition.valueOf(e.getValue().asText("").toUpperCase(Locale.ROOT))));
                    nextOutcome(new Outcome(Outcome.Kind.valueOf(in.path("kind").asText("").toUpperCase(Locale.ROOT)),
                            codes, pga));
                    return (new Answer(200, "{\"queued\":true}", "ADMIN"));
                }
                case "POST /__admin/pga": {
                    EntryNumber entry = EntryNumber.parse(in.path("entryNumber").asText(""));
                    pgaDecision(entry, org.acesdk.model.pga.PgaAgency.fromCode(in.path("agency").asText("")),
                            PgaDisposition.valueOf(in.path("disposition").asText("").toUpperCase(Locale.ROOT)));
                    return (new Answer(200, "{\"posted\":true}", "ADMIN"));
                }
                case "POST /__admin/fault": {
                    Fault.Kind kind = Fault.Kind.valueOf(in.path("kind").asText("").toUpperCase(Locale.ROOT));
                    Duration d = Duration.ofMillis(in.path("millis").asLong(in.path("seconds").asLong(0) * 1000));
                    Fault fault = new Fault(kind, in.path("status").asInt(kind == Fault.Kind.RATE_LIMITED ? 429 : 0),
                            d);
                    Route route = Route.valueOf(in.path("route").asText("ANY").toUpperCase(Locale.ROOT));
                    double p = in.path("probability").asDouble(1.0);
                    int count = in.has("probability") && !in.has("count") ? Integer.MAX_VALUE
                            : in.path("count").asInt(1);
                    if (count < 1 || !(p > 0 && p <= 1)) {
                        throw new IllegalArgumentException("count must be at least 1 and probability in (0, 1]");
                    }
                    inject(route, fault, count, p);
                    return (new Answer(200, "{\"injected\":true}", "ADMIN"));
                }
                case "POST /__admin/clock": {
                    if (!(clock instanceof TestClock)) {
                        return (new Answer(409, error("not_a_test_clock", "this gateway runs on a real clock",
                                "admin"), "ADMIN"));
                    }
                    com.fasterxml.jackson.databind.JsonNode adv = in.path("advanceSeconds");
                    if (!adv.isMissingNode() && (!adv.canConvertToLong() || !adv.isIntegralNumber())) {
                        return (new Answer(400, error("bad_request", "advanceSeconds must be a whole number",
                                "admin"), "ADMIN"));
                    }
                    long secs = adv.asLong(0);
                    if (secs < 0 || secs > MAX_CLOCK_ADVANCE_SECONDS) {
                        return (new Answer(400, error("bad_request", "advanceSeconds must be 0 to "
                                + MAX_CLOCK_ADVANCE_SECONDS + " (ten years)", "admin"), "ADMIN"));
                    }
                    ((TestClock) clock).advance(Duration.ofSeconds(secs));
                    return (new Answer(200, "{\"now\":\"" + clock.instant() + "\"}", "ADMIN"));
                }
                default:
                    return (new Answer(404, error("not_found", "no admin route " + method + " " + path, "admin"),
                            "ADMIN"));
            }
        } catch (IOException | IllegalArgumentException e) {
            return (new Answer(400, error("bad_request", "admin request not understood: " + e.getMessage(),
                    "admin"), "ADMIN"));
        }
    }

    private String journalJson() {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode es = n.putArray("entries");
        for (JournalEntry e : journal.entries()) {
            ObjectNode o = es.addObject();
            o.put("sequence", e.sequence());
            o.put("at", e.at().toString());
            o.put("method", e.method());
            o.put("path", e.path());
            o.put("status", e.status());
            o.put("outcome", e.outcome());
            o.put("idempotencyKey", e.idempotencyKey());
            o.put("batchId", e.batchId());
            ObjectNode d = o.putObject("decisions");
            e.decisions().forEach((k, v) -> d.put(k.toString(), v));
            o.put("fault", e.fault() == null ? null : e.fault().kind().name());
            o.put("bodyBytes", e.body().length());
        }
        n.put("filings", journal.filings().size());
        return n.toString();
    }
}
