package org.acesdk.client.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The batch control the JMS transport matches answers by: never an AES batch's password. */
class JmsBatchControlTest {
    @Test
    void anAesBatchIsMatchedByItsFilerAndBatchControlNotItsPassword() {
        String a = "A    123456789PASSWDEXP20261124000001N123456789\nB  98765432100E\n";
        String control = JmsTransport.batchControl(a.getBytes(StandardCharsets.US_ASCII));
        assertEquals("123456789000001", control);
        assertFalse(control.contains("PASSWD"));
    }

    @Test
    void aCatairBatchKeepsItsSiteAndSenderAndNoPassword() {
        String batch = org.acesdk.client.catair.CatairWriter.standard().batch(org.acesdk.client.catair.Envelope
                .builder().siteCode("2704").senderId("B76").password("SECRT1").build(),
                java.time.LocalDate.of(2026, 11, 24), java.util.List.of());
        String control = JmsTransport.batchControl(batch.getBytes(StandardCharsets.US_ASCII));
        assertEquals("2704B76", control.substring(0, 7));
        assertFalse(control.contains("SECRT1"));
        assertNull(JmsTransport.batchControl("B short".getBytes(StandardCharsets.US_ASCII)));
    }
}
