package org.acesdk.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryNumber;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.FilerCode;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.code.ForeignPortCode;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InternalTransactionNumber;
import org.acesdk.model.code.ManufacturerId;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.PortCode;
import org.acesdk.model.code.ScacCode;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.internal.Decimals;
import org.acesdk.model.isf.IsfKind;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.model.response.ConditionSeverity;
import org.acesdk.model.response.Disposition;

/**
 * Direct readers for the value types and ISO dates: the same factories the types' {@code @JsonCreator}s name, called
 * without reflection, and {@code yyyy-MM-dd} dates read without a formatter. What they accept and the errors they
 * give are those of the annotated factories; anything else falls back to Jackson's own handling.
 */
final class ValueReaders {
    private ValueReaders() {
    }

    static SimpleModule module() {
        return module(true);
    }

    /** The readers; {@code strict} takes dates and instants from JSON strings only. */
    static SimpleModule module(boolean strict) {
        SimpleModule m = new SimpleModule("ace-value-readers");
        m.addDeserializer(LocalDate.class, new IsoDateReader(strict));
        if (strict) {
            m.addDeserializer(java.time.Instant.class, new InstantReader());
        }
        m.addDeserializer(BigDecimal.class, new DecimalReader(strict));
        m.addDeserializer(Money.class, new MoneyReader());
        m.addDeserializer(Quantity.class, new QuantityReader());
        text(m, HtsNumber.class, HtsNumber::parse);
        m.addDeserializer(CountryCode.class, new CountryReader());
        text(m, ForeignPortCode.class, ForeignPortCode::parse);
        text(m, ManufacturerId.class, ManufacturerId::parse);
        text(m, ImporterNumber.class, ImporterNumber::parse);
        text(m, EntryNumber.class, EntryNumber::parse);
        text(m, FilerCode.class, FilerCode::parse);
        text(m, PortCode.class, PortCode::parse);
        text(m, ScacCode.class, ScacCode::parse);
        text(m, InternalTransactionNumber.class, InternalTransactionNumber::parse);
        text(m, UnitOfMeasure.class, UnitOfMeasure::fromCode);
        text(m, SpecialProgram.class, SpecialProgram::fromCode);
        text(m, EntryType.class, EntryType::fromCode);
        text(m, ModeOfTransport.class, ModeOfTransport::fromCode);
        text(m, PaymentType.class, PaymentType::fromCode);
        text(m, BondType.class, BondType::fromCode);
        text(m, FilingAction.class, FilingAction::fromCode);
        text(m, IsfKind.class, IsfKind::fromCode);
        text(m, Disposition.class, Disposition::fromCode);
        text(m, ConditionSeverity.class, ConditionSeverity::fromCode);
        return m;
    }

    private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> factory) {
        m.addDeserializer(type, new TextReader<>(type, factory));
    }

    /** A value type read from a JSON string by its factory; other tokens are refused as Jackson refuses them. */
    private static final class TextReader<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> factory;

        TextReader(Class<T> type, Function<String, T> factory) {
            super(type);
            this.factory = factory;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return factory.apply(p.getText());
            }
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
    }

    /** Plain decimal text read directly; numbers, exponents and anything else go to Jackson's own reader. */
    private static final class DecimalReader extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;
        private final boolean strict;

        DecimalReader(boolean strict) {
            super(BigDecimal.class);
            this.strict = strict;
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal d = plainDecimal(p);
            if (d == null) {
                if (strict) {
                    // the documented shape: a string of plain decimal text, as the schema's pattern says
                    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p.currentToken(), p,
                            "expected a decimal number as plain text, e.g. \"5200.50\"");
                }
                d = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            }
            if (d != null && !Decimals.inBounds(d)) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, "decimal out of range (at most "
                        + Decimals.MAX_INTEGER_DIGITS + " digits before the point and " + Decimals.MAX_SCALE
                        + " after)");
            }
            return d;
        }
    }

    /** A string token holding a plain decimal of at most 40 characters, read from the parser's buffer; else null. */
    static BigDecimal plainDecimal(JsonParser p) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return null;
        }
        char[] c = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        return len <= 40 && Decimals.isPlain(c, off, len) ? new BigDecimal(c, off, len) : null;
    }

    /** U.S. dollar amounts ({@code 14172.00}) from the parser's buffer; anything else through {@link Money#parse}. */
    private static final class MoneyReader extends StdScalarDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneyReader() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal d = plainDecimal(p);
            if (d != null && Decimals.amountInBounds(d)) {
                return Money.of(d, Money.USD);
            }
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return Money.parse(p.getText());
            }
            return (Money) ctxt.handleUnexpectedToken(Money.class, p);
        }
    }

    /** {@code 5000 KG} from the parser's buffer; anything unusual through {@link Quantity#parse}. */
    private static final class QuantityReader extends StdScalarDeserializer<Quantity> {
        private static final long serialVersionUID = 1L;

        QuantityReader() {
            super(Quantity.class);
        }

        @Override
        public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Quantity) ctxt.handleUnexpectedToken(Quantity.class, p);
            }
            char[] c = p.getTextCharacters();
            int off = p.getTextOffset();
            int len = p.getTextLength();
            int sp = -1;
            for (int i = off; i < off + len; i++) {
                if (c[i] == ' ') {
                    sp = i;
                    break;
                }
            }
            if (sp > off && sp - off <= 40 && sp + 1 < off + len && Decimals.isPlain(c, off, sp - off)
                    && upperLettersOrDigits(c, sp + 1, off + len)) {
                BigDecimal amount = new BigDecimal(c, off, sp - off);
                UnitOfMeasure u = unit(c, sp + 1, off + len);
                if (Decimals.amountInBounds(amount) && u.isKnown()) {
                    return Quantity.of(amount, u);
                }
            }
            return Quantity.parse(p.getText());
        }

        /** Unit codes met so far, by their (at most three) characters packed into an int; immutable entries. */
        private final transient UnitHit[] units = new UnitHit[64];

        private UnitOfMeasure unit(char[] c, int from, int to) {
            if (to - from > 3) {
                return UnitOfMeasure.fromCode(new String(c, from, to - from));
            }
            int key = to - from;
            for (int i = from; i < to; i++) {
                key = key << 8 | c[i];
            }
            int slot = (key * 0x9E3779B9) >>> 26;
            UnitHit hit = units[slot];
            if (hit != null && hit.key == key) {
                return hit.unit;
            }
            UnitOfMeasure u = UnitOfMeasure.fromCode(new String(c, from, to - from));
            units[slot] = new UnitHit(key, u);
            return u;
        }

        private static final class UnitHit {
            private final int key;
            private final UnitOfMeasure unit;

            UnitHit(int key, UnitOfMeasure unit) {
                this.key = key;
                this.unit = unit;
            }
        }

        private static boolean upperLettersOrDigits(char[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9'))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Two upper-case letters looked up in a table filled as codes are met; anything else through the factory. */
    private static final class CountryReader extends StdScalarDeserializer<CountryCode> {
        private static final long serialVersionUID = 1L;
        /** Known codes by {@code (first - 'A') * 26 + (second - 'A')}; a race only repeats a parse. */
        private final transient CountryCode[] table = new CountryCode[26 * 26];

        CountryReader() {
            super(CountryCode.class);
        }

        @Override
        public CountryCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (CountryCode) ctxt.handleUnexpectedToken(CountryCode.class, p);
            }
            if (p.getTextLength() == 2) {
                char[] c = p.getTextCharacters();
                int off = p.getTextOffset();
                char a = c[off];
                char b = c[off + 1];
                if (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z') {
                    int i = (a - 'A') * 26 + (b - 'A');
                    CountryCode known = table[i];
                    if (known == null) {
                        known = CountryCode.parse(new String(c, off, 2));
                        table[i] = known;
                    }
                    return known;
                }
            }
            return CountryCode.parse(p.getText());
        }
    }

    /** {@code yyyy-MM-dd} read directly; any other text goes to the standard ISO date reader. */
    /** Instants as ISO-8601 UTC text only ({@code 2026-03-20T10:00:00Z}); no epoch numbers, no hour 24. */
    private static final class InstantReader extends StdScalarDeserializer<java.time.Instant> {
        private static final long serialVersionUID = 1L;

        InstantReader() {
            super(java.time.Instant.class);
        }

        @Override
        public java.time.Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (java.time.Instant) ctxt.handleUnexpectedToken(java.time.Instant.class, p.currentToken(), p,
                        "expected an ISO-8601 instant (yyyy-MM-ddTHH:mm:ssZ) as a string");
            }
            String t = p.getText();
            if (t.length() > 40 || t.contains("T24:")) {
                return (java.time.Instant) ctxt.handleWeirdStringValue(java.time.Instant.class, t,
                        "expected an ISO-8601 instant (yyyy-MM-ddTHH:mm:ssZ)");
            }
            try {
                return java.time.Instant.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                return (java.time.Instant) ctxt.handleWeirdStringValue(java.time.Instant.class, t,
                        "expected an ISO-8601 instant (yyyy-MM-ddTHH:mm:ssZ)");
            }
        }
    }

    private static final class IsoDateReader extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        private final boolean strict;

        IsoDateReader(boolean strict) {
            super(LocalDate.class);
            this.strict = strict;
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (strict && !p.hasToken(JsonToken.VALUE_STRING)) {
                // no epoch days, no [y, m, d] arrays: a date is yyyy-MM-dd text
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p.currentToken(), p,
                        "expected an ISO-8601 date (yyyy-MM-dd) as a string");
            }
            if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() == 10) {
                LocalDate d = fast(p.getTextCharacters(), p.getTextOffset());
                if (d != null) {
                    return d;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        }

        static LocalDate fast(char[] s, int off) {
            if (s[off + 4] != '-' || s[off + 7] != '-') {
                return null;
            }
            int y = digits(s, off, off + 4);
            int m = digits(s, off + 5, off + 7);
            int d = digits(s, off + 8, off + 10);
            if (y < 0 || m < 0 || d < 0) {
                return null;
            }
            try {
                return LocalDate.of(y, m, d);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static int digits(char[] s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
