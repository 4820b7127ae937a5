package org.acesdk.model.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.acesdk.model.code.InternalTransactionNumber;
import org.junit.jupiter.api.Test;

/** The citations of 15 CFR 30 appendix B, against its own examples. */
class ProofOfFilingTest {
    private static final LocalDate DAY = LocalDate.of(2017, 1, 1);

    @Test
    void theAppendixExamplesComeOutAsPrinted() {
        InternalTransactionNumber itn = InternalTransactionNumber.parse("X20170101987654");
        assertEquals("AES X20170101987654", ProofOfFiling.aes(itn));
        assertEquals("AES X20170101987654 SS", ProofOfFiling.splitShipment(itn));
        assertEquals("AESPOST 12345678912 01/01/2017", ProofOfFiling.postDeparture("12345678912", DAY));
        assertEquals("AESPOST 12345678912-987654321 01/01/2017",
                ProofOfFiling.postDeparture("12345678912", "987654321", DAY));
        assertEquals("AESDOWN 123456789 01/01/2017", ProofOfFiling.down("123456789", DAY));
        assertEquals("NOEEI § 30.37(a)", ProofOfFiling.exemption("30.37(a)"));
        assertEquals("NOEEI § 30.36", ProofOfFiling.exemption("30.36"));
    }

    @Test
    void aShipmentCitesItsItnOrItsLegend() {
        ExportInformation filed = ExportInformation.builder().itn("X20260401123456").build();
        assertEquals(Optional.of("AES X20260401123456"), ProofOfFiling.of(filed));
        ExportInformation exempt = ExportInformation.builder().exemptionLegend("NOEEI § 30.37(a)").build();
        assertEquals(Optional.of("NOEEI § 30.37(a)"), ProofOfFiling.of(exempt));
        assertEquals(Optional.empty(), ProofOfFiling.of(ExportInformation.builder().build()));
    }

    @Test
    void whatAppendixBDoesNotListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProofOfFiling.exemption("30.37(z)"));
        assertThrows(IllegalArgumentException.class, () -> ProofOfFiling.exemption("30.41"));
        assertThrows(IllegalArgumentException.class, () -> ProofOfFiling.down("12-34", DAY));
    }
}
