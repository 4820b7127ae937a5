package org.acesdk.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.acesdk.model.code.ImporterNumber;
import org.acesdk.model.code.InvalidValueException;

/**
 * The SDK's JSON mapping for every document: camelCase fields, ISO-8601 dates, decimals as strings, codes as
 * their CBP text, unknown fields ignored on read. Errors name the JSON path of the bad value.
 *
 * <p>{@link #read(String, Class)} and {@link #write(Object)} use one shared, immutable reader and writer and are
 * thread-safe. {@link #mapper()} hands out a new mapper each call for callers who want to configure their own.
 * {@link #writeRedacted(Object)} masks importer numbers, for logs and support tickets.
 */
public final class AceJson {
    private static final ObjectMapper MAPPER = newMapper(false);
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectReader LENIENT_READER = newMapper(false, true, true, false).reader();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectWriter REDACTING_WRITER = newMapper(true).writer();

    private AceJson() {
    }

    /** A new mapper configured like the SDK's own; each call gives an independent instance. */
    public static ObjectMapper mapper() {
        return newMapper(false);
    }

    /** A new mapper like {@link #mapper()} that writes importer numbers masked (all but the last four). */
    public static ObjectMapper redactingMapper() {
        return newMapper(true);
    }

    /** The Jackson modules the SDK's mapping needs, to register in a caller's own mapper. */
    public static List<Module> modules() {
        return List.of(new JavaTimeModule(), ValueReaders.module(), RecordReaders.module());
    }

    private static ObjectMapper newMapper(boolean redacting) {
        return newMapper(redacting, true);
    }

    /** The mapper; without the record readers it is Jackson's general record handling (the tests' reference). */
    static ObjectMapper newMapper(boolean redacting, boolean recordReaders) {
        return newMapper(redacting, recordReaders, true);
    }

    /** As above; without the value readers, value types go through their {@code @JsonCreator}s (for tests). */
    static ObjectMapper newMapper(boolean redacting, boolean recordReaders, boolean valueReaders) {
        return newMapper(redacting, recordReaders, valueReaders, true);
    }

    /**
     * As above; {@code strict} refuses coercion between JSON types (no number or boolean as text, no text as number or
     * boolean, no number as boolean, no number or array as a date).
     */
    static ObjectMapper newMapper(boolean redacting, boolean recordReaders, boolean valueReaders, boolean strict) {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .withConfigOverride(BigDecimal.class,
                        o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
        // decimals are written plain ("5200", never "5.2E+3"), as the schema's pattern says
        SimpleModule plain = new SimpleModule("ace-plain-decimals");
        plain.addSerializer(BigDecimal.class, new PlainDecimalSerializer());
        b.addModule(plain);
        if (strict) {
            b.disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
            // a primitive (lineNumber, relatedParty) missing or null is an error, not a silent 0 or false
            b.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
            com.fasterxml.jackson.databind.cfg.CoercionAction fail = com.fasterxml.jackson.databind.cfg.CoercionAction.Fail;
            b.withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Textual, c -> c
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean, fail));
            b.withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Boolean, c -> c
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.String, fail));
            b.withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Integer, c -> c
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.String, fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, fail));
        }
        if (valueReaders) {
            b.addModule(ValueReaders.module(strict));
        }
        if (recordReaders) {
            b.addModule(RecordReaders.module());
        }
        if (redacting) {
            SimpleModule m = new SimpleModule("ace-redaction");
            m.addSerializer(ImporterNumber.class, new MaskedImporterNumberSerializer());
            // raw CBP records and condition texts can hold importer numbers: written masked
            m.setSerializerModifier(new com.fasterxml.jackson.databind.ser.BeanSerializerModifier() {
                @Override
                @SuppressWarnings("unchecked")
                public com.fasterxml.jackson.databind.JsonSerializer<?> modifySerializer(
                        com.fasterxml.jackson.databind.SerializationConfig config,
                        com.fasterxml.jackson.databind.BeanDescription desc,
                        com.fasterxml.jackson.databind.JsonSerializer<?> serializer) {
                    if (desc.getBeanClass() == org.acesdk.model.response.CbpResponse.class) {
                        return new RedactedSerializer<>((com.fasterxml.jackson.databind.JsonSerializer<Object>) serializer,
                                v -> ((org.acesdk.model.response.CbpResponse) v).redacted());
                    }
                    if (desc.getBeanClass() == org.acesdk.model.response.Condition.class) {
                        return new RedactedSerializer<>((com.fasterxml.jackson.databind.JsonSerializer<Object>) serializer,
                                v -> ((org.acesdk.model.response.Condition) v).redacted());
                    }
                    return serializer;
                }
            });
            b.addModule(m);
        }
        return b.build();
    }

    /** Decimals as plain text strings: {@code toPlainString}, never exponent form. */
    private static final class PlainDecimalSerializer extends com.fasterxml.jackson.databind.ser.std.StdScalarSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        PlainDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            gen.writeString(value.toPlainString());
        }
    }

    /** Writes a value through its masked copy. */
    private static final class RedactedSerializer<T> extends com.fasterxml.jackson.databind.JsonSerializer<Object>
            implements com.fasterxml.jackson.databind.ser.ResolvableSerializer {
        private final com.fasterxml.jackson.databind.JsonSerializer<Object> delegate;
        private final java.util.function.UnaryOperator<Object> mask;

        RedactedSerializer(com.fasterxml.jackson.databind.JsonSerializer<Object> delegate,
                java.util.function.UnaryOperator<Object> mask) {
            this.delegate = delegate;
            this.mask = mask;
        }

        @Override
        public void resolve(com.fasterxml.jackson.databind.SerializerProvider provider)
                throws com.fasterxml.jackson.databind.JsonMappingException {
            if (delegate instanceof com.fasterxml.jackson.databind.ser.ResolvableSerializer) {
                ((com.fasterxml.jackson.databind.ser.ResolvableSerializer) delegate).resolve(provider);
            }
        }

        @Override
        public void serialize(Object value, com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            delegate.serialize(mask.apply(value), gen, provider);
        }
    }

    /**
     * Reads a document.
     *
     * @param json the JSON text
     * @param type the document type, e.g. {@code EntrySummary.class}
     * @param <T> the document type
     * @return the document
     * @throws AceJsonException naming the JSON path and the problem
     */
    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            throw new AceJsonException("", "document is null");
        }
        return read(type, r -> r.readValue(json));
    }

    /**
     * Reads a document from a stream (UTF-8); the stream is not closed.
     *
     * @param in the stream
     * @param type the document type
     * @param <T> the document type
     * @return the document
     * @throws AceJsonException naming the JSON path and the problem
     */
    public static <T> T read(InputStream in, Class<T> type) {
        if (in == null) {
            throw new AceJsonException("", "stream is null");
        }
        return read(type, r -> r.readValue(in));
    }

    /** One read from a source. */
    private interface Source<T> {
        T readWith(ObjectReader reader) throws IOException;
    }

    private static <T> T read(Class<T> type, Source<T> source) {
        return read(READER, type, source);
    }

    private static <T> T read(ObjectReader reader, Class<T> type, Source<T> source) {
        T value;
        try {
            value = source.readWith(reader.forType(type));
        } catch (IOException e) {
            throw translate(e);
        }
        if (value == null) {
            throw new AceJsonException("", "the document is JSON null; a " + type.getSimpleName() + " is an object");
        }
        return value;
    }

    /**
     * Reads a document as {@link #read(String, Class)} does, but accepting what a strict read refuses: numbers and
     * booleans where text belongs, text where numbers or booleans belong, dates as epoch days or arrays. For data from
     * systems that cannot be fixed; the default is strict.
     *
     * @param json the JSON text
     * @param type the document type
     * @param <T> the document type
     * @return the document
     * @throws AceJsonException naming the JSON path and the problem
     */
    public static <T> T readLenient(String json, Class<T> type) {
        if (json == null) {
            throw new AceJsonException("", "document is null");
        }
        return read(LENIENT_READER, type, r -> r.readValue(json));
    }

    /**
     * Reads a document from UTF-8 bytes, such as an HTTP body or a file's content.
     *
     * @param json the JSON bytes
     * @param type the document type
     * @param <T> the document type
     * @return the document
     * @throws AceJsonException naming the JSON path and the problem
     */
    public static <T> T read(byte[] json, Class<T> type) {
        if (json == null) {
            throw new AceJsonException("", "document is null");
        }
        return read(type, r -> r.readValue(json));
    }

    /** Writes a document as compact JSON, importer numbers in full. */
    public static String write(Object document) {
        return write(WRITER, document);
    }

    /** Writes a document as indented JSON, importer numbers in full. */
    public static String writePretty(Object document) {
        return write(WRITER.withDefaultPrettyPrinter(), document);
    }

    /** Writes a document as JSON with importer numbers masked: safe for logs. */
    public static String writeRedacted(Object document) {
        return write(REDACTING_WRITER, document);
    }

    /** Writes a document as indented JSON with importer numbers masked. */
    public static String writeRedactedPretty(Object document) {
        return write(REDACTING_WRITER.withDefaultPrettyPrinter(), document);
    }

    private static String write(ObjectWriter w, Object document) {
        try {
            return w.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + (document == null ? "null" : document.getClass().getSimpleName())
                    + " as JSON", e);
        }
    }

    static AceJsonException translate(IOException e) {
        if (e instanceof JsonParseException || e instanceof StreamConstraintsException) {
            com.fasterxml.jackson.core.JsonLocation loc = ((JsonProcessingException) e).getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String what = e instanceof StreamConstraintsException ? "document exceeds a size limit" : "malformed JSON";
            return new AceJsonException("", what + where);
        }
        if (e instanceof JsonMappingException) {
            JsonMappingException jme = (JsonMappingException) e;
            String path = path(jme.getPath());
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof InvalidValueException) {
                    return new AceJsonException(path, c.getMessage());
                }
                if (c instanceof IllegalArgumentException && c.getCause() == null && c != e) {
                    return new AceJsonException(path, c.getMessage());
                }
            }
            if (e instanceof MismatchedInputException) {
                Class<?> target = ((MismatchedInputException) e).getTargetType();
                return new AceJsonException(path, "expected " + describe(target));
            }
            return new AceJsonException(path, "cannot be read");
        }
        return new AceJsonException("", "cannot be read: " + e.getClass().getSimpleName());
    }

    private static String describe(Class<?> t) {
        if (t == null) {
            return "a different value";
        }
        if (t == LocalDate.class) {
            return "an ISO-8601 date (yyyy-MM-dd)";
        }
        if (t == Instant.class) {
            return "an ISO-8601 instant (yyyy-MM-ddTHH:mm:ssZ)";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (t == BigDecimal.class) {
            return "a decimal number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "an array";
        }
        if (t.isRecord()) {
            return "an object (" + t.getSimpleName() + ")";
        }
        if (t.isEnum()) {
            return "a code (" + t.getSimpleName() + ")";
        }
        return "a " + t.getSimpleName() + " as a string";
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static final class MaskedImporterNumberSerializer extends StdSerializer<ImporterNumber> {
        private static final long serialVersionUID = 1L;

        MaskedImporterNumberSerializer() {
            super(ImporterNumber.class);
        }

        @Override
        public void serialize(ImporterNumber value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.masked());
        }
    }
}
