package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.response.AnswerCondition;
import org.acesdk.model.response.AnswerReference;
import org.acesdk.model.response.BatchRejection;
import org.acesdk.model.response.CargoReleaseAnswer;
import org.acesdk.model.response.ConditionAnswer;
import org.acesdk.model.response.EntrySummaryAnswer;
import org.acesdk.model.response.ReleaseStatus;

/**
 * CBP's answers as typed results: entry summary answers (AX) decoded from E0/E1 records with each condition's
 * references resolved as CBP sends them (a {@code LINITM} reference replaces the line; a {@code TARIFF} reference
 * stacks under it; others reset to the header), and written back record for record. Stateless and thread-safe.
 */
public final class AnswerCodec {
    private AnswerCodec() {
    }

    /**
     * The entry summary answers of a batch's AX blocks.
     *
     * @param batch the read batch
     * @return the answers, in order
     */
    public static List<EntrySummaryAnswer> entrySummaries(CatairBatch batch) {
        List<EntrySummaryAnswer> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            if ("AX".equals(block.applicationId())) {
                out.addAll(entrySummaries(block.records()));
            }
        }
        return out;
    }

    /** One answer being read. */
    private static final class Open {
        Integer occurrence;
        String literal;
        String filer;
        String entry;
        String reference;
        String team;
        final List<AnswerCondition> conditions = new ArrayList<>();
        final List<AnswerReference> stack = new ArrayList<>();
        final List<AnswerReference> pending = new ArrayList<>();

        EntrySummaryAnswer close(AnswerCondition fin) {
            return new EntrySummaryAnswer(occurrence, literal, filer, entry, reference, team, conditions, fin,
                    pending);
        }
    }

    /**
     * The entry summary answers in AX detail records.
     *
     * @param records E0 and E1 records
     * @return the answers, in order; one still open at the end has no final disposition
     */
    public static List<EntrySummaryAnswer> entrySummaries(List<CatairRecord> records) {
        List<EntrySummaryAnswer> out = new ArrayList<>();
        Open open = null;
        for (CatairRecord read : records) {
            CatairRecord r = CatairReader.inLayoutOf(read, "AX");
            String id = r.recordId();
            if (id.equals("E0")) {
                String type = r.text("referenceType", "");
                if (type.equals("SUMMRY")) {
                    if (open != null) {
                        out.add(open.close(null));
                    }
                    open = new Open();
                    open.occurrence = integer(r.value("occurrence"));
                    open.literal = r.text("referenceLiteral", "");
                    open.filer = r.text("filerCode", "");
                    open.entry = r.text("entryNumber", "");
                    open.reference = r.text("filerReference", "");
                    open.team = r.text("teamNumber", "");
                    continue;
                }
                if (open == null) {
                    open = new Open();
                }
                AnswerReference ref = new AnswerReference(type, integer(r.value("occurrence")),
                        r.text("referenceLiteral", ""), r.text("referenceData", ""),
                        printed(r.raw(), r.value("occurrence")));
                if (type.equals("TARIFF")) {
                    // under the current line, replacing an earlier tariff reference
                    open.stack.removeIf(x -> !x.type().equals("LINITM"));
                } else {
                    open.stack.clear();
                }
                open.stack.add(ref);
                open.pending.add(ref);
            } else if (id.equals("E1")) {
                if (open == null) {
                    open = new Open();
                }
                String d = r.text("disposition", "");
                AnswerCondition c = condition(d, r.text("severity", ""), r.text("conditionCode", ""),
                        r.text("reasonCode", ""), r.text("narrative", ""), open.stack, open.pending,
                        r.text("filerCode", ""), r.text("entryNumber", ""), integer(r.value("version")),
                        r.text("filerReference", ""), "");
                if (d.equals("A") || d.equals("R")) {
                    out.add(open.close(c));
                    open = null;
                } else {
                    open.conditions.add(c);
                }
            }
        }
        if (open != null) {
            out.add(open.close(null));
        }
        return out;
    }

    /**
     * A condition with the references read since the previous one: those still at the end of the context are its new
     * references, the others were replaced before it; the pending list is emptied.
     */
    private static AnswerCondition condition(String disposition, String severity, String code, String reason,
            String narrative, List<AnswerReference> stack, List<AnswerReference> pending, String filer, String entry,
            Integer version, String filerReference, String detail) {
        int k = 0;
        while (k < stack.size() && k < pending.size()
                && stack.get(stack.size() - 1 - k) == pending.get(pending.size() - 1 - k)) {
            k++;
        }
        List<AnswerReference> replaced = List.copyOf(pending.subList(0, pending.size() - k));
        pending.clear();
        return new AnswerCondition(disposition, severity, code, reason, narrative, stack, k, filer, entry, version,
                filerReference, detail, replaced);
    }

    /** Writes references as E0 or X0 records, each occurrence as it was printed. */
    private static void references(RecordBuffer b, RecordLayout layout, List<AnswerReference> refs,
            List<String> out) {
        for (AnswerReference r : refs) {
            b.start(layout).set("referenceType", blankNull(r.type())).set("occurrence", r.occurrence())
                    .set("referenceLiteral", blankNull(r.literal())).set("referenceData", blankNull(r.data()));
            out.add(asPrinted(b.toRecordAsIs(), r));
        }
    }

    /** The references written before a condition: those replaced, then the new ones of its context. */
    private static List<AnswerReference> written(AnswerCondition c) {
        List<AnswerReference> ctx = c.context();
        List<AnswerReference> all = new ArrayList<>(c.replacedReferences());
        all.addAll(ctx.subList(ctx.size() - c.newReferences(), ctx.size()));
        return all;
    }

    /** Columns 11-16 as printed, when they are not the zero-filled form of the occurrence. */
    private static String printed(String raw, Object occurrence) {
        if (!(occurrence instanceof BigDecimal)) {
            return null;
        }
        String t = raw.substring(10, 16);
        return t.equals(String.format("%06d", ((BigDecimal) occurrence).intValue())) ? null : t;
    }

    /** A written reference record with its occurrence as it was printed. */
    private static String asPrinted(String record, AnswerReference r) {
        return r.occurrenceText() == null ? record
                : record.substring(0, 10) + r.occurrenceText() + record.substring(16);
    }

    private static Integer integer(Object v) {
        return v instanceof BigDecimal ? ((BigDecimal) v).intValueExact() : null;
    }

    /**
     * Writes an answer back as E0 and E1 records: the SUMMRY reference, each condition after the references CBP sent
     * before it, the final disposition, and references sent after the last condition. An answer without summary
     * fields (read from conditions before any SUMMRY, or from a SUMMRY with every field blank) writes no SUMMRY.
     *
     * @param a the answer
     * @return the 80-character records
     */
    public static List<String> encode(EntrySummaryAnswer a) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        // an answer read without an E0 SUMMRY (conditions before any) has no summary fields and writes none; an
        // E0 SUMMRY whose every field is blank reads the same
        if (a.occurrence() != null || !a.literal().isEmpty() || !a.filerCode().isEmpty()
                || !a.entryNumberText().isEmpty() || !a.filerReference().isEmpty() || !a.teamNumber().isEmpty()) {
            b.start(CatairLayouts.AX_E0_SUMMARY).set("referenceType", "SUMMRY").set("occurrence", a.occurrence())
                    .set("referenceLiteral", blankNull(a.literal())).set("filerCode", blankNull(a.filerCode()))
                    .set("entryNumber", blankNull(a.entryNumberText()))
                    .set("filerReference", blankNull(a.filerReference())).set("teamNumber", blankNull(a.teamNumber()));
            out.add(b.toRecordAsIs());
        }
        for (AnswerCondition c : a.conditions()) {
            condition(b, c, out);
        }
        if (a.finalDisposition() != null) {
            condition(b, a.finalDisposition(), out);
        }
        references(b, CatairLayouts.AX_E0_REFERENCE, a.trailingReferences(), out);
        return out;
    }

    private static void condition(RecordBuffer b, AnswerCondition c, List<String> out) {
        references(b, CatairLayouts.AX_E0_REFERENCE, written(c), out);
        b.start(CatairLayouts.AX_E1).set("disposition", blankNull(c.dispositionCode()))
                .set("severity", blankNull(c.severityCode())).set("conditionCode", blankNull(c.code()))
                .set("reasonCode", blankNull(c.reasonCode())).set("narrative", blankNull(c.narrative()))
                .set("filerCode", blankNull(c.filerCode())).set("entryNumber", blankNull(c.entryNumber()))
                .set("version", c.version()).set("filerReference", blankNull(c.filerReference()));
        out.add(b.toRecordAsIs());
    }

    private static String blankNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ------------------------------------------------------------------ cargo release status (SO)

    /**
     * The cargo release status notifications of a batch's SO blocks.
     *
     * @param batch the read batch
     * @return the answers, in order
     */
    public static List<CargoReleaseAnswer> cargoReleases(CatairBatch batch) {
        List<CargoReleaseAnswer> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            if ("SO".equals(block.applicationId())) {
                out.addAll(cargoReleases(block.records()));
            }
        }
        return out;
    }

    /** One status notification being read. */
    private static final class OpenRelease {
        CatairRecord header;
        final List<ReleaseStatus.Reference> references = new ArrayList<>();
        final List<Object[]> bills = new ArrayList<>();
        final List<ReleaseStatus.EntryDisposition> dispositions = new ArrayList<>();
        final List<Object[]> pga = new ArrayList<>();

        @SuppressWarnings("unchecked")
        CargoReleaseAnswer close() {
            CatairRecord h = header;
            List<ReleaseStatus.Bill> b = new ArrayList<>();
            for (Object[] x : bills) {
                CatairRecord r = (CatairRecord) x[0];
                List<ReleaseStatus.BillDisposition> ds = (List<ReleaseStatus.BillDisposition>) x[1];
                // SO50s before any SO40 belong to a bill the records do not name
                b.add(r == null ? new ReleaseStatus.Bill(null, null, null, null, null, null, ds)
                        : new ReleaseStatus.Bill(r.text("billType"), r.text("issuerCode"), r.text("billNumber"),
                                (BigDecimal) r.value("quantity"), r.text("unit"),
                                (BigDecimal) r.value("manifestedQuantity"), ds));
            }
            List<ReleaseStatus.PgaStatus> p = new ArrayList<>();
            for (Object[] x : pga) {
                CatairRecord r = (CatairRecord) x[0];
                if (r == null) {
                    // SO71s before any SO70 belong to a status the records do not give
                    p.add(new ReleaseStatus.PgaStatus(null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, (List<ReleaseStatus.PgaReference>) x[1]));
                    continue;
                }
                p.add(new ReleaseStatus.PgaStatus(r.text("agencyCode"), r.text("programCode"),
                        (java.time.LocalDate) r.value("statusDate"), r.text("statusTime"), r.text("entryStatus"),
                        r.text("entryMessage"), r.text("lineStatus"), r.text("pgaLineStatus"), r.text("reasonCode"),
                        r.text("beginCbpLine"), r.text("beginPgaLine"), r.text("rangeIndicator"),
                        r.text("endCbpLine"), r.text("endPgaLine"), r.text("documentType"), r.text("holdType"),
                        r.text("groupVersion"), (List<ReleaseStatus.PgaReference>) x[1]));
            }
            // a blank SO10 field reads as empty text; without an SO10 every header field is null
            return new CargoReleaseAnswer(h == null ? null : h.text("port", ""),
                    h == null ? null : h.text("filerCode", ""), h == null ? null : h.text("entryNumber", ""),
                    h == null ? null : h.text("entryType", ""), h == null ? null : h.text("importerNumber", ""),
                    h == null ? null : h.text("carrierCode", ""), h == null ? null : h.text("vesselName", ""),
                    h == null ? null : h.text("voyageNumber", ""),
                    h == null ? null : (java.time.LocalDate) h.value("arrivalDate"),
                    h == null ? null : h.text("splitShipment", ""), h == null ? null : h.text("correctionResponse", ""),
                    references, b, dispositions, p);
        }
    }

    /**
     * The status notifications in SO detail records.
     *
     * @param records SO10 to SO71 records
     * @return the answers, in order
     */
    @SuppressWarnings("unchecked")
    public static List<CargoReleaseAnswer> cargoReleases(List<CatairRecord> records) {
        List<CargoReleaseAnswer> out = new ArrayList<>();
        OpenRelease open = null;
        for (CatairRecord r : records) {
            String id = r.recordId();
            if (id.equals("SO10") || id.equals("WO10")) {
                if (open != null) {
                    out.add(open.close());
                }
                open = new OpenRelease();
                open.header = r;
                continue;
            }
            if (!List.of("SO20", "SO40", "SO50", "SO60", "SO70", "SO71").contains(id)) {
                continue; // not a status record: it stays in the response's raw lines
            }
            if (open == null) {
                open = new OpenRelease();
            }
            switch (id) {
                case "SO20":
                    open.references.add(new ReleaseStatus.Reference(r.text("qualifier"), r.text("reference")));
                    break;
                case "SO40":
                    open.bills.add(new Object[] {r, new ArrayList<ReleaseStatus.BillDisposition>()});
                    break;
                case "SO50": {
                    ReleaseStatus.BillDisposition d = new ReleaseStatus.BillDisposition(
                            (java.time.LocalDate) r.value("dispositionDate"), r.text("dispositionTime"),
                            r.text("dispositionCode"), r.text("narrative"), r.text("split"), r.text("carrierCode"),
                            r.text("voyageNumber"), (java.time.LocalDate) r.value("arrivalDate"),
                            r.text("arrivalPort"));
                    if (open.bills.isEmpty()) {
                        open.bills.add(new Object[] {null, new ArrayList<ReleaseStatus.BillDisposition>()});
                    }
                    ((List<ReleaseStatus.BillDisposition>) open.bills.get(open.bills.size() - 1)[1]).add(d);
                    break;
                }
                case "SO60":
                    open.dispositions.add(new ReleaseStatus.EntryDisposition((java.time.LocalDate) r.value(
                            "dispositionDate"), r.text("dispositionTime"), r.text("dispositionCode"),
                            r.text("narrative"), (java.time.LocalDate) r.value("releaseDate"), r.text("releaseOrigin"),
                            r.text("documentType")));
                    break;
                case "SO70":
                    open.pga.add(new Object[] {r, new ArrayList<ReleaseStatus.PgaReference>()});
                    break;
                case "SO71": {
                    ReleaseStatus.PgaReference ref = new ReleaseStatus.PgaReference(r.text("qualifier"),
                            r.text("referenceNumber"), (java.time.LocalDate) r.value("receiptDate"),
                            r.text("receiptTime"), r.text("subReasons"), r.text("qualifier2"),
                            r.text("referenceNumber2"));
                    if (open.pga.isEmpty()) {
                        open.pga.add(new Object[] {null, new ArrayList<ReleaseStatus.PgaReference>()});
                    }
                    ((List<ReleaseStatus.PgaReference>) open.pga.get(open.pga.size() - 1)[1]).add(ref);
                    break;
                }
                default:
                    break;
            }
        }
        if (open != null) {
            out.add(open.close());
        }
        return out;
    }

    /**
     * Writes a status notification back as SO records, in the order CBP sends them: header, references, bills each
     * followed by its dispositions, entry dispositions, agency statuses each followed by its references.
     *
     * @param a the answer
     * @return the 80-character records
     */
    public static List<String> encode(CargoReleaseAnswer a) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        // an answer read without an SO10 (status records before any) writes none
        if (a.port() != null || a.filerCode() != null || a.entryNumberText() != null || a.entryType() != null
                || a.importerNumberText() != null || a.carrierCode() != null || a.vesselName() != null
                || a.voyageNumber() != null || a.arrivalDate() != null || a.splitShipment() != null
                || a.correctionResponse() != null) {
            b.start(CatairLayouts.SO_10).set("port", a.port()).set("filerCode", a.filerCode())
                    .set("entryNumber", a.entryNumberText()).set("entryType", a.entryType())
                    .set("importerNumber", a.importerNumberText()).set("carrierCode", a.carrierCode())
                    .set("vesselName", a.vesselName()).set("voyageNumber", a.voyageNumber())
                    .set("arrivalDate", a.arrivalDate()).set("splitShipment", a.splitShipment())
                    .set("correctionResponse", a.correctionResponse());
            out.add(b.toRecordAsIs());
        }
        for (ReleaseStatus.Reference r : a.references()) {
            out.add(b.start(CatairLayouts.SO_20).set("qualifier", r.qualifier()).set("reference", r.reference())
                    .toRecordAsIs());
        }
        for (ReleaseStatus.Bill bill : a.bills()) {
            boolean named = bill.type() != null || bill.issuer() != null || bill.number() != null
                    || bill.quantity() != null || bill.unit() != null || bill.manifestedQuantity() != null;
            if (named) {
                out.add(b.start(CatairLayouts.SO_40).set("billType", bill.type()).set("issuerCode", bill.issuer())
                        .set("billNumber", bill.number()).set("quantity", bill.quantity()).set("unit", bill.unit())
                        .set("manifestedQuantity", bill.manifestedQuantity()).toRecordAsIs());
            }
            for (ReleaseStatus.BillDisposition d : bill.dispositions()) {
                out.add(b.start(CatairLayouts.SO_50).set("dispositionDate", d.date()).set("dispositionTime", d.time())
                        .set("dispositionCode", d.code()).set("narrative", d.narrative()).set("split", d.split())
                        .set("carrierCode", d.carrierCode()).set("voyageNumber", d.voyageNumber())
                        .set("arrivalDate", d.arrivalDate()).set("arrivalPort", d.arrivalPort()).toRecordAsIs());
            }
        }
        for (ReleaseStatus.EntryDisposition d : a.dispositions()) {
            out.add(b.start(CatairLayouts.SO_60).set("dispositionDate", d.date()).set("dispositionTime", d.time())
                    .set("dispositionCode", d.code()).set("narrative", d.narrative())
                    .set("releaseDate", d.releaseDate())
                    .set("releaseOrigin", d.releaseOrigin()).set("documentType", d.documentType()).toRecordAsIs());
        }
        for (ReleaseStatus.PgaStatus s : a.pgaStatuses()) {
            if (java.util.stream.Stream.of(s.agency(), s.program(), s.date(), s.time(), s.entryStatus(),
                    s.entryMessage(), s.lineStatus(), s.pgaLineStatus(), s.reasonCode(), s.beginCbpLine(),
                    s.beginPgaLine(), s.rangeIndicator(), s.endCbpLine(), s.endPgaLine(), s.documentType(),
                    s.holdType(), s.groupVersion()).allMatch(java.util.Objects::isNull)) {
                // a status the records did not give (SO71s before any SO70): its references only
                s.references().forEach(r -> out.add(pgaReference(b, r)));
                continue;
            }
            out.add(b.start(CatairLayouts.SO_70).set("agencyCode", s.agency()).set("programCode", s.program())
                    .set("statusDate", s.date()).set("statusTime", s.time()).set("entryStatus", s.entryStatus())
                    .set("entryMessage", s.entryMessage()).set("lineStatus", s.lineStatus())
                    .set("pgaLineStatus", s.pgaLineStatus()).set("reasonCode", s.reasonCode())
                    .set("beginCbpLine", s.beginCbpLine()).set("beginPgaLine", s.beginPgaLine())
                    .set("rangeIndicator", s.rangeIndicator()).set("endCbpLine", s.endCbpLine())
                    .set("endPgaLine", s.endPgaLine()).set("documentType", s.documentType())
                    .set("holdType", s.holdType()).set("groupVersion", s.groupVersion()).toRecordAsIs());
            for (ReleaseStatus.PgaReference r : s.references()) {
                out.add(pgaReference(b, r));
            }
        }
        return out;
    }

    private static String pgaReference(RecordBuffer b, ReleaseStatus.PgaReference r) {
        return b.start(CatairLayouts.SO_71).set("qualifier", r.qualifier()).set("referenceNumber", r.referenceNumber())
                .set("receiptDate", r.receiptDate()).set("receiptTime", r.receiptTime())
                .set("subReasons", r.subReasons()).set("qualifier2", r.qualifier2())
                .set("referenceNumber2", r.referenceNumber2()).toRecordAsIs();
    }

    // ------------------------------------------------------------------ batch rejections (X0, X1)

    /**
     * The batch or block rejections in a batch: X0 references and X1 conditions, wherever they stand.
     *
     * @param batch the read batch
     * @return the rejections, in order
     */
    public static List<BatchRejection> batchRejections(CatairBatch batch) {
        List<CatairRecord> records = new ArrayList<>();
        for (CatairBlock b : batch.blocks()) {
            for (CatairRecord r : b.records()) {
                if (r.recordId().equals("X0") || r.recordId().equals("X1")) {
                    records.add(r);
                }
            }
        }
        return batchRejections(records);
    }

    /**
     * The rejections in X0 and X1 records; each X0 replaces the reference in force.
     *
     * @param records X0 and X1 records
     * @return the rejections, in order
     */
    public static List<BatchRejection> batchRejections(List<CatairRecord> records) {
        FlatAnswers<BatchRejection> f = new FlatAnswers<>(BatchRejection::new);
        for (CatairRecord r : records) {
            if (r.recordId().equals("X0")) {
                // the reference data as printed, whatever its type's own layout
                String raw = r.raw();
                f.reference(new AnswerReference(r.text("referenceType", ""), integer(r.value("occurrence")),
                        r.text("referenceLiteral", ""), raw.length() > 25 ? raw.substring(25).stripTrailing() : "",
                        printed(raw, r.value("occurrence"))));
            } else if (r.recordId().equals("X1")) {
                String d = r.text("disposition", "");
                f.condition(condition(d, r.text("severity", ""), r.text("conditionCode", ""), r.text("reasonCode", ""),
                        r.text("narrative", ""), f.stack, f.pending, "", "", null, "", ""), d.equals("R"));
            }
        }
        return f.end();
    }

    /** Answers of references and conditions read in order; a final condition ends each one. */
    private static final class FlatAnswers<T> {
        interface Make<T> {
            T make(List<AnswerCondition> conditions, AnswerCondition finalDisposition,
                    List<AnswerReference> trailing);
        }

        final Make<T> make;
        final List<T> out = new ArrayList<>();
        final List<AnswerReference> pending = new ArrayList<>();
        List<AnswerCondition> conditions = new ArrayList<>();
        List<AnswerReference> stack = new ArrayList<>();
        boolean any;

        FlatAnswers(Make<T> make) {
            this.make = make;
        }

        /** Each reference replaces the one in force. */
        void reference(AnswerReference ref) {
            stack.clear();
            stack.add(ref);
            pending.add(ref);
            any = true;
        }

        void condition(AnswerCondition c, boolean last) {
            if (last) {
                out.add(make.make(conditions, c, List.of()));
                conditions = new ArrayList<>();
                stack = new ArrayList<>();
                any = false;
            } else {
                conditions.add(c);
                any = true;
            }
        }

        List<T> end() {
            if (any) {
                out.add(make.make(conditions, null, pending));
            }
            return out;
        }
    }

    /**
     * Writes a rejection back as X0 and X1 records.
     *
     * @param rejection the rejection
     * @return the 80-character records
     */
    public static List<String> encode(BatchRejection rejection) {
        return encodeConditions(rejection.conditions(), rejection.finalDisposition(), rejection.trailingReferences(),
                CatairLayouts.X0_REFERENCE, CatairLayouts.X1_CONDITION);
    }

    /**
     * Writes reference and condition records: each condition after the references sent before it, the final one
     * last, then references sent after the last condition ({@code detail} where the condition layout has it).
     */
    private static List<String> encodeConditions(List<AnswerCondition> conditions, AnswerCondition finalDisposition,
            List<AnswerReference> trailing, RecordLayout referenceLayout, RecordLayout conditionLayout) {
        List<String> out = new ArrayList<>();
        RecordBuffer b = new RecordBuffer();
        List<AnswerCondition> all = new ArrayList<>(conditions);
        if (finalDisposition != null) {
            all.add(finalDisposition);
        }
        boolean detail = conditionLayout.field("detail").isPresent();
        for (AnswerCondition c : all) {
            references(b, referenceLayout, written(c), out);
            b.start(conditionLayout).set("disposition", blankNull(c.dispositionCode()))
                    .set("severity", blankNull(c.severityCode())).set("conditionCode", blankNull(c.code()))
                    .set("reasonCode", blankNull(c.reasonCode())).set("narrative", blankNull(c.narrative()));
            if (detail) {
                b.set("detail", blankNull(c.detail()));
            }
            out.add(b.toRecordAsIs());
        }
        references(b, referenceLayout, trailing, out);
        return out;
    }

    // ------------------------------------------------------------------ other applications (E0, E1)

    /**
     * The E0/E1 answers of a batch's blocks in applications other than AX (TX, PZ...): each E0, whatever its type,
     * replaces the reference in force; an E1 with disposition {@code A} or {@code R} ends an answer.
     *
     * @param batch the read batch
     * @return the answers, in order
     */
    public static List<ConditionAnswer> conditionAnswers(CatairBatch batch) {
        List<ConditionAnswer> out = new ArrayList<>();
        for (CatairBlock block : batch.blocks()) {
            if (!"AX".equals(block.applicationId())) {
                out.addAll(conditionAnswers(block.applicationId(), block.records()));
            }
        }
        return out;
    }

    /**
     * The E0/E1 answers in records of one application.
     *
     * @param applicationId the application
     * @param records the detail records (records other than E0 and E1 are passed over)
     * @return the answers, in order
     */
    public static List<ConditionAnswer> conditionAnswers(String applicationId, List<CatairRecord> records) {
        FlatAnswers<ConditionAnswer> f = new FlatAnswers<>((cs, fin, trailing) -> new ConditionAnswer(applicationId,
                cs, fin, trailing));
        for (CatairRecord r : records) {
            // slices as printed, trailing spaces dropped (a leading space is part of what was sent): a misaligned
            // record writes back as it came
            String raw = r.raw();
            if (r.recordId().equals("E0")) {
                f.reference(new AnswerReference(raw.substring(3, 9).stripTrailing(), integer(r.value("occurrence")),
                        raw.substring(17, 24).stripTrailing(), raw.length() > 25 ? raw.substring(25).stripTrailing() : "",
                        printed(raw, r.value("occurrence"))));
            } else if (r.recordId().equals("E1")) {
                String d = raw.substring(2, 3).trim();
                f.condition(condition(d, raw.substring(3, 4).trim(), raw.substring(4, 7).stripTrailing(),
                        raw.substring(7, 10).stripTrailing(), raw.substring(10, 50).stripTrailing(), f.stack,
                        f.pending, "", "", null, "", raw.length() > 50 ? raw.substring(50).stripTrailing() : ""),
                        d.equals("A") || d.equals("R"));
            }
        }
        return f.end();
    }

    /**
     * Writes an E0/E1 answer back.
     *
     * @param a the answer
     * @return the 80-character records
     */
    public static List<String> encode(ConditionAnswer a) {
        return encodeConditions(a.conditions(), a.finalDisposition(), a.trailingReferences(),
                CatairLayouts.AX_E0_REFERENCE, CatairLayouts.E1_GENERIC);
    }
}
