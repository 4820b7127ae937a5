package org.acesdk.client.transport;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The gateway protocol over Jakarta Messaging (JMS 3.1): what CBP's filers use, IBM MQ through a VPN or a service
 * center. Each attempt puts one persistent message on the request queue in a transacted session (a CATAIR batch for a
 * submission, with its idempotency key) and reads the one answer on the response queue whose correlation id is the
 * request's message id and whose batch control (the A record's site, sender and date) matches; the answer carries the
 * status, headers and JSON body the HTTPS protocol would. The client's retries, idempotency and timeouts apply
 * unchanged; credentials stay with the connection (the queue manager's channel authentication and TLS), never in a
 * message. Thread-safe: one connection, a session per attempt.
 *
 * <p>Message layout. Request: a text message, body the request body; string properties {@value #METHOD},
 * {@value #PATH}, {@value #IDEMPOTENCY_KEY}, {@value #CONTENT_TYPE}, {@value #BATCH_CONTROL}; reply-to the response
 * queue. Answer: a text message, correlation id the request's message id; int property {@value #STATUS}, string
 * properties {@value #REQUEST_ID}, {@value #RETRY_AFTER}, {@value #CONTENT_TYPE}, {@value #BATCH_CONTROL}.
 */
public final class JmsTransport implements Transport {
    /** Request property: {@code GET} or {@code POST}. */
    public static final String METHOD = "AceMethod";
    /** Request property: the path and query, as over HTTPS. */
    public static final String PATH = "AcePath";
    /** Request property: the submission's idempotency key. */
    public static final String IDEMPOTENCY_KEY = "AceIdempotencyKey";
    /** Request and answer property: the body's media type. */
    public static final String CONTENT_TYPE = "AceContentType";
    /** Request and answer property: the batch's control (A record columns 2-8 and 15-20), echoed by the answer. */
    public static final String BATCH_CONTROL = "AceBatchControl";
    /** Answer property: the status, as the HTTPS protocol's. */
    public static final String STATUS = "AceStatus";
    /** Answer property: the gateway's request id. */
    public static final String REQUEST_ID = "AceRequestId";
    /** Answer property: seconds to wait before retrying (with status 429 or 503). */
    public static final String RETRY_AFTER = "AceRetryAfter";

    private final Builder config;
    private final Connection connection;

    private JmsTransport(Builder b, Connection connection) {
        this.config = b;
        this.connection = connection;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The batch control of a CATAIR batch: its A record's site and sender (columns 2-8) and date (15-20); of an AES
     * batch, its filer id (6-14) and batch control number (32-37), never the password.
     */
    public static String batchControl(byte[] body) {
        int end = 0;
        while (end < body.length && end < 80 && body[end] != '\r' && body[end] != '\n') {
            end++;
        }
        if (end < 20 || body[0] != 'A') {
            return null;
        }
        String a = new String(body, 0, end, StandardCharsets.US_ASCII);
        if (org.acesdk.client.catair.AesCodec.isAes(a)) {
            // an AES A record holds the password in columns 15-20: use the filer id and batch control instead
            String padded = String.format("%-80s", a);
            return padded.substring(5, 14) + padded.substring(31, 37);
        }
        return a.substring(1, 8) + a.substring(14, 20);
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        String control = request.method().equals("POST") ? batchControl(request.body()) : null;
        String messageId;
        Session session;
        try {
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
        } catch (JMSException | RuntimeException e) {
            throw before("no session on the queue manager", e);
        }
        try {
            Queue requests = session.createQueue(config.requestQueue);
            Queue answers = session.createQueue(config.responseQueue);
            TextMessage m;
            try (MessageProducer producer = session.createProducer(requests)) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                m = session.createTextMessage(new String(request.body(), StandardCharsets.UTF_8));
                m.setStringProperty(METHOD, request.method());
                m.setStringProperty(PATH, request.path());
                String key = header(request, "Idempotency-Key");
                if (key != null) {
                    m.setStringProperty(IDEMPOTENCY_KEY, key);
                }
                if (request.contentType() != null) {
                    m.setStringProperty(CONTENT_TYPE, request.contentType());
                }
                if (control != null) {
                    m.setStringProperty(BATCH_CONTROL, control);
                }
                m.setJMSReplyTo(answers);
                producer.send(m);
            } catch (JMSException | RuntimeException e) {
                rollback(session);
                throw before("the request could not be put on " + config.requestQueue, e);
            }
            try {
                session.commit();
            } catch (JMSException | RuntimeException e) {
                // the commit's fate is unknown to us: the filing may have arrived
                throw new IOException("the request's commit on " + config.requestQueue + " failed: "
                        + e.getClass().getSimpleName(), e);
            }
            messageId = m.getJMSMessageID();
            return await(session, answers, messageId, control, request);
        } catch (JMSException e) {
            throw new IOException("the queue manager failed: " + e.getClass().getSimpleName(), e);
        } finally {
            try {
                session.close();
            } catch (JMSException e) {
                // the session is gone either way
            }
        }
    }

    private TransportResponse await(Session session, Queue answers, String messageId, String control,
            TransportRequest request) throws JMSException, IOException {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        try (MessageConsumer consumer = session.createConsumer(answers, "JMSCorrelationID = '"
                + messageId.replace("'", "''") + "'")) {
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                Message reply = left > 0 ? consumer.receive(left) : null;
                session.commit();
                if (reply == null) {
                    throw new SocketTimeoutException("no answer on " + config.responseQueue + " within "
                            + request.timeout());
                }
                String echoed = reply.getStringProperty(BATCH_CONTROL);
                if (control != null && echoed != null && !control.equals(echoed)) {
                    // a stale or foreign answer under this id: not ours
                    continue;
                }
                return response(reply, request.maxResponseBytes());
            }
        }
    }

    private static TransportResponse response(Message reply, long maxBytes) throws JMSException, IOException {
        if (!(reply instanceof TextMessage)) {
            throw new IOException("the answer is not a text message");
        }
        if (!reply.propertyExists(STATUS)) {
            throw new IOException("the answer carries no " + STATUS);
        }
        int status = reply.getIntProperty(STATUS);
        String text = ((TextMessage) reply).getText();
        byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (body.length > maxBytes) {
            throw new ResponseTooLargeException(maxBytes);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        copy(reply, REQUEST_ID, "X-Request-Id", headers);
        copy(reply, RETRY_AFTER, "Retry-After", headers);
        copy(reply, CONTENT_TYPE, "Content-Type", headers);
        return new TransportResponse(status, headers, body);
    }

    private static void copy(Message m, String property, String header, Map<String, String> into)
            throws JMSException {
        String v = m.getStringProperty(property);
        if (v != null) {
            into.put(header, v);
        }
    }

    private static String header(TransportRequest r, String name) {
        for (Map.Entry<String, String> e : r.headers().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void rollback(Session s) {
        try {
            s.rollback();
        } catch (JMSException e) {
            // nothing was committed
        }
    }

    /** A failure before the request was committed: it cannot have arrived. */
    private static IOException before(String what, Exception e) {
        ConnectException c = new ConnectException(what + ": " + e.getClass().getSimpleName());
        c.initCause(e);
        return c;
    }

    /** Closes the connection. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException e) {
            // closing: nothing to do
        }
    }

    @Override
    public String toString() {
        return "JmsTransport[" + config.requestQueue + " -> " + config.responseQueue + "]";
    }

    /** Builds a {@link JmsTransport}; {@link #build()} connects. */
    public static final class Builder {
        private ConnectionFactory factory;
        private String user;
        private String password;
        private String requestQueue = "ACE.REQUEST";
        private String responseQueue = "ACE.RESPONSE";

        private Builder() {
        }

        /** The provider's connection factory (IBM MQ's {@code MQConnectionFactory}, Artemis's, ...). */
        public Builder connectionFactory(ConnectionFactory f) {
            this.factory = f;
            return this;
        }

        /** The user and password the queue manager authenticates (optional; never printed). */
        public Builder credentials(String u, String p) {
            this.user = u;
            this.password = p;
            return this;
        }

        /** The queue requests are put on (default {@code ACE.REQUEST}). */
        public Builder requestQueue(String name) {
            this.requestQueue = name;
            return this;
        }

        /** The queue answers are read from (default {@code ACE.RESPONSE}). */
        public Builder responseQueue(String name) {
            this.responseQueue = name;
            return this;
        }

        /**
         * Connects and starts the connection.
         *
         * @return the transport
         * @throws IllegalArgumentException naming what is missing
         * @throws IllegalStateException if the queue manager cannot be reached
         */
        public JmsTransport build() {
            Objects.requireNonNull(factory, "connectionFactory");
            if (requestQueue == null || requestQueue.isBlank() || responseQueue == null || responseQueue.isBlank()) {
                throw new IllegalArgumentException("requestQueue and responseQueue are required");
            }
            Builder frozen = new Builder();
            frozen.requestQueue = requestQueue;
            frozen.responseQueue = responseQueue;
            try {
                Connection c = user == null ? factory.createConnection() : factory.createConnection(user, password);
                c.start();
                return new JmsTransport(frozen, c);
            } catch (JMSException | RuntimeException e) {
                throw new IllegalStateException("the queue manager cannot be reached: " + e.getClass().getSimpleName(),
                        e);
            }
        }
    }
}
