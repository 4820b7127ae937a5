package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import org.acesdk.client.AceClient;
import org.acesdk.client.AceConnectionException;
import org.acesdk.client.AceException;
import org.acesdk.client.RetryPolicy;
import org.acesdk.client.Transmission;
import org.acesdk.client.transport.JmsTransport;
import org.acesdk.client.transport.TransportRequest;
import org.junit.jupiter.api.Test;

/**
 * The contract over MQ: the client through a {@link JmsTransport} to the fake's embedded Artemis broker on loopback,
 * and what only MQ has: persistent requests, correlation by message id and batch control, a broker that is gone.
 */
class MqGatewayTest extends GatewayContract {
    @Override
    protected FakeAceGateway.Builder configure(FakeAceGateway.Builder b) {
        return b.mq(true);
    }

    @Override
    protected AceClient.Builder clientBuilder(FakeAceGateway g) {
        // a lost MQ answer is noticed by waiting: a second, not the default half minute
        return g.mqClientBuilder().attemptTimeout(Duration.ofSeconds(1));
    }

    @Test
    void requestsArePersistentAndCarryTheBatchControlAndKeyButNoCredentials() throws Exception {
        // read what the client puts, with the fake's consumers out of the way: a broker of our own queue names
        try (JmsTransport t = JmsTransport.builder().connectionFactory(gateway.mqConnectionFactory())
                .requestQueue("PEEK.REQUEST").responseQueue("PEEK.RESPONSE").build();
                Connection c = gateway.mqConnectionFactory().createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer peek = s.createConsumer(s.createQueue("PEEK.REQUEST"));
            String batch = "A2704B76      112026     AE                                                     \r\nZ\r\n";
            java.util.Map<String, String> headers = java.util.Map.of("Authorization", "Bearer secret-token",
                    "Idempotency-Key", "key-1");
            Thread sender = new Thread(() -> {
                try {
                    t.send(new TransportRequest("POST", "/v1/batches", headers,
                            batch.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "text/plain",
                            Duration.ofMillis(300), 1 << 20));
                } catch (java.io.IOException expected) {
                    // nobody answers PEEK.RESPONSE
                }
            });
            sender.start();
            Message m = peek.receive(5000);
            sender.join();
            assertTrue(m instanceof TextMessage);
            assertEquals(DeliveryMode.PERSISTENT, m.getJMSDeliveryMode());
            assertEquals("key-1", m.getStringProperty(JmsTransport.IDEMPOTENCY_KEY));
            assertEquals("POST", m.getStringProperty(JmsTransport.METHOD));
            assertEquals("2704B76112026", m.getStringProperty(JmsTransport.BATCH_CONTROL));
            assertEquals(batch, ((TextMessage) m).getText());
            java.util.Enumeration<?> names = m.getPropertyNames();
            while (names.hasMoreElements()) {
                String n = (String) names.nextElement();
                assertFalse(String.valueOf(m.getObjectProperty(n)).contains("secret-token"), n);
            }
        }
    }

    @Test
    void answersAreMatchedByCorrelationIdAndBatchControl() throws Exception {
        try (JmsTransport t = JmsTransport.builder().connectionFactory(gateway.mqConnectionFactory())
                .requestQueue("PEEK.REQUEST").responseQueue("PEEK.RESPONSE").build();
                Connection c = gateway.mqConnectionFactory().createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer peek = s.createConsumer(s.createQueue("PEEK.REQUEST"));
            String batch = "A2704B76      112026     AE                                                     \r\nZ\r\n";
            java.util.concurrent.CompletableFuture<org.acesdk.client.transport.TransportResponse> answer =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return t.send(new TransportRequest("POST", "/v1/batches", java.util.Map.of(
                                    "Idempotency-Key", "key-2"), batch.getBytes(
                                    java.nio.charset.StandardCharsets.US_ASCII), "text/plain", Duration.ofSeconds(10),
                                    1 << 20));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            Message m = peek.receive(5000);
            jakarta.jms.MessageProducer p = s.createProducer(m.getJMSReplyTo());
            // first an answer to someone else's message, then one naming another batch, then the right one
            p.send(reply(s, "ID:someone-else", "2704B76112026", 500));
            p.send(reply(s, m.getJMSMessageID(), "2704XYZ112026", 500));
            p.send(reply(s, m.getJMSMessageID(), "2704B76112026", 202));
            org.acesdk.client.transport.TransportResponse r = answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(202, r.status());
            assertEquals("req-1", r.header("X-Request-Id").orElseThrow());
            assertEquals("{\"batchId\":\"B1\"}", r.bodyText());
        }
    }

    private static TextMessage reply(Session s, String correlation, String control, int status) throws Exception {
        TextMessage r = s.createTextMessage(status == 202 ? "{\"batchId\":\"B1\"}" : "{}");
        r.setJMSCorrelationID(correlation);
        r.setStringProperty(JmsTransport.BATCH_CONTROL, control);
        r.setIntProperty(JmsTransport.STATUS, status);
        r.setStringProperty(JmsTransport.REQUEST_ID, "req-1");
        return r;
    }

    @Test
    void aLostAnswerIsATimeoutAfterWhichTheSameKeyFindsTheFiling() {
        org.acesdk.client.SubmitOptions key = org.acesdk.client.SubmitOptions.builder().idempotencyKey("lost-1")
                .build();
        try (AceClient c = gateway.mqClientBuilder().attemptTimeout(Duration.ofMillis(400))
                .retryPolicy(RetryPolicy.none()).build()) {
            gateway.injectNext(Route.SUBMIT, Fault.dropAfterProcessing());
            AceConnectionException e = assertThrows(AceConnectionException.class, () -> c.submit(entry(7001), key));
            assertEquals("timeout", e.errorCode());
            assertTrue(e.filingMayHaveArrived(), e.getMessage());
            assertEquals("lost-1", e.idempotencyKey());
        }
        assertEquals(1, gateway.journal().filings().size(), "filed; the answer was lost");
        Transmission again = client.submit(entry(7001), key);
        assertTrue(again.replayed(), "the same key finds the filing");
        assertEquals(1, gateway.journal().filings().size());
    }

    @Test
    void aBrokerThatIsGoneIsAFailureBeforeSending() {
        AceClient.Builder b = gateway.mqClientBuilder().retryPolicy(RetryPolicy.none());
        gateway.close();
        try (AceClient c = b.build()) {
            AceException e = assertThrows(AceException.class, () -> c.submit(entry(7002)));
            assertFalse(e.filingMayHaveArrived(), "nothing was committed: " + e.getMessage());
        }
        // a fresh gateway for stop()
        gateway = configure(FakeAceGateway.builder().clock(clock)).start();
    }
}
