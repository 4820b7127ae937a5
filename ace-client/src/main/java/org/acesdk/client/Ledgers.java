package org.acesdk.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.acesdk.client.ledger.LedgerRecord;
import org.acesdk.client.ledger.LedgerState;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.rules.ValidationReport;
import org.acesdk.rules.duty.DutyAssessment;

/** What the client derives from and for its filing ledger. */
final class Ledgers {
    private Ledgers() {
    }

    /**
     * The filing's fingerprint: SHA-256 of the application and the batch's records between its first and last (the
     * A and Z records, which carry the day it was written), so the same filing encoded on another day prints alike.
     */
    static String fingerprint(String app, String batchText) {
        String[] lines = batchText.split("\r?\n");
        int first = 0;
        int last = lines.length - 1;
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        d.update(app.getBytes(StandardCharsets.US_ASCII));
        boolean envelope = lines.length > 2 && lines[first].startsWith("A") && lines[last].startsWith("Z");
        for (int i = envelope ? first + 1 : first; i <= (envelope ? last - 1 : last); i++) {
            d.update((byte) '\n');
            d.update(lines[i].getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The AES batch control number of a submission: 6 capital letters and digits derived from its idempotency key. */
    static String batchControl(String key) {
        byte[] h;
        try {
            h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(alphabet.charAt((h[i] & 0xff) % alphabet.length()));
        }
        return sb.toString();
    }

    /** A transmission for a submission the ledger already holds as acknowledged: nothing is sent again. */
    static Transmission recorded(LedgerRecord rec, EntryNumber entry, ValidationReport report,
            DutyAssessment assessment) {
        BatchState state = rec.state() == LedgerState.ANSWERED ? BatchState.of(rec.outcome()) : BatchState.RECEIVED;
        return new Transmission(rec.batchId(), rec.idempotencyKey(), entry, rec.applicationId(), rec.updatedAt(), state,
                true, 0, report, assessment);
    }
}
