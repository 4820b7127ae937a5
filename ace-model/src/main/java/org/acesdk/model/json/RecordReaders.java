package org.acesdk.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the SDK's document records field by field straight into their canonical constructors. Jackson's general
 * creator path buffers every property and looks each name up in a hash map; the parser hands out interned names, so
 * here a name is found by identity among a record's few components. Values are read by the same deserializers
 * Jackson would use, and errors carry the same paths and causes (a test compares the two on damaged documents).
 * Records whose components carry Jackson annotations other than {@code @JsonInclude} are left to Jackson.
 */
final class RecordReaders extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;
    private static final String MODEL = "org.acesdk.model.";

    /** The module that installs these readers. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("ace-record-readers");
        m.setDeserializers(new RecordReaders());
        return m;
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
            BeanDescription beanDesc) throws JsonMappingException {
        Class<?> raw = type.getRawClass();
        if (!raw.isRecord() || !raw.getName().startsWith(MODEL) || !plain(raw)) {
            return null;
        }
        return new RecordReader<>(raw);
    }

    /** Whether the record's components carry no Jackson annotation that changes reading. */
    private static boolean plain(Class<?> type) {
        for (RecordComponent rc : type.getRecordComponents()) {
            for (Annotation a : rc.getDeclaredAnnotations()) {
                String n = a.annotationType().getName();
                if (n.startsWith("com.fasterxml.jackson.") && !n.endsWith(".JsonInclude")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The reader of one record type. */
    private static final class RecordReader<T> extends StdDeserializer<T> implements ResolvableDeserializer {
        private static final long serialVersionUID = 1L;
        private final String[] names;
        private final Type[] types;
        private final Object[] absent;
        private final Map<String, Integer> index = new HashMap<>();
        private final transient MethodHandle constructor;
        private transient JsonDeserializer<Object>[] readers;

        RecordReader(Class<T> type) {
            super(type);
            RecordComponent[] rcs = type.getRecordComponents();
            names = new String[rcs.length];
            types = new Type[rcs.length];
            absent = new Object[rcs.length];
            Class<?>[] raw = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                names[i] = rcs[i].getName().intern();
                types[i] = rcs[i].getGenericType();
                raw[i] = rcs[i].getType();
                absent[i] = primitiveDefault(raw[i]);
                index.put(names[i], i);
            }
            try {
                constructor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, raw))
                        .asSpreader(Object[].class, rcs.length);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no canonical constructor for " + type.getSimpleName(), e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            JsonDeserializer<Object>[] r = new JsonDeserializer[names.length];
            for (int i = 0; i < names.length; i++) {
                JavaType t = ctxt.getTypeFactory().constructType(types[i]);
                r[i] = ctxt.findContextualValueDeserializer(t, null);
            }
            readers = r;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String name;
            if (p.isExpectedStartObjectToken()) {
                name = p.nextFieldName();
            } else if (p.hasToken(JsonToken.FIELD_NAME)) {
                name = p.currentName();
            } else if (p.hasToken(JsonToken.END_OBJECT)) {
                name = null;
            } else {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            Object[] args = absent.clone();
            boolean[] seen = new boolean[args.length];
            int expected = 0;
            for (; name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                int i = indexOf(name, expected);
                expected = i + 1;
                if (i < 0) {
                    p.skipChildren();
                    continue;
                }
                JsonDeserializer<Object> r = readers[i];
                seen[i] = true;
                try {
                    args[i] = t == JsonToken.VALUE_NULL ? r.getNullValue(ctxt) : r.deserialize(p, ctxt);
                } catch (Exception e) {
                    throw JsonMappingException.wrapWithPath(unwrap(e, ctxt), handledType(), name);
                }
            }
            boolean primitivesRequired = ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    args[i] = readers[i].getAbsentValue(ctxt);
                } else if (primitivesRequired && !seen[i] && absent[i] != null) {
                    // a primitive that is not there: an error where Jackson's own record handling gives one
                    throw JsonMappingException.wrapWithPath(com.fasterxml.jackson.databind.exc.MismatchedInputException
                            .from(p, (Class<?>) types[i], "missing required " + names[i]), handledType(), names[i]);
                }
            }
            try {
                return (T) constructor.invoke(args);
            } catch (Throwable e) {
                if (e instanceof Error) {
                    throw (Error) e;
                }
                throw ValueInstantiationException.from(p, "Cannot construct instance of "
                        + handledType().getSimpleName() + ", problem: " + e.getMessage(),
                        ctxt.constructType(handledType()), e);
            }
        }

        /** The component of that name: by identity near where the last one was found, else by name. */
        private int indexOf(String name, int from) {
            int found = org.acesdk.model.internal.Names.indexOf(names, name, from);
            if (found >= 0) {
                return found;
            }
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        /** As Jackson's bean deserializers do: errors pass, and I/O problems other than parse errors stay as they are. */
        private static Throwable unwrap(Throwable t, DeserializationContext ctxt) throws IOException {
            while (t instanceof InvocationTargetException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            boolean wrap = ctxt == null || ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
            if (t instanceof IOException) {
                if (!wrap || !(t instanceof JsonProcessingException)) {
                    throw (IOException) t;
                }
            } else if (!wrap && t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            return t;
        }

        private static Object primitiveDefault(Class<?> t) {
            if (!t.isPrimitive()) {
                return null;
            }
            if (t == boolean.class) {
                return Boolean.FALSE;
            }
            if (t == int.class) {
                return 0;
            }
            if (t == long.class) {
                return 0L;
            }
            if (t == double.class) {
                return 0.0d;
            }
            if (t == float.class) {
                return 0.0f;
            }
            if (t == short.class) {
                return (short) 0;
            }
            if (t == byte.class) {
                return (byte) 0;
            }
            return '\0';
        }
    }
}
