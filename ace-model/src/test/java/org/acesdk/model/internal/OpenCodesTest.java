package org.acesdk.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.Function;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.model.response.Disposition;
import org.junit.jupiter.api.Test;

/** Every open code type keeps an unknown code by the one shared rule, and refuses to keep what breaks it. */
class OpenCodesTest {
    private static final List<Function<String, Object>> TYPES = List.of(BondType::fromCode, EntryType::fromCode,
            FilingAction::fromCode, ModeOfTransport::fromCode, PaymentType::fromCode, SpecialProgram::fromCode,
            UnitOfMeasure::fromCode, IsfKind::fromCode, ConditionSeverity::fromCode, Disposition::fromCode);

    @Test
    void theRule() {
        assertEquals("ZQ9*", OpenCodes.kept(" ZQ9* "));
        assertEquals("ABCDEFGH", OpenCodes.kept("ABCDEFGH"));
        assertEquals(null, OpenCodes.kept("ABCDEFGHI"), "longer than 8");
        assertEquals(null, OpenCodes.kept("Z Q"), "a space inside");
        assertEquals(null, OpenCodes.kept("Z/Q"));
        assertEquals(null, OpenCodes.kept("  "));
        assertEquals(null, OpenCodes.kept(null));
    }

    @Test
    void everyOpenCodeTypeFollowsIt() {
        for (Function<String, Object> type : TYPES) {
            Object kept = type.apply("ZQ9*");
            assertEquals("UNKNOWN(ZQ9*)", kept.toString(), kept.getClass().getSimpleName());
            Object dropped = type.apply("ABCDEFGHI");
            assertEquals("UNKNOWN", dropped.toString(), dropped.getClass().getSimpleName());
            assertFalse(dropped.equals(kept));
        }
    }
}
