package org.acesdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import org.acesdk.client.catair.BlockContent;
import org.acesdk.client.catair.CargoReleaseCodec;
import org.acesdk.client.catair.IsfCodec;
import org.acesdk.client.catair.AesCodec;
import org.acesdk.client.catair.AesEnvelope;
import org.acesdk.model.export.ExportInformation;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.client.catair.CatairException;
import org.acesdk.client.catair.CatairWriter;
import org.acesdk.client.catair.EntrySummaryEncoder;
import org.acesdk.client.catair.Envelope;
import org.acesdk.client.catair.LineSeparator;
import org.acesdk.client.catair.ResponseDecoder;
import org.acesdk.client.internal.GatewayJson;
import org.acesdk.client.internal.Redaction;
import org.acesdk.client.transport.OkHttpTransport;
import org.acesdk.client.ledger.FilingLedger;
import org.acesdk.client.ledger.LedgerAnswer;
import org.acesdk.client.ledger.LedgerRecord;
import org.acesdk.client.ledger.LedgerState;
import org.acesdk.client.transport.Transport;
import org.acesdk.client.transport.TransportResponse;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.release.CargoRelease;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.Severity;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;

/**
 * Sends filings to an ACE gateway and reads CBP's answers. {@code submit} validates (refusing ERROR findings),
 * assesses duty, encodes CATAIR and POSTs the batch; retries are bounded, backed off with jitter, honour
 * Retry-After, and reuse one idempotency key per submission so that a retry after a lost response never files twice.
 *
 * <p>Timeouts: {@code attemptTimeout} bounds each attempt; {@code totalTimeout} bounds the whole call, retries and
 * waits included. The total takes precedence: an attempt never runs past the call's deadline, and no retry starts
 * when its delay would end past it.
 *
 * <p>Immutable and thread-safe: build one and share it. Close it to release the threads and connections it owns.
 */
public final class AceClient implements AutoCloseable {
    private static final String ENTRY_PATH = "/v1/batches";

    private final Builder config;
    private final Transport transport;
    private final boolean ownsTransport;
    private final GatewayJson json;
    private final CatairWriter writer = CatairWriter.of(LineSeparator.CRLF);
    private final Envelope envelope;
    private volatile ExecutorService ownExecutor;
    private final RetryCore core;

    private AceClient(Builder b, Transport transport, boolean owns) {
        this.config = b.copy();
        this.transport = transport;
        this.ownsTransport = owns;
        this.json = new GatewayJson(b.maxResponseBytes);
        this.core = new RetryCore(this.config, transport, json);
        this.envelope = Envelope.builder().siteCode(b.siteCode).senderId(b.filerCode.code()).password(b.password)
                .userText(null).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's configuration (sharing its OkHttp client, if one was given). */
    public Builder toBuilder() {
        return config.copy();
    }

    // ---------------------------------------------------------------- submissions

    /** Submits an entry summary with default options; see {@link #submit(EntrySummary, SubmitOptions)}. */
    public Transmission submit(EntrySummary entry) {
        return submit(entry, SubmitOptions.defaults());
    }

    /**
     * Validates, assesses, encodes (CATAIR AE) and transmits an entry summary.
     *
     * @param entry the entry summary
     * @param options idempotency key, validation opt-out, user text
     * @return the transmission
     * @throws AceValidationException if it fails validation or cannot be assessed or encoded (nothing was sent)
     * @throws AceException for every other failure, with earlier attempts suppressed
     */
    public Transmission submit(EntrySummary entry, SubmitOptions options) {
        Objects.requireNonNull(entry, "entry");
        return entrySummary(entry, "entry summary", options, a -> EntrySummaryEncoder.encode(entry, a));
    }

    /** Submits a post-summary correction with default options. */
    public Transmission submit(org.acesdk.model.entry.PostSummaryCorrection correction) {
        return submit(correction, SubmitOptions.defaults());
    }

    /**
     * Validates and assesses the corrected summary, encodes the correction (CATAIR AE replace with the PSC indicator,
     * records 35, 36 and 63) and transmits it. Check CBP's window and edits first with
     * {@code org.acesdk.rules.psc.Psc#check}.
     *
     * @param correction the correction
     * @param options idempotency key, validation opt-out, user text
     * @return the transmission
     * @throws AceValidationException if the corrected summary fails validation or cannot be assessed (nothing was sent)
     */
    public Transmission submit(org.acesdk.model.entry.PostSummaryCorrection correction, SubmitOptions options) {
        Objects.requireNonNull(correction, "correction");
        return entrySummary(correction.corrected(), "corrected entry summary", options,
                a -> EntrySummaryEncoder.encode(correction, a));
    }

    /** Validates and assesses an entry summary, encodes it with the encoder given, and transmits it. */
    private Transmission entrySummary(EntrySummary entry, String what, SubmitOptions options,
            java.util.function.Function<DutyAssessment, List<String>> encoder) {
        SubmitOptions o = options == null ? SubmitOptions.defaults() : options;
        String key = begin(o);
        ValidationReport report = preflight(entry, what, o, key);
        DutyAssessment assessment = config.calculator.assess(entry, config.context);
        if (!assessment.isComplete() && !o.skipValidation()) {
            throw refuse("the " + what + " cannot be assessed completely",
                    new ValidationReport("DutyAssessment", assessment.findings()), key);
        }
        List<String> records = encode(() -> encoder.apply(assessment), what, key);
        String text = batch("AE", entry.portOfEntry() == null ? null : entry.portOfEntry().code(), o, records);
        return transmit(text, key, "AE", entry.entryNumber(), report, assessment);
    }

    /** Submits a cargo release with default options. */
    public Transmission submit(CargoRelease release) {
        return submit(release, SubmitOptions.defaults());
    }

    /**
     * Validates, encodes (CATAIR SE) and transmits a cargo release.
     *
     * @param release the cargo release
     * @param options the options
     * @return the transmission
     */
    public Transmission submit(CargoRelease release, SubmitOptions options) {
        Objects.requireNonNull(release, "release");
        SubmitOptions o = options == null ? SubmitOptions.defaults() : options;
        String key = begin(o);
        ValidationReport report = preflight(release, "cargo release", o, key);
        List<String> records = encode(() -> CargoReleaseCodec.encode(release), "cargo release", key);
        String text = batch("SE", release.portOfEntry() == null ? null : release.portOfEntry().code(), o, records);
        return transmit(text, key, "SE", release.entryNumber(), report, null);
    }

    /** Submits an Importer Security Filing with default options. */
    public Transmission submit(ImporterSecurityFiling isf) {
        return submit(isf, SubmitOptions.defaults());
    }

    /**
     * Validates, encodes (CATAIR SF) and transmits an Importer Security Filing: an add, or a replace (amendment) or
     * delete naming the ISF transaction number CBP returned (read it from the SN answer with
     * {@code ProcessingResultCodec.isfAnswers}). Idempotency, retries and timeouts as for entry summaries.
     *
     * @param isf the filing
     * @param options the options
     * @return the transmission
     * @throws AceValidationException if it fails validation or cannot be encoded (nothing was sent)
     */
    public Transmission submit(ImporterSecurityFiling isf, SubmitOptions options) {
        Objects.requireNonNull(isf, "isf");
        SubmitOptions o = options == null ? SubmitOptions.defaults() : options;
        String key = begin(o);
        ValidationReport report = preflight(isf, "ISF", o, key);
        List<String> records = encode(() -> IsfCodec.encode(isf), "ISF", key);
        String text = batch("SF", null, o, records);
        return transmit(text, key, "SF", null, report, null);
    }

    /** Submits Electronic Export Information to AES with default options. */
    public Transmission submit(ExportInformation eei) {
        return submit(eei, SubmitOptions.defaults());
    }

    /**
     * Validates, encodes (AES proprietary format, application XP) and transmits Electronic Export Information: an add,
     * or a replace or cancel of a shipment AES accepted ({@link ExportInformation#action()}, named by its shipment
     * reference and ITN). AES answers with an ITN: read it with {@link BatchStatus#exportResponses()}. Idempotency,
     * retries, the ledger and timeouts as for entry summaries. Needs {@link Builder#aesEnvelope(AesEnvelope)}, and
     * {@link Builder#aesCodec(AesCodec)} built with {@code inferredLayouts(true)} until CBP's layouts confirm the
     * records the SDK lays out from samples.
     *
     * @param eei the shipment
     * @param options the options
     * @return the transmission
     * @throws AceValidationException if it fails validation or cannot be encoded (nothing was sent)
     * @throws IllegalStateException if the client has no AES envelope
     */
    public Transmission submit(ExportInformation eei, SubmitOptions options) {
        Objects.requireNonNull(eei, "eei");
        if (config.aesEnvelope == null) {
            throw new IllegalStateException("set the filer's AES envelope with AceClient.builder().aesEnvelope(...)"
                    + " to file exports");
        }
        SubmitOptions o = options == null ? SubmitOptions.defaults() : options;
        String key = begin(o);
        ValidationReport report = preflight(eei, "EEI", o, key);
        String text = encode(() -> List.of(config.aesCodec.batch(config.aesEnvelope, LocalDate.now(config.clock),
                Ledgers.batchControl(key), List.of(eei))), "EEI", key).get(0);
        return transmit(text, key, "XP", null, report, null);
    }

    /** Submits Electronic Export Information asynchronously on the client's executor. */
    public CompletableFuture<Transmission> submitAsync(ExportInformation eei, SubmitOptions options) {
        return CompletableFuture.supplyAsync(() -> submit(eei, options), executor());
    }

    /** Submits an Importer Security Filing asynchronously on the client's executor. */
    public CompletableFuture<Transmission> submitAsync(ImporterSecurityFiling isf, SubmitOptions options) {
        return CompletableFuture.supplyAsync(() -> submit(isf, options), executor());
    }

    /** Submits asynchronously on the client's executor. */
    public CompletableFuture<Transmission> submitAsync(EntrySummary entry, SubmitOptions options) {
        return CompletableFuture.supplyAsync(() -> submit(entry, options), executor());
    }

    /** Submits a cargo release asynchronously on the client's executor. */
    public CompletableFuture<Transmission> submitAsync(CargoRelease release, SubmitOptions options) {
        return CompletableFuture.supplyAsync(() -> submit(release, options), executor());
    }

    /**
     * Transmits a CATAIR batch the SDK does not model yet, as is: the escape hatch.
     *
     * @param applicationId the application of its blocks, for the returned transmission (e.g. {@code QP})
     * @param catairBatch the whole batch text (A ... Z), US-ASCII
     * @param options the idempotency key (validation does not apply)
     * @return the transmission
     */
    public Transmission raw(String applicationId, String catairBatch, SubmitOptions options) {
        Objects.requireNonNull(catairBatch, "catairBatch");
        SubmitOptions o = options == null ? SubmitOptions.defaults() : options;
        for (int i = 0; i < catairBatch.length(); i++) {
            char c = catairBatch.charAt(i);
            if (c > 0x7e || (c < 0x20 && c != '\r' && c != '\n')) {
                throw new IllegalArgumentException("a CATAIR batch is printable US-ASCII; character " + (i + 1)
                        + " is not");
            }
        }
        String key = begin(o);
        return transmit(catairBatch, key, applicationId, null, null, null);
    }

    /** The submission's idempotency key (the caller's, or a new one), announced to the listener. */
    private String begin(SubmitOptions o) {
        String key = o.idempotencyKey() != null ? o.idempotencyKey() : config.keys.get();
        listen(l -> l.onSubmit(event("submit", "POST", ENTRY_PATH, key, 0, 0, Duration.ZERO, null, null, null)));
        return key;
    }

    /** Validates the filing; refuses it on ERROR findings unless the caller opted out. */
    private ValidationReport preflight(Object filing, String what, SubmitOptions o, String key) {
        ValidationReport report = config.validator.validate(filing, config.context);
        if (!report.isValid() && !o.skipValidation()) {
            throw refuse("the " + what + " has " + report.errors().size() + " validation error(s)", report, key);
        }
        return report;
    }

    /** Runs an encoder, turning a codec error into a refusal (nothing was sent). */
    private List<String> encode(Supplier<List<String>> encoder, String what, String key) {
        try {
            return encoder.get();
        } catch (CatairException e) {
            throw refuse("the " + what + " cannot be encoded: " + e.getMessage(), encodingReport(e), key);
        }
    }

    private AceValidationException refuse(String message, ValidationReport report, String key) {
        String first = report.errors().stream().findFirst()
                .map(f -> "; first: " + f.ruleId() + " at " + f.path() + ": " + Redaction.text(f.message()))
                .orElse("");
        AceValidationException e = new AceValidationException(message + first, report);
        e.submission(key, null, AceException.Arrival.NOT_ARRIVED);
        listen(l -> l.onFailure(event("submit", "POST", ENTRY_PATH, key, 0, 0, Duration.ZERO, null, null,
                e.errorCode()), e));
        return e;
    }

    private static ValidationReport encodingReport(CatairException e) {
        return new ValidationReport("CATAIR", List.of(new Finding(RuleId.of("CATAIR-ENCODE"), Severity.ERROR,
                e.field(), e.getMessage(), "CATAIR record " + e.recordType(), "")));
    }

    private String batch(String app, String port, SubmitOptions o, List<String> records) {
        String p = port != null ? port : config.siteCode;
        LocalDate today = LocalDate.now(config.clock);
        return writer.batch(envelope, today, List.of(new BlockContent(app, p, config.filerCode.code(), o.userText(),
                records)));
    }

    private Transmission transmit(String text, String key, String app, org.acesdk.model.code.EntryNumber entry,
            ValidationReport report, DutyAssessment assessment) {
        FilingLedger ledger = config.ledger;
        if (ledger == null) {
            return send(text, key, app, entry, report, assessment);
        }
        Instant now = config.clock.instant();
        LedgerRecord rec = ledger.prepare(new LedgerRecord(key, app, entry == null ? null : entry.toString(),
                Ledgers.fingerprint(app, text), text, LedgerState.PREPARED, null, null, now, now), now);
        // a filing already recorded as acknowledged or answered is never sent twice; one recorded but perhaps not
        // sent (a crash, a failure) goes as recorded, with its original key
        if (rec.state() == LedgerState.PREPARED || rec.state() == LedgerState.FAILED) {
            return sendRecorded(rec, entry, report, assessment);
        }
        return Ledgers.recorded(rec, entry, report, assessment);
    }

    private Transmission sendRecorded(LedgerRecord rec, org.acesdk.model.code.EntryNumber entry,
            ValidationReport report, DutyAssessment assessment) {
        try {
            Transmission t = send(rec.batchText(), rec.idempotencyKey(), rec.applicationId(), entry, report,
                    assessment);
            config.ledger.markSent(rec.idempotencyKey(), t.batchId(), config.clock.instant());
            return t;
        } catch (AceException e) {
            if (e.arrival() == AceException.Arrival.NOT_ARRIVED) {
                config.ledger.markFailed(rec.idempotencyKey(), e.errorCode(), config.clock.instant());
            }
            throw e;
        }
    }

    /**
     * Resumes what the {@linkplain Builder#ledger(FilingLedger) ledger} holds unfinished, after a restart: a
     * submission recorded but not acknowledged is sent again, as recorded and with its original idempotency key (the
     * gateway recognises the key and files nothing twice); one acknowledged but not answered is returned as is, for
     * {@link #awaitResponse} to record CBP's answer.
     *
     * @return the unfinished submissions, oldest first, each now acknowledged
     * @throws IllegalStateException if the client has no ledger
     * @throws AceException if one cannot be sent; those before it are resumed, the rest stay unfinished
     */
    public List<Transmission> resume() {
        if (config.ledger == null) {
            throw new IllegalStateException("resume needs a ledger (AceClient.Builder.ledger)");
        }
        List<Transmission> out = new ArrayList<>();
        for (LedgerRecord rec : config.ledger.unfinished()) {
            out.add(rec.state() == LedgerState.SENT ? Ledgers.recorded(rec, null, null, null)
                    : sendRecorded(rec, null, null, null));
        }
        return out;
    }

    private Transmission send(String text, String key, String app, org.acesdk.model.code.EntryNumber entry,
            ValidationReport report, DutyAssessment assessment) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Idempotency-Key", key);
        RetryCore.Result r = core.execute("submit", "POST", ENTRY_PATH, text.getBytes(StandardCharsets.US_ASCII),
                "text/plain; charset=US-ASCII", headers, key);
        JsonNode n = json.parse(r.response.body());
        String batchId = GatewayJson.text(n, "batchId");
        if (batchId == null || batchId.isBlank()) {
            throw new AceServiceException("the gateway accepted the batch but returned no batch id",
                    RetryCore.requestId(r.response, n), r.response.status(), "malformed_response", false);
        }
        Instant received = parseInstant(GatewayJson.text(n, "receivedAt"));
        return new Transmission(batchId, key, entry, app, received, BatchState.of(GatewayJson.text(n, "status")),
                r.response.status() == 200, r.attempts, report, assessment);
    }

    // ---------------------------------------------------------------- reading answers

    /**
     * The batch's state and CBP's responses so far.
     *
     * @param batchId the batch id
     * @return the status
     */
    public BatchStatus status(String batchId) {
        Objects.requireNonNull(batchId, "batchId");
        String path = ENTRY_PATH + "/" + URLEncoder.encode(batchId, StandardCharsets.UTF_8);
        RetryCore.Result r;
        try {
            r = core.execute("status", "GET", path, null, null, Map.of(), null);
        } catch (AceException e) {
            throw e.batch(keyOf(batchId), batchId);
        }
        JsonNode n = json.parse(r.response.body());
        List<CbpResponse> responses = new ArrayList<>();
        for (JsonNode m : n.path("responses")) {
            responses.addAll(decode(GatewayJson.text(m, "body"), r.response, n));
        }
        BatchStatus status = new BatchStatus(batchId, BatchState.of(GatewayJson.text(n, "status")), responses);
        if (config.ledger != null) {
            record(batchId, n, status);
        }
        return status;
    }

    /** The idempotency key the ledger knows a batch by, or {@code null}. */
    private String keyOf(String batchId) {
        return config.ledger == null ? null : config.ledger.findByBatch(batchId).map(LedgerRecord::idempotencyKey)
                .orElse(null);
    }

    /** Records the batch's answers in the ledger, each once, and its final state. */
    private void record(String batchId, JsonNode n, BatchStatus status) {
        java.util.Optional<LedgerRecord> rec = config.ledger.findByBatch(batchId);
        if (rec.isEmpty()) {
            return;
        }
        String key = rec.get().idempotencyKey();
        Instant now = config.clock.instant();
        if (rec.get().state() == LedgerState.ANSWERED && config.ledger.answers(key).size() >= n.path("responses")
                .size()) {
            return; // polled again after the answer: everything is on record
        }
        int i = 0;
        for (JsonNode m : n.path("responses")) {
            String id = GatewayJson.text(m, "messageId");
            String body = GatewayJson.text(m, "body");
            config.ledger.recordAnswer(key, new LedgerAnswer(id == null ? batchId + "#" + i : id,
                    GatewayJson.text(m, "applicationId"), body == null ? "" : body, now));
            i++;
        }
        if (status.state().isFinal() && rec.get().state() != LedgerState.ANSWERED) {
            config.ledger.markAnswered(key, status.state().name(), now);
        }
    }

    /** CBP's decoded responses to the batch so far. */
    public List<CbpResponse> responses(String batchId) {
        return status(batchId).responses();
    }

    /**
     * Polls the batch, backing off from 250 ms to at most 5 s, until CBP has answered (processed or rejected).
     *
     * @param batchId the batch id
     * @param timeout how long to wait in all
     * @return the final status
     * @throws AceTimeoutException if CBP has not answered in time
     */
    public BatchStatus awaitResponse(String batchId, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("timeout must be 0 to 1 day");
        }
        long deadline = config.clock.millis() + timeout.toMillis();
        Duration wait = Duration.ofMillis(250);
        while (true) {
            BatchStatus s = status(batchId);
            if (s.state().isFinal()) {
                return s;
            }
            long left = deadline - config.clock.millis();
            if (left <= 0) {
                throw new AceTimeoutException("no answer to batch " + batchId + " within " + timeout, null)
                        .batch(keyOf(batchId), batchId);
            }
            core.sleep(Duration.ofMillis(Math.min(wait.toMillis(), left)));
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                    : wait.multipliedBy(2);
        }
    }

    /**
     * The mailbox from a cursor on, fetched lazily page by page ({@code limit} per page) as the iterator advances.
     *
     * @param afterCursor the cursor to start after, or {@code null} for the beginning
     * @return the messages
     */
    public Iterator<MailboxMessage> messages(String afterCursor) {
        return new MailboxIterator(afterCursor, config.pageSize);
    }

    /** The mailbox as a lazy stream; see {@link #messages(String)}. */
    public Stream<MailboxMessage> messageStream(String afterCursor) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(messages(afterCursor),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class MailboxIterator implements Iterator<MailboxMessage> {
        private String cursor;
        private final int limit;
        private final List<MailboxMessage> page = new ArrayList<>();
        private int index;
        private boolean exhausted;

        MailboxIterator(String cursor, int limit) {
            this.cursor = cursor;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            while (index >= page.size() && !exhausted) {
                fetch();
            }
            return index < page.size();
        }

        @Override
        public MailboxMessage next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the mailbox has no more messages");
            }
            return page.get(index++);
        }

        private void fetch() {
            String path = "/v1/messages?limit=" + limit + (cursor == null ? ""
                    : "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            RetryCore.Result r = core.execute("messages", "GET", path, null, null, Map.of(), null);
            JsonNode n = json.parse(r.response.body());
            page.clear();
            index = 0;
            for (JsonNode m : n.path("messages")) {
                String body = GatewayJson.text(m, "body");
                page.add(new MailboxMessage(GatewayJson.text(m, "messageId"), GatewayJson.text(m, "batchId"),
                        GatewayJson.text(m, "applicationId"), parseInstant(GatewayJson.text(m, "createdAt")),
                        decode(body, r.response, n), body == null ? "" : body));
            }
            String next = GatewayJson.text(n, "nextCursor");
            if (page.isEmpty() || next == null || next.isBlank() || next.equals(cursor)) {
                exhausted = true;
            }
            cursor = next;
        }
    }

    private List<CbpResponse> decode(String body, TransportResponse r, JsonNode n) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        try {
            if (org.acesdk.client.catair.AesCodec.isAes(body)) {
                return org.acesdk.client.catair.AesCodec.cbpResponses(body);
            }
            return ResponseDecoder.decode(body);
        } catch (CatairException e) {
            throw new AceServiceException("a CBP response could not be decoded: " + e.getMessage(),
                    RetryCore.requestId(r, n), r.status(), "response_undecodable", false);
        }
    }

    private static Instant parseInstant(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private AceEvent event(String operation, String method, String path, String key, int attempt, int status,
            Duration duration, Duration delay, String rid, String code) {
        return RetryCore.event(operation, method, path, key, attempt, status, duration, delay, rid, code, Map.of());
    }

    private void listen(java.util.function.Consumer<AceEventListener> call) {
        core.listen(call);
    }

    private Executor executor() {
        if (config.executor != null) {
            return config.executor;
        }
        ExecutorService e = ownExecutor;
        if (e == null) {
            synchronized (this) {
                e = ownExecutor;
                if (e == null) {
                    AtomicInteger n = new AtomicInteger();
                    e = Executors.newCachedThreadPool(r -> {
                        Thread t = new Thread(r, "ace-client-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                    ownExecutor = e;
                }
            }
        }
        return e;
    }

    /** Releases the client's own threads and, when the client created it, its transport. */
    @Override
    public void close() {
        ExecutorService e = ownExecutor;
        if (e != null) {
            e.shutdown();
        }
        if (ownsTransport) {
            transport.close();
        }
    }

    /** The gateway, filer and timeouts; never credentials. */
    @Override
    public String toString() {
        return "AceClient[" + (config.transport != null ? config.transport : Redaction.url(config.baseUrl)) + ", filer="
                + config.filerCode + ", attemptTimeout=" + config.attemptTimeout + ", totalTimeout="
                + config.totalTimeout + ", " + config.retry + "]";
    }

    /** Builds an {@link AceClient}; {@link #build()} validates every value. Not thread-safe. */
    public static final class Builder {
        String baseUrl;
        AccessTokenProvider tokens;
        FilerCode filerCode;
        String siteCode;
        String password = "";
        Duration attemptTimeout = Duration.ofSeconds(30);
        Duration totalTimeout = Duration.ofMinutes(2);
        RetryPolicy retry = RetryPolicy.defaults();
        OkHttpClient okHttpClient;
        Transport transport;
        Clock clock = Clock.systemUTC();
        Sleeper sleeper = Sleeper.system();
        AceEventListener listener = AceEventListener.none();
        AceValidator validator = AceValidator.standard();
        RuleContext context = RuleContext.defaults();
        DutyCalculator calculator;
        long maxResponseBytes = 8L << 20;
        int pageSize = 100;
        Supplier<String> keys = () -> UUID.randomUUID().toString();
        Executor executor;
        FilingLedger ledger;
        boolean allowInsecureHttp;
        boolean ownTransport;
        AesEnvelope aesEnvelope;
        AesCodec aesCodec = AesCodec.standard();

        private Builder() {
        }

        Builder copy() {
            Builder b = new Builder();
            b.baseUrl = baseUrl;
            b.tokens = tokens;
            b.filerCode = filerCode;
            b.siteCode = siteCode;
            b.password = password;
            b.attemptTimeout = attemptTimeout;
            b.totalTimeout = totalTimeout;
            b.retry = retry;
            b.okHttpClient = okHttpClient;
            b.transport = transport;
            b.clock = clock;
            b.sleeper = sleeper;
            b.listener = listener;
            b.validator = validator;
            b.context = context;
            b.calculator = calculator;
            b.maxResponseBytes = maxResponseBytes;
            b.pageSize = pageSize;
            b.keys = keys;
            b.executor = executor;
            b.ledger = ledger;
            b.allowInsecureHttp = allowInsecureHttp;
            b.ownTransport = ownTransport;
            b.aesEnvelope = aesEnvelope;
            b.aesCodec = aesCodec;
            return b;
        }

        /** The gateway's base URL: {@code https://...}, or {@code http://} only for a loopback host. */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        /** The bearer token source (refreshed once on a 401). */
        public Builder credentials(AccessTokenProvider provider) {
            this.tokens = provider;
            return this;
        }

        /** The filer code written in the envelope and blocks. */
        public Builder filerCode(String code) {
            this.filerCode = code == null ? null : FilerCode.parse(code);
            return this;
        }

        /** The sender's 4-character site code for the A record. */
        public Builder siteCode(String code) {
            this.siteCode = code;
            return this;
        }

        /** The ABI communication password for the A record (kept out of toString, logs and events). */
        public Builder password(String password) {
            this.password = password == null ? "" : password;
            return this;
        }

        /** The limit for one attempt (default 30 s); never longer than what is left of the total. */
        public Builder attemptTimeout(Duration d) {
            this.attemptTimeout = d;
            return this;
        }

        /** The limit for the whole call, retries and backoff included (default 2 min); takes precedence. */
        public Builder totalTimeout(Duration d) {
            this.totalTimeout = d;
            return this;
        }

        /** The retry policy (default: 3 attempts, 200 ms doubling to 10 s, jittered). */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retry = policy;
            return this;
        }

        /** The OkHttp client whose connection pool and dispatcher to share. */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = client;
            return this;
        }

        /** A transport replacing HTTPS (MQ, SFTP, a folder); the client does not close it. */
        public Builder transport(Transport t) {
            this.transport = t;
            return this;
        }

        /** The clock for deadlines and dates (default: system UTC). */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** What waits between attempts and polls (default: {@link Thread#sleep}). */
        public Builder sleeper(Sleeper s) {
            this.sleeper = s;
            return this;
        }

        /** The event listener (default: none). */
        public Builder eventListener(AceEventListener l) {
            this.listener = l;
            return this;
        }

        /** The validator run before sending (default: {@link AceValidator#standard()}). */
        public Builder validator(AceValidator v) {
            this.validator = v;
            return this;
        }

        /** The rule context: tariff schedule, fee tables, clock for rules (default: {@link RuleContext#defaults()}). */
        public Builder ruleContext(RuleContext c) {
            this.context = c;
            return this;
        }

        /** The largest response body accepted (default 8 MiB). */
        public Builder maxResponseBytes(long n) {
            this.maxResponseBytes = n;
            return this;
        }

        /** Messages per mailbox page, 1-500 (default 100). */
        public Builder pageSize(int n) {
            this.pageSize = n;
            return this;
        }

        /** The idempotency key generator (default: random UUIDs). */
        public Builder idempotencyKeys(Supplier<String> generator) {
            this.keys = generator;
            return this;
        }

        /**
         * The filing ledger (default none): every submission is recorded before its first send, the same filing is
         * never sent twice, answers are recorded once, and {@link AceClient#resume()} picks up after a crash.
         */
        public Builder ledger(FilingLedger l) {
            this.ledger = l;
            return this;
        }

        /** The filer's AES envelope (filer id and type, AES password, transmitter), needed to file exports. */
        public Builder aesEnvelope(AesEnvelope envelope) {
            this.aesEnvelope = envelope;
            return this;
        }

        /**
         * The AES codec exports are encoded with: {@link AesCodec#standard()} by default, which refuses the records laid
         * out from samples only; give one built with {@code inferredLayouts(true)} to file.
         */
        public Builder aesCodec(AesCodec codec) {
            this.aesCodec = Objects.requireNonNull(codec, "aesCodec");
            return this;
        }

        /**
         * Allows plain {@code http://} to a host named otherwise than by a loopback literal ({@code 127.0.0.1},
         * {@code ::1}, {@code localhost}), e.g. a fake gateway's service name on a private test network. Never for a
         * real gateway: credentials and filings would cross the network unencrypted.
         */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        /** Whether the client's {@code close()} closes the {@link #transport(Transport) transport} given (default no). */
        public Builder ownTransport(boolean own) {
            this.ownTransport = own;
            return this;
        }

        /** The executor for async submissions (default: the client's own daemon threads). */
        public Builder executor(Executor e) {
            this.executor = e;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the setting that is missing or invalid
         */
        public AceClient build() {
            if (transport == null) {
                if (baseUrl == null) {
                    throw new IllegalArgumentException("baseUrl is required (or a transport)");
                }
                URI u;
                try {
                    u = URI.create(baseUrl);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("baseUrl is not a valid URL");
                }
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (!scheme.equals("https") && !(scheme.equals("http") && (isLoopback(u.getHost())
                        || allowInsecureHttp))) {
                    throw new IllegalArgumentException("baseUrl must use https (plain http only for a loopback host, "
                            + "or any host after allowInsecureHttp())");
                }
            }
            if (tokens == null) {
                throw new IllegalArgumentException("credentials are required");
            }
            if (filerCode == null) {
                throw new IllegalArgumentException("filerCode is required");
            }
            if (siteCode == null || siteCode.length() != 4) {
                throw new IllegalArgumentException("siteCode is required: 4 characters");
            }
            if (password.length() > 6) {
                throw new IllegalArgumentException("password must be at most 6 characters");
            }
            positive("attemptTimeout", attemptTimeout);
            positive("totalTimeout", totalTimeout);
            Objects.requireNonNull(retry, "retryPolicy");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(sleeper, "sleeper");
            Objects.requireNonNull(listener, "eventListener");
            Objects.requireNonNull(validator, "validator");
            Objects.requireNonNull(context, "ruleContext");
            Objects.requireNonNull(keys, "idempotencyKeys");
            if (maxResponseBytes < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
            }
            if (pageSize < 1 || pageSize > 500) {
                throw new IllegalArgumentException("pageSize must be 1-500");
            }
            Builder frozen = copy();
            if (frozen.calculator == null) {
                frozen.calculator = DutyCalculator.create(context);
            }
            if (transport != null) {
                return new AceClient(frozen, transport, ownTransport);
            }
            return new AceClient(frozen, OkHttpTransport.create(baseUrl, okHttpClient), true);
        }

        private static void positive(String name, Duration d) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
        }

        static boolean isLoopback(String host) {
            if (host == null) {
                return false;
            }
            String h = host.toLowerCase(java.util.Locale.ROOT);
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("::1")
                    || h.equals("0:0:0:0:0:0:0:1");
        }

        @Override
        public String toString() {
            return "AceClient.Builder[" + Redaction.url(baseUrl) + ", filer=" + filerCode + "]";
        }
    }
}
