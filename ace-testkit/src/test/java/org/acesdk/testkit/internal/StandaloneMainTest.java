package org.acesdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.acesdk.testkit.FakeAceGateway;
import org.junit.jupiter.api.Test;

class StandaloneMainTest {

    @Test
    void optionsAreParsedAndBadOnesNamed() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (FakeAceGateway g = StandaloneMain.launch(new String[] {"--port", "0", "--token", "t1", "--seed", "7"},
                new PrintStream(buf, true, StandardCharsets.UTF_8))) {
            assertEquals("t1", g.token());
            assertTrue(buf.toString(StandardCharsets.UTF_8).contains(":" + g.port() + "/"));
        }
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StandaloneMain.launch(
                new String[] {"--port", "eighty"}, sink)).getMessage().contains("--port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StandaloneMain.launch(
                new String[] {"--colour", "red"}, sink)).getMessage().contains("--colour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StandaloneMain.launch(
                new String[] {"--token"}, sink)).getMessage().contains("needs a value"));
    }
}
