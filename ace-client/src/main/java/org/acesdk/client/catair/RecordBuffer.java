package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A reusable 80-character buffer that formats one record at a time from its layout: the single place where field
 * values are justified, filled, scaled and checked. Not thread-safe; each encoding uses its own.
 */
final class RecordBuffer {

    /**
     * A code for a record field; an {@code UNKNOWN} value, or a code the SDK does not know (kept as read from a
     * tolerant source), is not written: CBP would refuse it, and the validator reports it first.
     */
    static String code(String field, Object value, String code) {
        if (value == null) {
            return null;
        }
        if (!known(value)) {
            throw new CatairException(0, "", field, "", "an UNKNOWN code cannot be encoded"
                    + ("UNKNOWN".equals(code) ? "" : " ('" + code + "' is not a code the SDK knows)"));
        }
        return code;
    }

    private static boolean known(Object v) {
        if (v instanceof Enum<?>) {
            return !"UNKNOWN".equals(((Enum<?>) v).name());
        }
        if (v instanceof org.acesdk.model.code.EntryType) {
            return ((org.acesdk.model.code.EntryType) v).isKnown();
        }
        if (v instanceof org.acesdk.model.code.ModeOfTransport) {
            return ((org.acesdk.model.code.ModeOfTransport) v).isKnown();
        }
        if (v instanceof org.acesdk.model.code.BondType) {
            return ((org.acesdk.model.code.BondType) v).isKnown();
        }
        if (v instanceof org.acesdk.model.code.PaymentType) {
            return ((org.acesdk.model.code.PaymentType) v).isKnown();
        }
        if (v instanceof org.acesdk.model.code.SpecialProgram) {
            return ((org.acesdk.model.code.SpecialProgram) v).isKnown();
        }
        if (v instanceof org.acesdk.model.pga.PgaDisclaimer) {
            return ((org.acesdk.model.pga.PgaDisclaimer) v).isKnown();
        }
        if (v instanceof org.acesdk.model.pga.PgaAgency) {
            // a newer Appendix V may add agencies: any three-letter code is written, a blank one is not
            return !v.equals(org.acesdk.model.pga.PgaAgency.UNKNOWN);
        }
        if (v instanceof org.acesdk.model.code.FilingAction) {
            return ((org.acesdk.model.code.FilingAction) v).isKnown();
        }
        return true;
    }
    /** The record as ASCII bytes: every character written is checked to be printable ASCII first. */
    private final byte[] buf = new byte[80];
    private RecordLayout layout;
    /** Which fields this record has set: {@code setIn[i] == record} (a stamp, so that starting a record clears nothing). */
    private int[] setIn = new int[32];
    private int record;
    /** Where the search for the next field starts: just after the last one set. */
    private int next;
    /** Which fields hold something other than spaces in this record ({@code filledIn[i] == record}). */
    private int[] filledIn = new int[32];
    /** The index of the field being written. */
    private int current;

    /** Starts a record: spaces everywhere, the identifier in columns 1..n. */
    RecordBuffer start(RecordLayout l) {
        this.layout = l;
        this.next = 0;
        System.arraycopy(l.blankRecord(), 0, buf, 0, 80);
        int n = l.fieldCount();
        if (setIn.length < n) {
            setIn = new int[n];
            filledIn = new int[n];
        }
        if (++record == 0) {
            Arrays.fill(setIn, 0);
            Arrays.fill(filledIn, 0);
            record = 1;
        }
        return this;
    }

    private static final RecordLayout RAW = RecordLayout.of("", "Record kept as read");

    /** Starts a record kept as read (a tolerant reader's unknown record): its text, checked to be printable ASCII. */
    RecordBuffer raw(String text) {
        start(RAW);
        String id = text.length() >= 4 ? text.substring(0, 4) : text;
        if (text.length() > 80) {
            throw new CatairException(0, id, "", "1-80", "a record kept as read has more than 80 characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new CatairException(0, id, "", String.valueOf(i + 1), "not printable ASCII");
            }
            buf[i] = (byte) c;
        }
        return this;
    }

    private FieldSpec spec(String field) {
        int i = layout.indexOf(field, next);
        next = i + 1;
        current = i;
        if (i < 0) {
            throw new IllegalArgumentException("record " + layout.recordId() + " has no field " + field);
        }
        setIn[i] = record;
        return layout.field(i);
    }

    private CatairException error(FieldSpec f, String problem) {
        return new CatairException(0, layout.recordId(), f.name(), f.columns(), problem);
    }

    /** Sets a field from a value: String (or any object's text), BigDecimal or Number, LocalDate; null leaves it blank. */
    RecordBuffer set(String field, Object value) {
        FieldSpec f = spec(field);
        write(f, value);
        return this;
    }

    private void write(FieldSpec f, Object value) {
        switch (f.type()) {
            case FILLER:
                return;
            case N:
            case SN:
                writeNumber(f, value);
                return;
            case DATE_MMDDYY:
            case DATE_YYMMDD:
            case DATE_MMDDCCYY:
            case DATE_CCYYMMDD:
                writeDate(f, value);
                return;
            default:
                writeText(f, value);
        }
    }

    private void writeText(FieldSpec f, Object value) {
        if (value == null) {
            return;
        }
        String s = value instanceof String ? (String) value : value.toString();
        int n = s.length();
        if (n > f.length()) {
            throw error(f, "a value of " + n + " characters does not fit in " + f.length());
        }
        byte[] table = f.type() == FieldType.A ? LETTERS : f.type() == FieldType.AN ? LETTERS_DIGITS : PRINTABLE;
        int base = f.start() - 1;
        boolean filled = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            byte b = c < 128 ? table[c] : 0;
            if (b == 0) {
                throw refused(f, c, i);
            }
            buf[base + i] = b;
            filled |= b != ' ';
        }
        if (filled) {
            filledIn[current] = record;
        }
        if (!f.allowed().isEmpty() && !f.allowed().contains(s)) {
            String v = s.toUpperCase(java.util.Locale.ROOT).trim();
            if (!v.isEmpty() && !f.allowed().contains(v)) {
                throw error(f, "'" + v + "' is not one of " + new java.util.TreeSet<>(f.allowed()));
            }
        }
    }

    /** The byte each ASCII character is written as in a field of the class (lower case raised), or 0 if refused. */
    private static final byte[] PRINTABLE = table(c -> c >= 0x20 && c <= 0x7e);
    private static final byte[] LETTERS = table(c -> c == ' ' || (c >= 'A' && c <= 'Z'));
    private static final byte[] LETTERS_DIGITS = table(c -> c == ' ' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));

    private static byte[] table(java.util.function.IntPredicate allowedAfterRaising) {
        byte[] t = new byte[128];
        for (int c = 0; c < 128; c++) {
            int u = c >= 'a' && c <= 'z' ? c - 32 : c;
            if (allowedAfterRaising.test(u)) {
                t[c] = (byte) u;
            }
        }
        return t;
    }

    /** Why a character cannot be written in this field. */
    private CatairException refused(FieldSpec f, char c, int i) {
        char u = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        if (u < 0x20 || u > 0x7e) {
            return error(f, "character " + (i + 1) + " is not printable ASCII");
        }
        if (f.type() == FieldType.A) {
            return error(f, "class A allows letters only (character " + (i + 1) + ")");
        }
        return error(f, "class AN allows letters, digits and spaces only (character " + (i + 1) + ")");
    }

    private void writeNumber(FieldSpec f, Object value) {
        if (value == null) {
            if (f.type() == FieldType.N) {
                Arrays.fill(buf, f.start() - 1, f.end(), (byte) '0');
            }
            return;
        }
        filledIn[current] = record; // digits, unless it fails below (and then nothing is encoded)
        BigDecimal d;
        if (value instanceof BigDecimal) {
            d = (BigDecimal) value;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long l = ((Number) value).longValue();
            if (l < 0) {
                throw error(f, "negative amounts cannot be encoded");
            }
            if (f.decimals() == 0) {
                writeLong(f, l);
                return;
            }
            d = BigDecimal.valueOf(l);
        } else {
            try {
                d = new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                throw error(f, "not a number");
            }
        }
        if (d.signum() < 0) {
            throw error(f, "negative amounts cannot be encoded");
        }
        if (d.scale() == f.decimals() && d.precision() <= 18) {
            // the common case (cents at dec=2, whole dollars at dec=0): no rounding, one small allocation at most
            writeLong(f, f.decimals() == 0 ? d.longValueExact() : d.scaleByPowerOfTen(f.decimals()).longValueExact());
            return;
        }
        BigDecimal scaled = d.setScale(f.decimals(), RoundingMode.HALF_UP);
        BigInteger unscaled = scaled.unscaledValue();
        if (unscaled.bitLength() < 63) {
            writeLong(f, unscaled.longValue());
        } else {
            String digits = unscaled.toString();
            if (digits.length() > f.length()) {
                throw error(f, "the amount needs " + digits.length() + " digits; the field holds " + f.length());
            }
            Arrays.fill(buf, f.start() - 1, f.end(), (byte) '0');
            byte[] ascii = digits.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(ascii, 0, buf, f.end() - ascii.length, ascii.length);
        }
    }

    private void writeLong(FieldSpec f, long v) {
        int pos = f.end() - 1;
        int first = f.start() - 1;
        long x = v;
        do {
            if (pos < first) {
                throw error(f, "the amount needs more than the field's " + f.length() + " digits");
            }
            buf[pos--] = (byte) ('0' + (x % 10));
            x /= 10;
        } while (x != 0);
        while (pos >= first) {
            buf[pos--] = (byte) '0';
        }
    }

    private void writeDate(FieldSpec f, Object value) {
        if (value == null) {
            return;
        }
        if (!(value instanceof LocalDate)) {
            throw error(f, "expected a date");
        }
        LocalDate d = (LocalDate) value;
        filledIn[current] = record;
        int p = f.start() - 1;
        if (f.type() == FieldType.DATE_MMDDYY || f.type() == FieldType.DATE_YYMMDD) {
            if (d.getYear() < 2000 || d.getYear() > 2099) {
                throw error(f, "year " + d.getYear() + " cannot be written as YY (2000-2099)");
            }
            boolean yearFirst = f.type() == FieldType.DATE_YYMMDD;
            two(p, yearFirst ? d.getYear() % 100 : d.getMonthValue());
            two(p + 2, yearFirst ? d.getMonthValue() : d.getDayOfMonth());
            two(p + 4, yearFirst ? d.getDayOfMonth() : d.getYear() % 100);
        } else if (f.type() == FieldType.DATE_MMDDCCYY) {
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                throw error(f, "year " + d.getYear() + " cannot be written as CCYY");
            }
            two(p, d.getMonthValue());
            two(p + 2, d.getDayOfMonth());
            two(p + 4, d.getYear() / 100);
            two(p + 6, d.getYear() % 100);
        } else {
            two(p, d.getYear() / 100);
            two(p + 2, d.getYear() % 100);
            two(p + 4, d.getMonthValue());
            two(p + 6, d.getDayOfMonth());
        }
    }

    private void two(int p, int v) {
        buf[p] = (byte) ('0' + v / 10);
        buf[p + 1] = (byte) ('0' + v % 10);
    }

    /** Checks mandatory fields and appends the record and the separator. */
    void appendTo(StringBuilder out, String separator) {
        checkMandatory();
        out.append(new String(buf, 0, 80, StandardCharsets.US_ASCII)).append(separator);
    }

    /** Checks mandatory fields and writes the record and the separator as ASCII bytes at {@code pos}. */
    int writeTo(byte[] out, int pos, String separator) {
        checkMandatory();
        System.arraycopy(buf, 0, out, pos, 80);
        int p = pos + 80;
        for (int i = 0; i < separator.length(); i++) {
            out[p++] = (byte) separator.charAt(i);
        }
        return p;
    }

    /** Sets a three-digit, zero-padded number (line identifiers) without allocating. */
    RecordBuffer setDigits3(String field, int value) {
        FieldSpec f = spec(field);
        if (value < 0 || value > 999 || f.length() != 3) {
            throw error(f, "a line number must be 0-999");
        }
        int p = f.start() - 1;
        buf[p] = (byte) ('0' + value / 100);
        buf[p + 1] = (byte) ('0' + value / 10 % 10);
        buf[p + 2] = (byte) ('0' + value % 10);
        filledIn[current] = record;
        return this;
    }

    /** Checks mandatory fields and returns the record. */
    String toRecord() {
        checkMandatory();
        return new String(buf, StandardCharsets.US_ASCII);
    }

    /** Returns the record without checking mandatory fields (re-encoding what was received). */
    String toRecordAsIs() {
        return new String(buf, StandardCharsets.US_ASCII);
    }

    /** Mandatory fields in column order: N fields must have been set (zero is a value), others must not be blank. */
    private void checkMandatory() {
        int[] mandatory = layout.mandatory();
        boolean[] number = layout.mandatoryNumber();
        for (int k = 0; k < mandatory.length; k++) {
            int i = mandatory[k];
            if (number[k]) {
                if (setIn[i] != record) {
                    throw error(layout.field(i), "is mandatory");
                }
            } else if (filledIn[i] != record && blank(layout.field(i))) {
                throw error(layout.field(i), "is mandatory");
            }
        }
    }

    private boolean blank(FieldSpec f) {
        for (int c = f.start() - 1; c < f.end(); c++) {
            if (buf[c] != ' ') {
                return false;
            }
        }
        return true;
    }
}
