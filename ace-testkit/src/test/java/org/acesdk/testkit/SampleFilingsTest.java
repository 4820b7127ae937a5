package org.acesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acesdk.model.entry.EntrySummary;
import org.acesdk.rules.AceValidator;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;
import org.acesdk.rules.duty.DutyCalculator;
import org.junit.jupiter.api.Test;

class SampleFilingsTest {

    @Test
    void everySampleIsValidWithoutWarnings() {
        for (Object f : SampleFilings.all()) {
            ValidationReport r = AceValidator.standard().validate(f, SampleFilings.context());
            assertTrue(r.isValid(), r.toText());
            assertEquals(0, r.warnings().size(), r.toText());
        }
    }

    @Test
    void everySampleEntryIsAssessedCompletely() {
        for (Object f : SampleFilings.all()) {
            if (f instanceof EntrySummary) {
                DutyAssessment a = DutyCalculator.create(SampleFilings.context()).assess((EntrySummary) f);
                assertTrue(a.isComplete(), a.toTable());
            }
        }
    }

    @Test
    void largeEntryHasTheRequestedLines() {
        EntrySummary e = SampleFilings.largeEntry(999);
        assertEquals(999, e.lines().size());
        assertEquals(999, e.lines().get(998).lineNumber());
        assertTrue(AceValidator.standard().validate(e, SampleFilings.context()).isValid());
    }
}
