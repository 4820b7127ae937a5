package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The declarative description of one 80-column record: its identifier (the constant in columns 1-n) and its fields.
 * Immutable; built once, shared by {@link CatairWriter} and {@link CatairReader}.
 */
public final class RecordLayout {
    private final String recordId;
    private final String name;
    private final List<FieldSpec> fields;
    private final Map<String, Integer> index;
    /** The field names, interned: the encoders name fields with literals, found here by identity first. */
    private final String[] names;
    private final FieldSpec[] fieldArray;
    private final byte[] blankRecord;
    private final int[] mandatory;
    private final boolean[] mandatoryNumber;

    private RecordLayout(String recordId, String name, List<FieldSpec> fields) {
        this.recordId = recordId;
        this.name = name;
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
        Map<String, Integer> idx = new HashMap<>();
        this.names = new String[fields.size()];
        this.fieldArray = fields.toArray(new FieldSpec[0]);
        List<Integer> required = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec f = fields.get(i);
            idx.put(f.name(), i);
            names[i] = f.name().intern();
            if (f.required()) {
                required.add(i);
            }
        }
        this.index = Map.copyOf(idx);
        this.blankRecord = new byte[80];
        java.util.Arrays.fill(blankRecord, (byte) ' ');
        byte[] id = recordId.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, blankRecord, 0, Math.min(id.length, 80));
        this.mandatory = required.stream().mapToInt(Integer::intValue).toArray();
        this.mandatoryNumber = new boolean[mandatory.length];
        for (int k = 0; k < mandatory.length; k++) {
            mandatoryNumber[k] = fields.get(mandatory[k]).type() == FieldType.N;
        }
    }

    /**
     * Defines a layout and checks that fields neither overlap each other nor the record identifier.
     *
     * @param recordId the identifier written in columns 1..n, e.g. {@code 10}, {@code SE10}, {@code A}
     * @param name a readable name
     * @param fields the fields, in column order
     * @return the layout
     * @throws IllegalArgumentException if two fields overlap or a name repeats
     */
    public static RecordLayout of(String recordId, String name, FieldSpec... fields) {
        Objects.requireNonNull(recordId, "recordId");
        boolean[] used = new boolean[81];
        for (int c = 1; c <= recordId.length(); c++) {
            used[c] = true;
        }
        Map<String, Boolean> names = new HashMap<>();
        for (FieldSpec f : fields) {
            if (names.put(f.name(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("record " + recordId + ": field " + f.name() + " is defined twice");
            }
            for (int c = f.start(); c <= f.end(); c++) {
                if (used[c]) {
                    throw new IllegalArgumentException("record " + recordId + ": field " + f.name()
                            + " overlaps column " + c);
                }
                used[c] = true;
            }
        }
        return new RecordLayout(recordId, name, List.of(fields));
    }

    /** The record identifier, e.g. {@code 50}. */
    public String recordId() {
        return recordId;
    }

    /** A readable name, e.g. {@code Tariff/value/quantity}. */
    public String name() {
        return name;
    }

    /** The fields in column order. */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** The field of that name. */
    public Optional<FieldSpec> field(String fieldName) {
        Integer i = index.get(fieldName);
        return i == null ? Optional.empty() : Optional.of(fields.get(i));
    }

    int indexOf(String fieldName) {
        return indexOf(fieldName, 0);
    }

    /** The field's index: by identity just after {@code from} (encoders set fields in column order), else by name. */
    int indexOf(String fieldName, int from) {
        int found = org.acesdk.model.internal.Names.indexOf(names, fieldName, from);
        if (found >= 0) {
            return found;
        }
        Integer i = index.get(fieldName);
        return i == null ? -1 : i;
    }

    /** The number of fields, without going through the list view. */
    int fieldCount() {
        return fieldArray.length;
    }

    /** The field at that index (the fields as an array: the encoder asks for one per value it writes). */
    FieldSpec field(int index) {
        return fieldArray[index];
    }

    /** The 80 bytes of this record before any field is set: its identifier, then spaces. Never modified. */
    byte[] blankRecord() {
        return blankRecord;
    }

    /** For each of {@link #mandatory()}, whether it is an N field (set, rather than non-blank, is what counts). */
    boolean[] mandatoryNumber() {
        return mandatoryNumber;
    }

    /** The indexes of the mandatory fields, in column order. */
    int[] mandatory() {
        return mandatory;
    }

    @Override
    public String toString() {
        return "RecordLayout[" + recordId + " " + name + ", " + fields.size() + " fields]";
    }
}
