package org.acesdk.client.catair;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acesdk.model.pga.PgaElement;

/**
 * Maps the components of the PGA model's records to the fields of their layouts by name: a component is written to,
 * and read from, the layout field of its name; the rest (lists, nested records) are the codec's. Thread-safe.
 */
final class PgaRecordMapping {
    private PgaRecordMapping() {
    }

    static final Map<String, Class<? extends PgaElement>> SIMPLE = Map.ofEntries(
            Map.entry("PG00", PgaElement.Substitution.class), Map.entry("PG02", PgaElement.Product.class),
            Map.entry("PG04", PgaElement.Constituent.class), Map.entry("PG05", PgaElement.Species.class),
            Map.entry("PG06", PgaElement.Origin.class), Map.entry("PG10", PgaElement.Characteristic.class),
            Map.entry("PG14", PgaElement.Lpco.class), Map.entry("PG17", PgaElement.CommonName.class),
            Map.entry("PG18", PgaElement.HazardousMaterial.class), Map.entry("PG24", PgaElement.Remark.class),
            Map.entry("PG25", PgaElement.Lot.class), Map.entry("PG26", PgaElement.Packaging.class),
            Map.entry("PG28", PgaElement.CanTracking.class), Map.entry("PG29", PgaElement.Quantities.class),
            Map.entry("PG31", PgaElement.Vessel.class), Map.entry("PG32", PgaElement.Routing.class),
            Map.entry("PG33", PgaElement.GeographicArea.class), Map.entry("PG34", PgaElement.TravelDocument.class),
            Map.entry("PG35", PgaElement.ConformanceBond.class), Map.entry("PG50", PgaElement.GroupStart.class),
            Map.entry("PG51", PgaElement.GroupEnd.class));

    /** By record type, its mappings by layout (a type maps to one layout, an LPCO to two). */
    private static final ClassValue<Map<RecordLayout, Mapping>> MAPPINGS = new ClassValue<>() {
        @Override
        protected Map<RecordLayout, Mapping> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>(4);
        }
    };

    static Mapping mapping(Class<?> type, RecordLayout l) {
        Map<RecordLayout, Mapping> byLayout = MAPPINGS.get(type);
        Mapping m = byLayout.get(l);
        if (m == null) {
            m = byLayout.computeIfAbsent(l, k -> new Mapping(type, k));
        }
        return m;
    }

    static <T> T readAs(Class<T> type, CatairRecord r) {
        return type.cast(mapping(type, r.layout().orElseThrow()).read(r));
    }

    /** Which components of a record type are fields of a layout, with their accessors and the canonical constructor. */
    static final class Mapping {
        final String[] fields;
        /** Whether each field is mandatory or a zero-filled number: written even when the value is null. */
        final boolean[] mandatory;
        final MethodHandle[] getters;
        final Class<?>[] componentTypes;
        final int[] componentOfField;
        final MethodHandle constructor;
        final RecordLayout layout;

        Mapping(Class<?> type, RecordLayout l) {
            this.layout = l;
            RecordComponent[] rc = type.getRecordComponents();
            List<Integer> mapped = new ArrayList<>();
            for (int i = 0; i < rc.length; i++) {
                if (l.field(rc[i].getName()).isPresent()) {
                    mapped.add(i);
                }
            }
            mapped.sort((a, b) -> Integer.compare(l.field(rc[a].getName()).orElseThrow().start(),
                    l.field(rc[b].getName()).orElseThrow().start()));
            fields = new String[mapped.size()];
            mandatory = new boolean[mapped.size()];
            getters = new MethodHandle[mapped.size()];
            componentOfField = new int[mapped.size()];
            componentTypes = new Class<?>[rc.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int k = 0; k < mapped.size(); k++) {
                    RecordComponent c = rc[mapped.get(k)];
                    fields[k] = c.getName().intern();
                    FieldSpec spec = l.field(c.getName()).orElseThrow();
                    mandatory[k] = spec.required() || spec.type() == FieldType.N;
                    // typed (Object)Object so that invokeExact needs no adaptation at each call
                    getters[k] = lookup.unreflect(c.getAccessor()).asType(MethodType.methodType(Object.class,
                            Object.class));
                    componentOfField[k] = mapped.get(k);
                }
                for (int i = 0; i < rc.length; i++) {
                    componentTypes[i] = rc[i].getType();
                }
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class, componentTypes));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot map " + type.getName() + " to " + l.recordId(), e);
            }
        }

        Object get(int k, Object value) {
            try {
                return (Object) getters[k].invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        Object read(CatairRecord r) {
            Object[] args = new Object[componentTypes.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = componentTypes[i] == boolean.class ? Boolean.FALSE
                        : componentTypes[i] == List.class ? List.of() : null;
            }
            for (int k = 0; k < fields.length; k++) {
                Object v = r.value(fields[k]);
                Class<?> t = componentTypes[componentOfField[k]];
                if (v != null && t == Integer.class) {
                    v = integer((BigDecimal) v);
                } else if (v != null && t == String.class && !(v instanceof String)) {
                    v = v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString();
                } else if (v != null && t == LocalDate.class && !(v instanceof LocalDate)) {
                    throw new IllegalStateException("field " + fields[k] + " is not a date field");
                }
                args[componentOfField[k]] = v;
            }
            try {
                return constructor.invokeWithArguments(args);
            } catch (IllegalArgumentException e) {
                throw new CatairException(r.lineNumber(), r.recordId(), "", "", e.getMessage());
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    static Integer integer(BigDecimal d) {
        return d == null ? null : d.intValueExact();
    }
}
