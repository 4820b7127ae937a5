package org.acesdk.client.catair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static final String R1 = "B  3901JJ8AE" + " ".repeat(68);
    private static final String R2 = "Y  3901JJ8AE" + " ".repeat(68);

    @Test
    void acceptsConcatenatedAndSeparatedRecordsAndPadsATrimmedLastRecord() {
        List<String> expected = List.of(R1, R2);
        assertEquals(expected, CatairReader.standard().split(R1 + R2));
        assertEquals(expected, CatairReader.standard().split(R1 + "\n" + R2 + "\n"));
        assertEquals(expected, CatairReader.standard().split(R1 + "\r\n" + R2.stripTrailing()));
        assertEquals(expected, CatairReader.standard().split(R1 + R2.stripTrailing()));
        assertEquals(List.of(), CatairReader.standard().split(""));
    }

    @Test
    void refusesLongLinesAndNonAscii() {
        CatairException longLine = assertThrows(CatairException.class,
                () -> CatairReader.standard().split(R1 + "X\n" + R2));
        assertEquals(1, longLine.lineNumber());
        CatairException bad = assertThrows(CatairException.class,
                () -> CatairReader.standard().split(R1 + "\n" + "Y  3901JJ8AÉ"));
        assertEquals(2, bad.lineNumber());
        assertEquals("12", bad.columns());
    }

    @Test
    void writerSeparatorsAreConfigurable() {
        Envelope env = Envelope.builder().siteCode("3901").senderId("JJ8").password("SECRET").build();
        String none = CatairWriter.of(LineSeparator.NONE).batch(env, java.time.LocalDate.of(2026, 1, 2), List.of());
        assertEquals(160, none.length());
        String crlf = CatairWriter.of(LineSeparator.CRLF).batch(env, java.time.LocalDate.of(2026, 1, 2), List.of());
        assertEquals(164, crlf.length());
        assertEquals("A3901JJ8SECRET010226", none.substring(0, 20));
        assertEquals(false, env.toString().contains("SECRET"));
    }
}
