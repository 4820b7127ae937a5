package org.acesdk.client.catair;

import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.pga.LegacyFda;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.model.pga.PgaSet;

/**
 * Encodes and decodes the PGA Message Set of one tariff number: OI, then each PGA line's PG01 and its records, in the
 * order of the model (an entity: PG19, its PG60s, PG20, its PG60s, PG55, PG21, its PG60s, its PG23s). Decoding keeps
 * the order it reads, so a set re-encodes to the same records; a record that stands where its parent is missing is
 * kept as read ({@link PgaElement.Unrecognized}). Pre-ACE FD01-FD05 records are decoded into {@link LegacyFda} and never
 * encoded. Stateless and thread-safe.
 */
public final class PgaCodec {
    /** Longest PG60 text written: columns 8-79, as both readings of the chapter allow. */
    public static final int PG60_TEXT_LIMIT = 72;

    private PgaCodec() {
    }

    /** Whether a record identifier belongs to the PGA Message Set (OI, PGnn) or the legacy FDnn records. */
    public static boolean isPgaRecord(String recordId) {
        return recordId.equals("OI") || (recordId.length() == 4 && (recordId.startsWith("PG")
                || recordId.startsWith("FD")) && Character.isDigit(recordId.charAt(2))
                && Character.isDigit(recordId.charAt(3)));
    }

    /**
     * Encodes a set as 80-character records.
     *
     * @param set the set
     * @return the records: OI, then each PGA line
     * @throws CatairException naming the record and field that cannot be written
     */
    public static List<String> encode(PgaSet set) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder(80);
        encode(set, new RecordBuffer(), b -> {
            sb.setLength(0);
            b.appendTo(sb, "");
            out.add(sb.toString());
        });
        return out;
    }

    /** The number of records {@link #encode(PgaSet)} writes, counted from the model. */
    static int recordCount(PgaSet set) {
        if (set == null) {
            return 0;
        }
        int n = 1;
        for (PgaDeclaration d : set.declarations()) {
            n++;
            for (PgaElement e : d.elements()) {
                n += records(e);
            }
        }
        return n;
    }

    private static int records(PgaElement e) {
        if (e instanceof PgaEntity) {
            return records((PgaEntity) e);
        }
        if (e instanceof PgaElement.ItemIdentity) {
            PgaElement.ItemIdentity it = (PgaElement.ItemIdentity) e;
            return 1 + (it.additionalNumbers().isEmpty() ? 0 : 1) + it.info().size();
        }
        if (e instanceof PgaElement.Lpco) {
            return ((PgaElement.Lpco) e).hasIssuer() ? 2 : 1;
        }
        if (e instanceof PgaElement.Declaration) {
            PgaEntity.Contact c = ((PgaElement.Declaration) e).contact();
            return 1 + (c == null ? 0 : 1 + c.info().size());
        }
        if (e instanceof PgaElement.Inspection) {
            PgaEntity en = ((PgaElement.Inspection) e).entity();
            return 1 + (en == null ? 0 : records(en));
        }
        return 1;
    }

    private static int records(PgaEntity e) {
        int n = 1 + e.info().size() + e.affirmations().size() + (e.additionalRoles().isEmpty() ? 0 : 1);
        if (e.address() != null) {
            n += 1 + e.address().info().size();
        }
        if (e.contact() != null) {
            n += 1 + e.contact().info().size();
        }
        return n;
    }

    static void encode(PgaSet set, RecordBuffer b, EntrySummaryEncoder.Sink sink) {
        if (set == null) {
            return;
        }
        if (!set.legacyFda().isEmpty()) {
            throw new CatairException(0, "FD01", "legacyFda", "", "pre-ACE FD records are decoded for history only; "
                    + "send FDA data as PGA Message Set records (PG01-PG60)");
        }
        b.start(PgaLayouts.OI).set("description", set.commercialDescription());
        sink.accept(b);
        PgaAgency last = null;
        int number = 0;
        for (PgaDeclaration d : set.declarations()) {
            number = d.agency().equals(last) ? number + 1 : 1;
            last = d.agency();
            int line = d.lineNumber() != null ? d.lineNumber() : number;
            b.start(PgaLayouts.PG01).set("lineNumber", line)
                    .set("agency", RecordBuffer.code("agency", d.agency(), d.agency().code()))
                    .set("program", d.program()).set("processing", d.processing())
                    .set("electronicImage", d.electronicImage() ? "Y" : null)
                    .set("confidential", d.confidential() ? "Y" : null)
                    .set("productIdQualifier", d.productIdQualifier()).set("productId", d.productId())
                    .set("intendedUse", d.intendedUse()).set("intendedUseDescription", d.intendedUseDescription())
                    .set("correction", d.correction())
                    .set("disclaimer", d.disclaimer() == null ? null
                            : RecordBuffer.code("disclaimer", d.disclaimer(), d.disclaimer().code()));
            sink.accept(b);
            for (PgaElement e : d.elements()) {
                element(e, b, sink);
            }
        }
    }

    private static void element(PgaElement e, RecordBuffer b, EntrySummaryEncoder.Sink sink) {
        if (e instanceof PgaEntity) {
            entity((PgaEntity) e, b, sink);
        } else if (e instanceof PgaElement.ItemIdentity) {
            PgaElement.ItemIdentity it = (PgaElement.ItemIdentity) e;
            write(PgaLayouts.PG07, it, b, sink);
            if (!it.additionalNumbers().isEmpty()) {
                b.start(PgaLayouts.PG08);
                for (int k = 0; k < it.additionalNumbers().size(); k++) {
                    b.set("number" + (k + 1), it.additionalNumbers().get(k));
                }
                sink.accept(b);
            }
            info(it.info(), b, sink);
        } else if (e instanceof PgaElement.Lpco) {
            PgaElement.Lpco l = (PgaElement.Lpco) e;
            if (l.hasIssuer()) {
                write(PgaLayouts.PG13, l, b, sink);
            }
            write(PgaLayouts.PG14, l, b, sink);
        } else if (e instanceof PgaElement.Declaration) {
            PgaElement.Declaration d = (PgaElement.Declaration) e;
            write(PgaLayouts.PG22, d, b, sink);
            contact(d.contact(), b, sink);
        } else if (e instanceof PgaElement.Inspection) {
            PgaElement.Inspection in = (PgaElement.Inspection) e;
            write(PgaLayouts.PG30, in, b, sink);
            if (in.entity() != null) {
                entity(in.entity(), b, sink);
            }
        } else if (e instanceof PgaElement.Containers) {
            List<PgaElement.Container> cs = ((PgaElement.Containers) e).containers();
            b.start(PgaLayouts.PG27);
            for (int k = 0; k < cs.size(); k++) {
                b.set("number" + (k + 1), cs.get(k).number()).set("type" + (k + 1), cs.get(k).type())
                        .set("length" + (k + 1), cs.get(k).length());
            }
            sink.accept(b);
        } else if (e instanceof PgaElement.AdditionalInfo) {
            info(List.of((PgaElement.AdditionalInfo) e), b, sink);
        } else if (e instanceof PgaElement.Unrecognized) {
            sink.accept(b.raw(((PgaElement.Unrecognized) e).raw()));
        } else {
            write(PgaLayouts.ALL.get(e.recordId()), e, b, sink);
        }
    }

    private static void entity(PgaEntity e, RecordBuffer b, EntrySummaryEncoder.Sink sink) {
        write(PgaLayouts.PG19, e, b, sink);
        info(e.info(), b, sink);
        if (e.address() != null) {
            write(PgaLayouts.PG20, e.address(), b, sink);
            info(e.address().info(), b, sink);
        }
        if (!e.additionalRoles().isEmpty()) {
            b.start(PgaLayouts.PG55);
            for (int k = 0; k < e.additionalRoles().size(); k++) {
                b.set("role" + (k + 1), e.additionalRoles().get(k));
            }
            sink.accept(b);
        }
        contact(e.contact(), b, sink);
        for (PgaElement.Affirmation a : e.affirmations()) {
            write(PgaLayouts.PG23, a, b, sink);
        }
    }

    private static void contact(PgaEntity.Contact c, RecordBuffer b, EntrySummaryEncoder.Sink sink) {
        if (c != null) {
            write(PgaLayouts.PG21, c, b, sink);
            info(c.info(), b, sink);
        }
    }

    private static void info(List<PgaElement.AdditionalInfo> infos, RecordBuffer b, EntrySummaryEncoder.Sink sink) {
        for (PgaElement.AdditionalInfo i : infos) {
            if (i.text() != null && i.text().length() > PG60_TEXT_LIMIT) {
                throw new CatairException(0, "PG60", "text", "8-79", "a value of " + i.text().length()
                        + " characters does not fit in " + PG60_TEXT_LIMIT + " (the sources disagree on column 80)");
            }
            b.start(PgaLayouts.PG60).set("qualifier", i.qualifier()).set("text", i.text());
            sink.accept(b);
        }
    }

    /** Writes a record from the components whose names are the layout's fields. */
    private static void write(RecordLayout l, Object value, RecordBuffer b, EntrySummaryEncoder.Sink sink) {
        PgaRecordMapping.Mapping m = PgaRecordMapping.mapping(value.getClass(), l);
        b.start(l);
        for (int k = 0; k < m.fields.length; k++) {
            Object v = m.get(k, value);
            // a blank optional field is left as the blank record has it; a mandatory one is still checked
            if (v != null || m.mandatory[k]) {
                b.set(m.fields[k], v);
            }
        }
        sink.accept(b);
    }

    /** The index after the PGA records that start at {@code from}: the set ends at a second OI or a non-PGA record. */
    static int endOfSet(List<CatairRecord> records, int from) {
        int j = from + 1;
        while (j < records.size() && isPgaRecord(records.get(j).recordId()) && !records.get(j).recordId().equals("OI")) {
            j++;
        }
        return j;
    }

    /**
     * Decodes the records of one set (an OI and the records up to the next OI or non-PGA record).
     *
     * @param records the records, read in the AE or SE layouts
     * @return the set
     * @throws CatairException naming a record that cannot be read
     */
    public static PgaSet decode(List<CatairRecord> records) {
        return new PgaReader(records).read();
    }

}
