package org.acesdk.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.Bond;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.InvoiceReference;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.Finding;
import org.acesdk.rules.internal.RecordShapes.Check;

/**
 * The shape checks of an entry summary, walked by plain code: an entry is the one document with up to 999 lines of
 * several records each, and calling each component's accessor through one shared, megamorphic call site cost more
 * than the rules themselves. The checks (bounds, patterns, messages) are still the ones {@link RecordShapes} compiles
 * from the annotations; only the walk is written out, and a test keeps it covering every constrained component and
 * reporting what the general walk reports. Not API.
 */
final class EntryShapes {
    private static final Check[] ENTRY_NUMBER = RecordShapes.checks(EntrySummary.class, "entryNumber", false);
    private static final Check[] ENTRY_TYPE = RecordShapes.checks(EntrySummary.class, "entryType", false);
    private static final Check[] PORT = RecordShapes.checks(EntrySummary.class, "portOfEntry", false);
    private static final Check[] MODE = RecordShapes.checks(EntrySummary.class, "modeOfTransport", false);
    private static final Check[] ENTRY_DATE = RecordShapes.checks(EntrySummary.class, "entryDate", false);
    private static final Check[] IMPORT_DATE = RecordShapes.checks(EntrySummary.class, "importDate", false);
    private static final Check[] IMPORTER = RecordShapes.checks(EntrySummary.class, "importerNumber", false);
    private static final Check[] BILL = RecordShapes.checks(EntrySummary.class, "billOfLading", false);
    private static final Check[] FILER_REF = RecordShapes.checks(EntrySummary.class, "filerReference", false);
    private static final Check[] LINES = RecordShapes.checks(EntrySummary.class, "lines", false);
    private static final Check[] LINE = RecordShapes.checks(EntrySummary.class, "lines", true);
    private static final Check[] BOND_TYPE = RecordShapes.checks(Bond.class, "type", false);
    private static final Check[] SURETY = RecordShapes.checks(Bond.class, "suretyCode", false);
    private static final Check[] LINE_NUMBER = RecordShapes.checks(EntryLine.class, "lineNumber", false);
    private static final Check[] ORIGIN = RecordShapes.checks(EntryLine.class, "countryOfOrigin", false);
    private static final Check[] WEIGHT = RecordShapes.checks(EntryLine.class, "grossWeightKg", false);
    private static final Check[] DESCRIPTION = RecordShapes.checks(EntryLine.class, "description", false);
    private static final Check[] TARIFFS = RecordShapes.checks(EntryLine.class, "tariffs", false);
    private static final Check[] TARIFF = RecordShapes.checks(EntryLine.class, "tariffs", true);
    private static final Check[] CASES = RecordShapes.checks(EntryLine.class, "adCvdCases", false);
    private static final Check[] CASE = RecordShapes.checks(EntryLine.class, "adCvdCases", true);
    private static final Check[] HTS = RecordShapes.checks(TariffLine.class, "htsNumber", false);
    private static final Check[] QUANTITIES = RecordShapes.checks(TariffLine.class, "quantities", false);
    private static final Check[] QUANTITY = RecordShapes.checks(TariffLine.class, "quantities", true);
    private static final Check[] CASE_NUMBER = RecordShapes.checks(AdCvdCase.class, "caseNumber", false);
    private static final Check[] DEPOSIT_RATE = RecordShapes.checks(AdCvdCase.class, "depositRate", false);
    private static final Check[] SUPPLIER = RecordShapes.checks(InvoiceReference.class, "supplierId", false);
    private static final Check[] INVOICE_NUMBER = RecordShapes.checks(InvoiceReference.class, "invoiceNumber", false);

    /** The components this walk visits, by record type: a test compares them with the constrained ones. */
    static final Map<Class<?>, Set<String>> VISITED = Map.of(
            EntrySummary.class, Set.of("entryNumber", "entryType", "portOfEntry", "modeOfTransport", "entryDate",
                    "importDate", "importerNumber", "bond", "billOfLading", "filerReference", "lines", "detail"),
            Bond.class, Set.of("type", "suretyCode"),
            EntryLine.class, Set.of("lineNumber", "countryOfOrigin", "grossWeightKg", "description", "tariffs",
                    "adCvdCases", "invoice", "detail"),
            TariffLine.class, Set.of("htsNumber", "quantities"),
            AdCvdCase.class, Set.of("caseNumber", "depositRate"),
            InvoiceReference.class, Set.of("supplierId", "invoiceNumber"));

    private EntryShapes() {
    }

    /** The findings for an entry summary, unsorted; the same as the general walk's. */
    static List<Finding> check(EntrySummary e) {
        List<Finding> out = new ArrayList<>();
        top(ENTRY_NUMBER, e.entryNumber(), "entryNumber", out);
        top(ENTRY_TYPE, e.entryType(), "entryType", out);
        top(PORT, e.portOfEntry(), "portOfEntry", out);
        top(MODE, e.modeOfTransport(), "modeOfTransport", out);
        top(ENTRY_DATE, e.entryDate(), "entryDate", out);
        top(IMPORT_DATE, e.importDate(), "importDate", out);
        top(IMPORTER, e.importerNumber(), "importerNumber", out);
        top(BILL, e.billOfLading(), "billOfLading", out);
        top(FILER_REF, e.filerReference(), "filerReference", out);
        Bond bond = e.bond();
        if (bond != null) {
            at(BOND_TYPE, bond.type(), "bond", "type", out);
            at(SURETY, bond.suretyCode(), "bond", "suretyCode", out);
        }
        if (e.detail() != null) {
            delegated(e.detail(), "detail", out);
        }
        List<EntryLine> lines = e.lines();
        top(LINES, lines, "lines", out);
        if (lines == null) {
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            EntryLine l = lines.get(i);
            for (Check c : LINE) {
                if (!c.valid(l)) {
                    out.add(c.finding("lines[" + i + "].<list element>", "<list element>"));
                }
            }
            if (l != null) {
                line(l, i, out);
            }
        }
        return out;
    }

    private static void line(EntryLine l, int i, List<Finding> out) {
        for (Check c : LINE_NUMBER) {
            if (!c.valid(l.lineNumber())) {
                out.add(c.finding(line(i) + ".lineNumber", "lineNumber"));
            }
        }
        lineField(ORIGIN, l.countryOfOrigin(), i, "countryOfOrigin", out);
        lineField(WEIGHT, l.grossWeightKg(), i, "grossWeightKg", out);
        lineField(DESCRIPTION, l.description(), i, "description", out);
        List<TariffLine> tariffs = l.tariffs();
        lineField(TARIFFS, tariffs, i, "tariffs", out);
        if (tariffs != null) {
            for (int j = 0; j < tariffs.size(); j++) {
                TariffLine t = tariffs.get(j);
                element(TARIFF, t, i, "tariffs", j, out);
                if (t != null) {
                    tariff(t, i, j, out);
                }
            }
        }
        List<AdCvdCase> cases = l.adCvdCases();
        lineField(CASES, cases, i, "adCvdCases", out);
        if (cases != null) {
            for (int k = 0; k < cases.size(); k++) {
                AdCvdCase c = cases.get(k);
                element(CASE, c, i, "adCvdCases", k, out);
                if (c != null) {
                    inner(CASE_NUMBER, c.caseNumber(), i, "adCvdCases", k, "caseNumber", out);
                    inner(DEPOSIT_RATE, c.depositRate(), i, "adCvdCases", k, "depositRate", out);
                }
            }
        }
        InvoiceReference invoice = l.invoice();
        if (invoice != null) {
            inner(SUPPLIER, invoice.supplierId(), i, "invoice", -1, "supplierId", out);
            inner(INVOICE_NUMBER, invoice.invoiceNumber(), i, "invoice", -1, "invoiceNumber", out);
        }
        if (l.detail() != null) {
            delegated(l.detail(), line(i) + ".detail", out);
        }
    }

    /**
     * The rarer records (a line's or the header's detail) go through the general walk, their paths put under the
     * component's: same findings, without writing out a walk for records few entries carry.
     */
    private static void delegated(Object detail, String prefix, List<Finding> out) {
        for (Finding f : RecordShapes.validate(detail)) {
            out.add(new Finding(f.ruleId(), f.severity(), prefix + "." + f.path(), f.message(), f.cbpReference(),
                    f.conditionCode()));
        }
    }

    private static void tariff(TariffLine t, int i, int j, List<Finding> out) {
        inner(HTS, t.htsNumber(), i, "tariffs", j, "htsNumber", out);
        List<Quantity> quantities = t.quantities();
        inner(QUANTITIES, quantities, i, "tariffs", j, "quantities", out);
        if (quantities != null && QUANTITY.length > 0) {
            for (int k = 0; k < quantities.size(); k++) {
                for (Check c : QUANTITY) {
                    if (!c.valid(quantities.get(k))) {
                        out.add(c.finding(line(i) + ".tariffs[" + j + "].quantities[" + k + "].<list element>",
                                "<list element>"));
                    }
                }
            }
        }
    }

    private static String line(int i) {
        return "lines[" + i + "]";
    }

    private static void top(Check[] checks, Object value, String name, List<Finding> out) {
        for (Check c : checks) {
            if (!c.valid(value)) {
                out.add(c.finding(name, name));
            }
        }
    }

    private static void at(Check[] checks, Object value, String parent, String name, List<Finding> out) {
        for (Check c : checks) {
            if (!c.valid(value)) {
                out.add(c.finding(parent + "." + name, name));
            }
        }
    }

    private static void lineField(Check[] checks, Object value, int i, String name, List<Finding> out) {
        for (Check c : checks) {
            if (!c.valid(value)) {
                out.add(c.finding(line(i) + "." + name, name));
            }
        }
    }

    private static void element(Check[] checks, Object value, int i, String list, int j, List<Finding> out) {
        for (Check c : checks) {
            if (!c.valid(value)) {
                out.add(c.finding(line(i) + "." + list + "[" + j + "].<list element>", "<list element>"));
            }
        }
    }

    /** A component of a record inside a line: {@code lines[i].list[j].name}, or {@code lines[i].list.name}. */
    private static void inner(Check[] checks, Object value, int i, String list, int j, String name,
            List<Finding> out) {
        for (Check c : checks) {
            if (!c.valid(value)) {
                out.add(c.finding(line(i) + "." + list + (j >= 0 ? "[" + j + "]" : "") + "." + name, name));
            }
        }
    }
}
