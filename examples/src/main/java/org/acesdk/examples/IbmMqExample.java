package org.acesdk.examples;

import com.ibm.mq.jakarta.jms.MQConnectionFactory;
import com.ibm.msg.client.jakarta.wmq.WMQConstants;
import jakarta.jms.JMSException;
import org.acesdk.client.AccessTokenProvider;
import org.acesdk.client.AceClient;
import org.acesdk.client.transport.JmsTransport;

/**
 * Reaching CBP over IBM MQ: the settings a filer gets from CBP or its service center, put into IBM MQ's Jakarta
 * client, and the SDK's client on top. Everything else (retries, idempotency, the ledger, typed answers) is as over
 * HTTPS.
 */
public final class IbmMqExample {
    private IbmMqExample() {
    }

    /**
     * What a filer is given to connect.
     *
     * @param host the queue manager's host (a VPN or service-center address)
     * @param port its listener port (often 1414)
     * @param queueManager the queue manager's name
     * @param channel the server-connection channel
     * @param cipherSuite the channel's TLS cipher suite (key and trust stores through {@code javax.net.ssl.*})
     * @param user the user the channel authenticates
     * @param password its password (never printed)
     * @param requestQueue the queue to put batches on
     * @param responseQueue the queue CBP's answers arrive on
     */
    public record Settings(String host, int port, String queueManager, String channel, String cipherSuite,
            String user, String password, String requestQueue, String responseQueue) {
        /** Everything but the password. */
        @Override
        public String toString() {
            return "Settings[" + host + ":" + port + ", " + queueManager + ", " + channel + ", " + requestQueue
                    + " -> " + responseQueue + "]";
        }
    }

    /**
     * IBM MQ's connection factory, in client mode, with the filer's settings.
     *
     * @param s the settings
     * @return the factory
     * @throws JMSException if IBM MQ's client refuses a setting
     */
    public static MQConnectionFactory connectionFactory(Settings s) throws JMSException {
        MQConnectionFactory f = new MQConnectionFactory();
        f.setTransportType(WMQConstants.WMQ_CM_CLIENT);
        f.setHostName(s.host());
        f.setPort(s.port());
        f.setQueueManager(s.queueManager());
        f.setChannel(s.channel());
        if (s.cipherSuite() != null) {
            f.setSSLCipherSuite(s.cipherSuite());
        }
        return f;
    }

    /**
     * A client that files over IBM MQ; close it when done (it closes the MQ connection).
     *
     * @param s the settings
     * @param filerCode the filer code
     * @param siteCode the site code
     * @return the client
     * @throws JMSException if IBM MQ's client refuses a setting
     * @throws IllegalStateException if the queue manager cannot be reached
     */
    public static AceClient client(Settings s, String filerCode, String siteCode) throws JMSException {
        JmsTransport transport = JmsTransport.builder().connectionFactory(connectionFactory(s))
                .credentials(s.user(), s.password()).requestQueue(s.requestQueue()).responseQueue(s.responseQueue())
                .build();
        // over MQ the channel authenticates; the bearer token is the HTTPS protocol's and is not sent
        return AceClient.builder().transport(transport).ownTransport(true).filerCode(filerCode).siteCode(siteCode)
                .credentials(AccessTokenProvider.of("unused-over-mq")).build();
    }
}
