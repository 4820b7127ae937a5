package org.acesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.mq.jakarta.jms.MQConnectionFactory;
import com.ibm.msg.client.jakarta.wmq.WMQConstants;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** IBM MQ's Jakarta client takes the filer's settings, and a queue manager out of reach is a clear error. */
class IbmMqExampleTest {
    @Test
    void theSettingsReachIbmMqsFactoryAndAnUnreachableQueueManagerIsAClearError() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        IbmMqExample.Settings s = new IbmMqExample.Settings("127.0.0.1", port, "QM_ABI", "ABI.SVRCONN",
                "TLS_AES_256_GCM_SHA384", "filer", "pa55-word", "ABI.B76.REQUEST", "ABI.B76.RESPONSE");
        MQConnectionFactory f = IbmMqExample.connectionFactory(s);
        assertEquals(WMQConstants.WMQ_CM_CLIENT, f.getTransportType());
        assertEquals("127.0.0.1", f.getHostName());
        assertEquals(port, f.getPort());
        assertEquals("QM_ABI", f.getQueueManager());
        assertEquals("ABI.SVRCONN", f.getChannel());
        assertEquals("TLS_AES_256_GCM_SHA384", f.getSSLCipherSuite());
        assertFalse(s.toString().contains("pa55-word"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> IbmMqExample.client(s, "B76", "2704"));
        assertTrue(e.getMessage().contains("queue manager cannot be reached"), e.getMessage());
        assertFalse(e.getMessage().contains("pa55-word"), e.getMessage());
    }
}
