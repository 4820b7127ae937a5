package org.acesdk.client.catair;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.acesdk.model.pga.LegacyFda;
import org.acesdk.model.pga.PgaAgency;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.model.pga.PgaDisclaimer;
import org.acesdk.model.pga.PgaElement;
import org.acesdk.model.pga.PgaEntity;
import org.acesdk.model.pga.PgaSet;

import static org.acesdk.client.catair.PgaRecordMapping.integer;
import static org.acesdk.client.catair.PgaRecordMapping.readAs;

/**
 * Reads the records of one PGA set in order: each record that belongs to a composite (an entity's PG20, PG21, PG55,
 * PG60 and PG23, an item's PG08 and PG60, a declaration's PG21, an inspection's entity) is attached to it, so that the
 * set re-encodes to the same records; one that stands where its parent is missing is kept as read. Not thread-safe:
 * one per set.
 */
final class PgaReader {

    private final List<CatairRecord> rs;
    private String description;
    private final List<PgaDeclaration> declarations = new ArrayList<>();
    private final List<LegacyFda> legacy = new ArrayList<>();
    private PgaDeclaration.Builder decl;
    /** The composite being read: an entity, item, declaration or inspection (with its entity), or null. */
    private Open open;

    PgaReader(List<CatairRecord> rs) {
        this.rs = rs;
    }

    PgaSet read() {
        for (int i = 0; i < rs.size(); i++) {
            CatairRecord r = rs.get(i);
            String id = r.recordId();
            if (id.equals("OI")) {
                if (i > 0) {
                    throw new CatairException(r.lineNumber(), "OI", "", "1-2", "a second OI: one per tariff");
                }
                description = r.text("description");
            } else if (id.startsWith("FD")) {
                i = legacy(i);
            } else if (id.equals("PG01")) {
                finishDeclaration();
                decl = pg01(r);
            } else {
                if (decl == null) {
                    throw new CatairException(r.lineNumber(), id, "", "1-4", "a PG record must follow a PG01");
                }
                i = child(i, r, id);
            }
        }
        finishDeclaration();
        return new PgaSet(description, declarations, legacy);
    }

    private void finishDeclaration() {
        flush();
        if (decl != null) {
            declarations.add(decl.build());
            decl = null;
        }
    }

    private PgaDeclaration.Builder pg01(CatairRecord r) {
        BigDecimal line = r.decimal("lineNumber");
        String disclaimer = r.text("disclaimer");
        return PgaDeclaration.builder(PgaAgency.fromCode(r.text("agency")), r.text("program"))
                .lineNumber(line == null ? null : line.intValueExact()).processing(r.text("processing"))
                .electronicImage(flag(r, "electronicImage")).confidential(flag(r, "confidential"))
                .productId(r.text("productIdQualifier"), r.text("productId"))
                .intendedUse(r.text("intendedUse"), r.text("intendedUseDescription"))
                .correction(r.text("correction"))
                .disclaimer(disclaimer == null ? null : PgaDisclaimer.fromCode(disclaimer));
    }

    private static boolean flag(CatairRecord r, String field) {
        String v = r.text(field);
        if (v == null) {
            return false;
        }
        if (!v.equals("Y")) {
            throw new CatairException(r.lineNumber(), r.recordId(), field,
                    r.layout().orElseThrow().field(field).orElseThrow().columns(), "expected Y or a space");
        }
        return true;
    }

    /** Reads a record after a PG01; returns the index of the last record consumed. */
    private int child(int i, CatairRecord r, String id) {
        switch (id) {
            case "PG60": {
                PgaElement.AdditionalInfo info = readAs(PgaElement.AdditionalInfo.class, r);
                if (open == null || !open.info(info)) {
                    flush();
                    decl.add(info);
                }
                return i;
            }
            case "PG20":
                if (open != null && open.address(readAs(PgaEntity.PgaAddress.class, r))) {
                    return i;
                }
                return raw(i, r);
            case "PG21":
                if (open != null && open.contact(readAs(PgaEntity.Contact.class, r))) {
                    return i;
                }
                return raw(i, r);
            case "PG55":
                if (open != null && open.roles(roles(r))) {
                    return i;
                }
                return raw(i, r);
            case "PG08":
                if (open instanceof ItemOpen && ((ItemOpen) open).numbers == null) {
                    ((ItemOpen) open).numbers = numbers(r);
                    return i;
                }
                return raw(i, r);
            case "PG23": {
                EntityOpen e = open == null ? null : open.entity();
                int j = i;
                while (j < rs.size() && rs.get(j).recordId().equals("PG23")) {
                    j++;
                }
                if (e != null && j < rs.size() && rs.get(j).recordId().equals("PG19")) {
                    for (int k = i; k < j; k++) {
                        e.affirmations.add(readAs(PgaElement.Affirmation.class, rs.get(k)));
                    }
                    return j - 1;
                }
                flush();
                decl.add(readAs(PgaElement.Affirmation.class, r));
                return i;
            }
            case "PG19": {
                PgaEntity e = readAs(PgaEntity.class, r);
                if (open instanceof InspectionOpen && ((InspectionOpen) open).entity == null) {
                    ((InspectionOpen) open).entity = new EntityOpen(e);
                    return i;
                }
                flush();
                open = new EntityOpen(e);
                return i;
            }
            case "PG07":
                flush();
                open = new ItemOpen(readAs(PgaElement.ItemIdentity.class, r));
                return i;
            case "PG22":
                flush();
                open = new DeclarationOpen(readAs(PgaElement.Declaration.class, r));
                return i;
            case "PG30":
                flush();
                open = new InspectionOpen(readAs(PgaElement.Inspection.class, r));
                return i;
            case "PG13": {
                flush();
                if (i + 1 < rs.size() && rs.get(i + 1).recordId().equals("PG14")) {
                    PgaElement.Lpco issuer = readAs(PgaElement.Lpco.class, r);
                    PgaElement.Lpco details = readAs(PgaElement.Lpco.class, rs.get(i + 1));
                    decl.add(new PgaElement.Lpco(issuer.issuer(), issuer.issuerQualifier(),
                            issuer.issuerLocation(), issuer.issuerRegion(), details.transactionType(),
                            details.lpcoType(), details.number(), details.dateQualifier(), details.date(),
                            details.quantity(), details.unit(), details.exemptionCode()));
                    return i + 1;
                }
                return raw(i, r);
            }
            case "PG27": {
                flush();
                List<PgaElement.Container> cs = new ArrayList<>(3);
                for (int k = 1; k <= 3; k++) {
                    String n = r.text("number" + k);
                    if (n != null) {
                        cs.add(new PgaElement.Container(n, integer(r.decimal("type" + k)),
                                integer(r.decimal("length" + k))));
                    }
                }
                if (cs.isEmpty()) {
                    return raw(i, r);
                }
                decl.add(new PgaElement.Containers(cs));
                return i;
            }
            default: {
                Class<? extends PgaElement> type = PgaRecordMapping.SIMPLE.get(id);
                flush();
                if (type == null || !r.isKnown()) {
                    decl.add(new PgaElement.Unrecognized(r.raw()));
                } else {
                    decl.add(readAs(type, r));
                }
                return i;
            }
        }
    }

    private int raw(int i, CatairRecord r) {
        flush();
        decl.add(new PgaElement.Unrecognized(r.raw()));
        return i;
    }

    private void flush() {
        if (open != null) {
            decl.add(open.build());
            open = null;
        }
    }

    private int legacy(int i) {
        CatairRecord first = rs.get(i);
        if (!first.recordId().equals("FD01")) {
            throw new CatairException(first.lineNumber(), first.recordId(), "", "1-4",
                    "a legacy FD record must follow an FD01");
        }
        List<PgaElement.Affirmation> affs = new ArrayList<>();
        List<LegacyFda.LegacyQuantity> qs = new ArrayList<>();
        String code = first.text("affirmationCode");
        if (code != null) {
            affs.add(new PgaElement.Affirmation(code, first.text("affirmationQualifier")));
        }
        BigDecimal value = null;
        BigDecimal unitValue = null;
        String fei = null;
        String brand = null;
        String contactName = null;
        String contactPhone = null;
        List<String> dims = new ArrayList<>();
        int j = i + 1;
        for (; j < rs.size(); j++) {
            CatairRecord r = rs.get(j);
            String id = r.recordId();
            if (id.equals("FD02")) {
                for (int k = 1; k <= 5; k++) {
                    quantity(qs, r, k);
                }
            } else if (id.equals("FD03")) {
                value = r.decimal("value");
                fei = r.text("consigneeFei");
                brand = r.text("brandName");
                for (int k = 1; k <= 3; k++) {
                    String d = r.text("dimension" + k);
                    if (d != null) {
                        dims.add(d);
                    }
                }
            } else if (id.equals("FD04")) {
                quantity(qs, r, 6);
                contactName = r.text("contactName");
                contactPhone = r.text("contactPhone");
                unitValue = r.decimal("unitValue");
            } else if (id.equals("FD05")) {
                affs.add(new PgaElement.Affirmation(r.text("affirmationCode"), r.text("affirmationQualifier")));
            } else {
                break;
            }
        }
        BigDecimal line = first.decimal("lineNumber");
        legacy.add(new LegacyFda(line == null ? null : line.intValueExact(), first.text("productCode"),
                first.text("storage"), first.text("country"), affs, first.text("manufacturer"),
                first.text("shipper"), qs, value, fei, brand, dims, contactName, contactPhone, unitValue));
        return j - 1;
    }

    private static void quantity(List<LegacyFda.LegacyQuantity> qs, CatairRecord r, int k) {
        BigDecimal q = r.decimal("quantity" + k);
        String u = r.text("unit" + k);
        if (q != null || u != null) {
            qs.add(new LegacyFda.LegacyQuantity(q, u));
        }
    }

    private static List<String> roles(CatairRecord r) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            String v = r.text("role" + k);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> numbers(CatairRecord r) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            String v = r.text("number" + k);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A composite being read: it takes the records that belong to it. */
    private abstract static class Open {
        boolean info(PgaElement.AdditionalInfo i) {
            return false;
        }

        boolean address(PgaEntity.PgaAddress a) {
            return false;
        }

        boolean contact(PgaEntity.Contact c) {
            return false;
        }

        boolean roles(List<String> roles) {
            return false;
        }

        EntityOpen entity() {
            return null;
        }

        abstract PgaElement build();
    }

    private static final class EntityOpen extends Open {
        final PgaEntity head;
        final List<PgaElement.AdditionalInfo> info = new ArrayList<>();
        PgaEntity.PgaAddress address;
        final List<PgaElement.AdditionalInfo> addressInfo = new ArrayList<>();
        List<String> roles;
        PgaEntity.Contact contact;
        final List<PgaElement.AdditionalInfo> contactInfo = new ArrayList<>();
        final List<PgaElement.Affirmation> affirmations = new ArrayList<>();

        EntityOpen(PgaEntity head) {
            this.head = head;
        }

        @Override
        boolean info(PgaElement.AdditionalInfo i) {
            if (!affirmations.isEmpty() || (roles != null && contact == null)) {
                return false;
            }
            (contact != null ? contactInfo : address != null ? addressInfo : info).add(i);
            return true;
        }

        @Override
        boolean address(PgaEntity.PgaAddress a) {
            if (address != null || roles != null || contact != null || !affirmations.isEmpty()) {
                return false;
            }
            address = a;
            return true;
        }

        @Override
        boolean contact(PgaEntity.Contact c) {
            if (contact != null || !affirmations.isEmpty()) {
                return false;
            }
            contact = c;
            return true;
        }

        @Override
        boolean roles(List<String> r) {
            if (roles != null || contact != null || !affirmations.isEmpty()) {
                return false;
            }
            roles = r;
            return true;
        }

        @Override
        EntityOpen entity() {
            return this;
        }

        @Override
        PgaEntity build() {
            PgaEntity.PgaAddress a = address == null ? null : new PgaEntity.PgaAddress(address.address2(), address.suite(),
                    address.city(), address.state(), address.country(), address.postalCode(), addressInfo);
            PgaEntity.Contact c = contact == null ? null : new PgaEntity.Contact(contact.qualifier(), contact.name(),
                    contact.phone(), contact.email(), contactInfo);
            return new PgaEntity(head.role(), head.idCode(), head.number(), head.name(), head.address1(), info, a,
                    roles, c, affirmations);
        }
    }

    private static final class ItemOpen extends Open {
        final PgaElement.ItemIdentity head;
        List<String> numbers;
        final List<PgaElement.AdditionalInfo> info = new ArrayList<>();

        ItemOpen(PgaElement.ItemIdentity head) {
            this.head = head;
        }

        @Override
        boolean info(PgaElement.AdditionalInfo i) {
            info.add(i);
            return true;
        }

        @Override
        PgaElement build() {
            return new PgaElement.ItemIdentity(head.brandName(), head.model(), head.manufactureDate(),
                    head.identityQualifier(), head.identityNumber(), numbers, info);
        }
    }

    private static final class DeclarationOpen extends Open {
        final PgaElement.Declaration head;
        PgaEntity.Contact contact;
        final List<PgaElement.AdditionalInfo> contactInfo = new ArrayList<>();

        DeclarationOpen(PgaElement.Declaration head) {
            this.head = head;
        }

        @Override
        boolean contact(PgaEntity.Contact c) {
            if (contact != null) {
                return false;
            }
            contact = c;
            return true;
        }

        @Override
        boolean info(PgaElement.AdditionalInfo i) {
            if (contact == null) {
                return false;
            }
            contactInfo.add(i);
            return true;
        }

        @Override
        PgaElement build() {
            PgaElement.Declaration h = head;
            PgaEntity.Contact c = contact == null ? null : new PgaEntity.Contact(contact.qualifier(), contact.name(),
                    contact.phone(), contact.email(), contactInfo);
            return new PgaElement.Declaration(h.signedDocument(), h.documentId(), h.conformance(), h.role(), h.code(),
                    h.certification(), h.signatureDate(), h.invoiceNumber(), h.description(), c);
        }
    }

    private static final class InspectionOpen extends Open {
        final PgaElement.Inspection head;
        EntityOpen entity;

        InspectionOpen(PgaElement.Inspection head) {
            this.head = head;
        }

        @Override
        boolean info(PgaElement.AdditionalInfo i) {
            return entity != null && entity.info(i);
        }

        @Override
        boolean address(PgaEntity.PgaAddress a) {
            return entity != null && entity.address(a);
        }

        @Override
        boolean contact(PgaEntity.Contact c) {
            return entity != null && entity.contact(c);
        }

        @Override
        boolean roles(List<String> r) {
            return entity != null && entity.roles(r);
        }

        @Override
        EntityOpen entity() {
            return entity;
        }

        @Override
        PgaElement build() {
            return new PgaElement.Inspection(head.status(), head.date(), head.time(), head.locationCode(),
                    head.location(), entity == null ? null : entity.build());
        }
    }

}
