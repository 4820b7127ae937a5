package org.acesdk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Regression test for issue 15, item 8: deriving a MID is linear in the street line. */
class ManufacturerIdHostileTest {

    @Test
    void aMillionDigitStreetNumberIsHandledInLinearTime() {
        String street = "9" + "0".repeat(999_999) + " MAIN ST 123";
        ManufacturerId id = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> ManufacturerId.derive(CountryCode.parse("CN"), "Acme Widgets", street, "Shanghai"));
        assertEquals("CNACMWID9000SHA", id.toString());
        // the largest number wins by value, not by length of its text with leading zeros
        assertEquals("CNACMWID1234SHA", ManufacturerId.derive(CountryCode.parse("CN"), "Acme Widgets",
                "0000099 Road 1234", "Shanghai").toString());
    }
}
