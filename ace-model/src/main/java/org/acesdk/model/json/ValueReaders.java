package org.acesdk.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
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
        SimpleModule m = new SimpleModule("ace-value-readers");
        m.addDeserializer(LocalDate.class, new IsoDateReader());
        m.addDeserializer(BigDecimal.class, new DecimalReader());
        text(m, Money.class, Money::parse);
        text(m, Quantity.class, Quantity::parse);
        text(m, HtsNumber.class, HtsNumber::parse);
        text(m, CountryCode.class, CountryCode::parse);
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

        DecimalReader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String s = p.getText();
                if (s.length() <= 40 && org.acesdk.model.internal.Decimals.isPlain(s)) {
                    return new BigDecimal(s);
                }
            }
            return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        }
    }

    /** {@code yyyy-MM-dd} read directly; any other text goes to the standard ISO date reader. */
    private static final class IsoDateReader extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        IsoDateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate d = fast(p.getText());
                if (d != null) {
                    return d;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        }

        static LocalDate fast(String s) {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return null;
            }
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y < 0 || m < 0 || d < 0) {
                return null;
            }
            try {
                return LocalDate.of(y, m, d);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static int digits(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
