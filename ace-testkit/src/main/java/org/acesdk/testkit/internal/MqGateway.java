package org.acesdk.testkit.internal;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.acesdk.client.transport.JmsTransport;

/**
 * The fake gateway over MQ: an embedded ActiveMQ Artemis broker on loopback (persistent, journal in a temporary
 * folder) and consumers on its request queue that hand each message to the same engine as HTTPS and put the answer
 * on the message's reply-to queue, as {@link JmsTransport} lays them out. The broker authenticates nobody (a test
 * broker on loopback); the bridge presents the fake's token to the engine, as a queue manager's channel would vouch
 * for its client. Faults apply as over HTTPS: a dropped or truncated answer is never put (an MQ answer arrives whole
 * or not at all), latency and slow bodies delay it. Artemis has split packages and no module descriptors, so it stays
 * on the class path and is started through reflection (from the testkit's named module as from the class path).
 */
public final class MqGateway implements AutoCloseable {
    /** The request queue. */
    public static final String REQUESTS = "ACE.REQUEST";
    /** The response queue. */
    public static final String RESPONSES = "ACE.RESPONSE";
    private static final int CONSUMERS = 4;

    private final Object broker;
    private final Path journal;
    private final String url;
    private final Connection connection;
    private final List<Session> sessions = new ArrayList<>();
    private final Function<HttpServerCore.Request, HttpServerCore.Response> handler;
    private final String token;

    /**
     * Starts the broker and the consumers.
     *
     * @param handler the engine
     * @param token the token presented to the engine
     * @return the gateway
     */
    public static MqGateway start(Function<HttpServerCore.Request, HttpServerCore.Response> handler, String token) {
        try {
            return new MqGateway(handler, token);
        } catch (Exception e) {
            throw new IllegalStateException("the fake's MQ broker could not start: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    private MqGateway(Function<HttpServerCore.Request, HttpServerCore.Response> handler, String token)
            throws Exception {
        this.handler = handler;
        this.token = token;
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        this.url = "tcp://127.0.0.1:" + port;
        this.journal = Files.createTempDirectory("ace-fake-mq");
        Object cfg = Class.forName("org.apache.activemq.artemis.core.config.impl.ConfigurationImpl")
                .getConstructor().newInstance();
        invoke(cfg, "setName", "ace-fake");
        invoke(cfg, "setPersistenceEnabled", true);
        invoke(cfg, "setSecurityEnabled", false);
        invoke(cfg, "setJMXManagementEnabled", false);
        invoke(cfg, "setJournalType", journalType("NIO"));
        invoke(cfg, "setJournalDirectory", journal.resolve("journal").toString());
        invoke(cfg, "setBindingsDirectory", journal.resolve("bindings").toString());
        invoke(cfg, "setPagingDirectory", journal.resolve("paging").toString());
        invoke(cfg, "setLargeMessagesDirectory", journal.resolve("large").toString());
        invoke(cfg, "addAcceptorConfiguration", "loopback", url);
        this.broker = Class.forName("org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ")
                .getConstructor().newInstance();
        invoke(broker, "setConfiguration", cfg);
        invoke(broker, "start");
        this.connection = connectionFactory().createConnection();
        for (int i = 0; i < CONSUMERS; i++) {
            Session s = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer c = s.createConsumer(s.createQueue(REQUESTS));
            MessageProducer p = s.createProducer(null);
            p.setDeliveryMode(DeliveryMode.PERSISTENT);
            c.setMessageListener(m -> serve(s, p, m));
            sessions.add(s);
        }
        connection.start();
    }

    /** The broker's URL, e.g. {@code tcp://127.0.0.1:61616}. */
    public String url() {
        return url;
    }

    /** A connection factory for the broker. */
    public ConnectionFactory connectionFactory() {
        try {
            return (ConnectionFactory) Class.forName("org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory")
                    .getConstructor(String.class).newInstance(url);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Artemis's Jakarta client (artemis-jakarta-client) is not on the class path",
                    e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object journalType(String name) throws ClassNotFoundException {
        return Enum.valueOf((Class) Class.forName("org.apache.activemq.artemis.core.server.JournalType"), name);
    }

    /** Calls the public method of that name taking these arguments (primitives matched to their boxes). */
    private static Object invoke(Object target, String name, Object... args) throws Exception {
        for (java.lang.reflect.Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length) {
                continue;
            }
            Class<?>[] types = m.getParameterTypes();
            boolean fits = true;
            for (int i = 0; i < args.length && fits; i++) {
                Class<?> t = types[i].isPrimitive() ? box(types[i]) : types[i];
                fits = args[i] == null || t.isInstance(args[i]);
            }
            if (fits) {
                try {
                    return m.invoke(target, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    private static Class<?> box(Class<?> p) {
        return p == boolean.class ? Boolean.class : p == int.class ? Integer.class : p == long.class ? Long.class
                : Object.class;
    }

    private void serve(Session s, MessageProducer p, Message m) {
        try {
            Destination replyTo = m.getJMSReplyTo();
            String text = m instanceof TextMessage ? ((TextMessage) m).getText() : null;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + token);
            put(headers, "Idempotency-Key", m.getStringProperty(JmsTransport.IDEMPOTENCY_KEY));
            put(headers, "Content-Type", m.getStringProperty(JmsTransport.CONTENT_TYPE));
            String method = m.getStringProperty(JmsTransport.METHOD);
            String path = m.getStringProperty(JmsTransport.PATH);
            HttpServerCore.Response r = handler.apply(new HttpServerCore.Request(method == null ? "GET" : method,
                    path == null ? "/" : path, headers, text == null ? new byte[0]
                    : text.getBytes(StandardCharsets.UTF_8)));
            long delay = r.delayMillis() + r.spreadMillis();
            if (delay > 0) {
                Thread.sleep(delay);
            }
            boolean answer = replyTo != null && r.delivery() != HttpServerCore.Delivery.DROP
                    && r.delivery() != HttpServerCore.Delivery.TRUNCATE;
            if (answer) {
                TextMessage reply = s.createTextMessage(new String(r.body(), StandardCharsets.UTF_8));
                reply.setJMSCorrelationID(m.getJMSMessageID());
                reply.setIntProperty(JmsTransport.STATUS, r.status());
                String control = m.getStringProperty(JmsTransport.BATCH_CONTROL);
                if (control != null) {
                    reply.setStringProperty(JmsTransport.BATCH_CONTROL, control);
                }
                for (Map.Entry<String, String> h : r.headers().entrySet()) {
                    if (h.getKey().equalsIgnoreCase("X-Request-Id")) {
                        reply.setStringProperty(JmsTransport.REQUEST_ID, h.getValue());
                    } else if (h.getKey().equalsIgnoreCase("Retry-After")) {
                        reply.setStringProperty(JmsTransport.RETRY_AFTER, h.getValue());
                    } else if (h.getKey().equalsIgnoreCase("Content-Type")) {
                        reply.setStringProperty(JmsTransport.CONTENT_TYPE, h.getValue());
                    }
                }
                // an answer nobody reads (its asker gave up) expires instead of piling up
                p.send(replyTo, reply, DeliveryMode.PERSISTENT, Message.DEFAULT_PRIORITY, 10 * 60_000L);
            }
            s.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JMSException | RuntimeException e) {
            try {
                s.rollback();
            } catch (JMSException ignored) {
                // the broker is going away
            }
        }
    }

    private static void put(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    /** Stops the consumers and the broker, and deletes the journal. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException e) {
            // stopping anyway
        }
        try {
            invoke(broker, "stop");
        } catch (Exception e) {
            // stopping anyway
        }
        try (Stream<Path> files = Files.walk(journal)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }
}
