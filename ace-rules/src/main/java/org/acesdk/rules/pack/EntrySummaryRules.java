package org.acesdk.rules.pack;

import static org.acesdk.rules.Severity.ERROR;
import static org.acesdk.rules.Severity.INFO;
import static org.acesdk.rules.Severity.WARNING;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acesdk.model.code.BondType;
import org.acesdk.model.code.CountryCode;
import org.acesdk.model.code.EntryType;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.code.ModeOfTransport;
import org.acesdk.model.code.PaymentType;
import org.acesdk.model.code.SpecialProgram;
import org.acesdk.model.code.UnitOfMeasure;
import org.acesdk.model.entry.AdCvdCase;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleContext;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.duty.DutyCalculator;
import org.acesdk.rules.duty.FeePeriod;
import org.acesdk.rules.duty.StackingCategory;
import org.acesdk.rules.tariff.RateExpression;
import org.acesdk.rules.tariff.TariffRow;
import org.acesdk.rules.tariff.TariffSchedule;

/**
 * Built-in rules for the entry summary (CBP Form 7501, CATAIR AE). Condition codes are those of CBP's ACE Error
 * Dictionary where one matches.
 */
public final class EntrySummaryRules implements RulePack {
    private static final Class<EntrySummary> ES = EntrySummary.class;
    private static final String CATAIR = "CATAIR AE";

    /** Entry types the AE application accepts (ACE Error Dictionary B18). */
    static final Set<EntryType> AE_TYPES = java.util.Set.of(EntryType.CONSUMPTION, EntryType.QUOTA_VISA, EntryType.ADCVD,
            EntryType.FTZ_CONSUMPTION, EntryType.QUOTA_VISA_ADCVD, EntryType.INFORMAL, EntryType.INFORMAL_QUOTA_VISA,
            EntryType.WAREHOUSE, EntryType.REWAREHOUSE, EntryType.TEMPORARY_IMPORTATION_BOND,
            EntryType.WAREHOUSE_WITHDRAWAL_CONSUMPTION, EntryType.WAREHOUSE_WITHDRAWAL_QUOTA,
            EntryType.WAREHOUSE_WITHDRAWAL_ADCVD, EntryType.WAREHOUSE_WITHDRAWAL_QUOTA_ADCVD, EntryType.DCMA,
            EntryType.GOVERNMENT_DUTIABLE, EntryType.INFORMAL_MAIL);

    /** Countries whose goods may claim each free trade program (program code to origins). */
    static final Map<String, Set<String>> PROGRAM_ORIGINS = Map.ofEntries(
            Map.entry("AU", Set.of("AU")), Map.entry("BH", Set.of("BH")), Map.entry("CL", Set.of("CL")),
            Map.entry("CO", Set.of("CO")), Map.entry("IL", Set.of("IL")), Map.entry("JO", Set.of("JO")),
            Map.entry("KR", Set.of("KR")), Map.entry("MA", Set.of("MA")), Map.entry("OM", Set.of("OM")),
            Map.entry("PA", Set.of("PA")), Map.entry("PE", Set.of("PE")), Map.entry("SG", Set.of("SG")),
            Map.entry("JP", Set.of("JP")),
            Map.entry("S", Set.of("CA", "MX", "US")), Map.entry("S+", Set.of("CA", "MX", "US")),
            Map.entry("P", Set.of("CR", "DO", "SV", "GT", "HN", "NI")),
            Map.entry("P+", Set.of("CR", "DO", "SV", "GT", "HN", "NI")));

    @Override
    public String name() {
        return "ace-entry-summary";
    }

    @Override
    public int order() {
        return 100;
    }

    private static String line(int i) {
        return "lines[" + i + "]";
    }

    private static String tariff(int i, int j) {
        return "lines[" + i + "].tariffs[" + j + "]";
    }

    private static LocalDate rateDate(EntrySummary e, RuleContext ctx) {
        return ctx.effectiveDate(e.entryDate());
    }

    /** Above this entered value a line is expected to declare its aggregate charges. */
    private static final BigDecimal CHARGES_EXPECTED_ABOVE = new BigDecimal("1250");

    /** The chapter 1-97 tariff of a line: the last non-98/99 number, if any. */
    static Optional<TariffLine> base(EntryLine l) {
        TariffLine found = null;
        for (TariffLine t : l.tariffs()) {
            if (t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a rate is levied on a content value (e.g. the steel content of a 232 derivative). */
    private static boolean leviedOnContent(RateExpression rate) {
        for (RateExpression.Term term : rate.terms()) {
            if (term.basis().contains("content")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number at {@code j} already appeared earlier on the line (lists hold at most eight). */
    private static boolean appearsBefore(List<TariffLine> ts, int j, HtsNumber h) {
        for (int k = 0; k < j; k++) {
            if (h.equals(ts.get(k).htsNumber())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCanadian(CountryCode c) {
        return c != null && (c.equals(CountryCode.CA) || c.isCanadianProvince());
    }

    private static boolean formal(EntrySummary e) {
        return e.entryType() != null && !e.entryType().isInformal();
    }

    private static Optional<TariffRow> row(TariffLine t, EntrySummary e, RuleContext ctx) {
        Optional<TariffSchedule> s = ctx.tariffSchedule();
        if (s.isEmpty() || t.htsNumber() == null) {
            return Optional.empty();
        }
        return s.get().find(t.htsNumber(), rateDate(e, ctx));
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        // ---- header ----
        r.add(Rule.of("AE-HDR-001", ERROR, ES, "The entry number's filer code is the filer's own", "19 CFR 142.3a", "B05",
                (e, ctx, f) -> ctx.filerCode().ifPresent(fc -> {
                    if (e.entryNumber() != null && !e.entryNumber().filerCode().equals(fc)) {
                        f.add("entryNumber", "entryNumber " + e.entryNumber() + " carries filer code "
                                + e.entryNumber().filerCode() + ", not the filer's " + fc);
                    }
                })));
        r.add(Rule.of("AE-HDR-002", ERROR, ES, "The entry type is one the AE application accepts",
                CATAIR + " table 2", "B18", (e, ctx, f) -> {
                    if (e.entryType() != null && !AE_TYPES.contains(e.entryType())) {
                        f.add("entryType", "entryType " + e.entryType().code() + " ("
                                + e.entryType().description() + ") is not filed as an entry summary (AE)");
                    }
                }));
        r.add(Rule.of("AE-HDR-003", ERROR, ES, "An informal entry is worth no more than the informal limit",
                "19 CFR 143.21", "648", (e, ctx, f) -> {
                    if (e.entryType() != null && e.entryType().isInformal()) {
                        Money total = e.totalEnteredValue();
                        if (total.amount().compareTo(ctx.policy().informalEntryLimit()) > 0) {
                            f.add("lines", "informal entry (type " + e.entryType().code() + ") is worth $"
                                    + total.amount().toPlainString() + ", over the $"
                                    + ctx.policy().informalEntryLimit().toPlainString() + " limit");
                        }
                    }
                }));
        r.add(Rule.of("AE-HDR-004", ERROR, ES, "De minimis (type 86) is refused for non-postal goods after its suspension",
                "EO 14324; 90 FR 42418", "", (e, ctx, f) -> {
                    if (e.entryType() == EntryType.DE_MINIMIS && e.modeOfTransport() != ModeOfTransport.MAIL) {
                        LocalDate d = rateDate(e, ctx);
                        if (!d.isBefore(ctx.policy().deMinimisSuspendedFrom())) {
                            f.add("entryType", "type 86 (de minimis) is suspended from "
                                    + ctx.policy().deMinimisSuspendedFrom() + " for goods not sent by mail");
                        }
                    }
                }));
        r.add(Rule.of("AE-HDR-005", ERROR, ES, "The mode of transport is a known code", CATAIR + " table 3", "165",
                (e, ctx, f) -> {
                    if (e.modeOfTransport() != null && !e.modeOfTransport().isKnown()) {
                        f.add("modeOfTransport", "modeOfTransport is not a known CBP code");
                    }
                }));
        r.add(Rule.of("AE-HDR-006", ERROR, ES, "The entry type is a known code", CATAIR + " table 2", "B18",
                (e, ctx, f) -> {
                    if (e.entryType() != null && !e.entryType().isKnown()) {
                        f.add("entryType", "entryType is not a known CBP code");
                    }
                }));
        r.add(Rule.of("AE-HDR-007", ERROR, ES, "The importer number is not an all-zero placeholder",
                CATAIR + " usage note f", "103", (e, ctx, f) -> {
                    if (e.importerNumber() != null && e.importerNumber().reveal().replaceAll("[-0]", "").isEmpty()) {
                        f.add("importerNumber", "importerNumber " + e.importerNumber() + " is a placeholder CBP refuses");
                    }
                }));
        r.add(Rule.of("AE-HDR-008", INFO, ES, "The importer number is a Social Security number (personal data)",
                "CBP Form 5106", "", (e, ctx, f) -> {
                    if (e.importerNumber() != null && e.importerNumber().isPersonal()) {
                        f.add("importerNumber", "importerNumber " + e.importerNumber()
                                + " is a Social Security number: it is personal data and is masked in all output");
                    }
                }));
        r.add(Rule.of("AE-HDR-009", ERROR, ES, "A formal entry names its ultimate consignee", CATAIR + " 11-record", "255",
                (e, ctx, f) -> {
                    if (e.entryType() != null && e.entryType() != EntryType.INFORMAL && e.consigneeNumber() == null) {
                        f.add("consigneeNumber", "consigneeNumber is required for entry type " + e.entryType().code());
                    }
                }));
        r.add(Rule.of("AE-HDR-010", ERROR, ES, "The payment type is a known code", CATAIR + " 10-record pos 51", "197",
                (e, ctx, f) -> {
                    if (e.paymentType() != null && !e.paymentType().isKnown()) {
                        f.add("paymentType", "paymentType is not a known CBP code (1-8)");
                    }
                }));
        r.add(Rule.of("AE-HDR-011", ERROR, ES, "A periodic monthly statement requires a continuous bond",
                CATAIR + " 10-record pos 51", "208", (e, ctx, f) -> {
                    PaymentType p = e.paymentType();
                    if ((p == PaymentType.PERIODIC_MONTHLY_BROKER || p == PaymentType.PERIODIC_MONTHLY_IMPORTER
                            || p == PaymentType.PERIODIC_MONTHLY_OTHER)
                            && (e.bond() == null || e.bond().type() != BondType.CONTINUOUS)) {
                        f.add("paymentType", "paymentType " + p.code() + " (periodic monthly statement) needs a "
                                + "continuous bond (type 8)");
                    }
                }));
        r.add(Rule.of("AE-HDR-012", ERROR, ES, "Ocean and air entries name the importing carrier", CATAIR + " 20-record",
                "176", (e, ctx, f) -> {
                    ModeOfTransport m = e.modeOfTransport();
                    if (m != null && (m.isOceanVessel() || m.isAir()) && e.carrierCode() == null) {
                        f.add("carrierCode", "carrierCode is required for mode of transport " + m.code());
                    }
                }));
        r.add(Rule.of("AE-HDR-013", ERROR, ES, "Ocean, air and rail entries report a bill of lading", CATAIR + " 23-record",
                "183", (e, ctx, f) -> {
                    ModeOfTransport m = e.modeOfTransport();
                    if (m != null && (m.isOceanVessel() || m.isAir() || m.isRail())
                            && (e.billOfLading() == null || e.billOfLading().isBlank())) {
                        f.add("billOfLading", "billOfLading is required for mode of transport " + m.code());
                    }
                }));
        // ---- bond ----
        r.add(Rule.of("AE-BOND-001", ERROR, ES, "A formal entry is covered by a bond", CATAIR + " 31-record", "119",
                (e, ctx, f) -> {
                    if (formal(e) && e.entryType() != EntryType.DCMA && e.entryType() != EntryType.GOVERNMENT_DUTIABLE
                            && (e.bond() == null || e.bond().type() == BondType.NO_BOND)) {
                        f.add("bond", "a bond is required for entry type " + e.entryType().code());
                    }
                }));
        r.add(Rule.of("AE-BOND-002", ERROR, ES, "The bond type is 8 (continuous) or 9 (single transaction)",
                CATAIR + " 31-record pos 3", "112", (e, ctx, f) -> {
                    if (e.bond() != null && e.bond().type() != null && !e.bond().type().isKnown()) {
                        f.add("bond.type", "bond type must be 8 or 9");
                    }
                }));
        r.add(Rule.of("AE-BOND-003", ERROR, ES, "A single transaction bond states its amount",
                CATAIR + " 31-record pos 9-18", "265", (e, ctx, f) -> {
                    if (e.bond() != null && e.bond().type() == BondType.SINGLE_TRANSACTION
                            && (e.bond().amount() == null || e.bond().amount().amount().signum() <= 0)) {
                        f.add("bond.amount", "a single transaction bond needs an amount above $0");
                    }
                }));
        r.add(Rule.of("AE-BOND-004", ERROR, ES, "A continuous bond carries no amount", CATAIR + " 31-record", "214",
                (e, ctx, f) -> {
                    if (e.bond() != null && e.bond().type() == BondType.CONTINUOUS && e.bond().amount() != null) {
                        f.add("bond.amount", "a continuous bond must not state an amount (" + e.bond().amount() + ")");
                    }
                }));
        r.add(Rule.of("AE-BOND-005", ERROR, ES, "A bond names its surety", CATAIR + " 31-record pos 6-8", "137",
                (e, ctx, f) -> {
                    if (e.bond() != null && (e.bond().type() == BondType.CONTINUOUS
                            || e.bond().type() == BondType.SINGLE_TRANSACTION)
                            && (e.bond().suretyCode() == null || e.bond().suretyCode().isBlank())) {
                        f.add("bond.suretyCode", "suretyCode is required for bond type " + e.bond().type().code());
                    }
                }));
        r.add(Rule.of("AE-BOND-006", WARNING, ES, "A single transaction bond covers at least the entered value",
                "CBP Directive 099 3510-004", "", (e, ctx, f) -> {
                    if (e.bond() != null && e.bond().type() == BondType.SINGLE_TRANSACTION && e.bond().amount() != null
                            && e.bond().amount().isUsd()
                            && e.bond().amount().compareTo(e.totalEnteredValue()) < 0) {
                        f.add("bond.amount", "single transaction bond of $" + e.bond().amount()
                                + " is below the entered value of $" + e.totalEnteredValue());
                    }
                }));
        // ---- dates ----
        r.add(Rule.of("AE-DATE-001", ERROR, ES, "The import date is not after the entry date", "19 CFR 141.68", "",
                (e, ctx, f) -> {
                    if (e.importDate() != null && e.entryDate() != null && e.importDate().isAfter(e.entryDate())) {
                        f.add("importDate", "importDate " + e.importDate() + " is after entryDate " + e.entryDate());
                    }
                }));
        r.add(Rule.of("AE-DATE-002", ERROR, ES, "The entry date is not after the summary date", "19 CFR 142.12", "",
                (e, ctx, f) -> {
                    if (e.summaryDate() != null && e.entryDate() != null && e.entryDate().isAfter(e.summaryDate())) {
                        f.add("summaryDate", "summaryDate " + e.summaryDate() + " is before entryDate " + e.entryDate());
                    }
                }));
        r.add(Rule.of("AE-DATE-003", ERROR, ES, "No line was exported after the import date", CATAIR + " 40-record",
                "426", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        if (l.exportDate() != null && e.importDate() != null && l.exportDate().isAfter(e.importDate())) {
                            f.add(line(i) + ".exportDate", "exportDate " + l.exportDate() + " is after importDate "
                                    + e.importDate());
                        }
                    }
                }));
        r.add(Rule.of("AE-DATE-004", ERROR, ES, "Export and import dates are not in the future", "19 CFR 101.1", "",
                (e, ctx, f) -> {
                    LocalDate today = ctx.today();
                    if (e.importDate() != null && e.importDate().isAfter(today.plusDays(1))) {
                        f.add("importDate", "importDate " + e.importDate() + " is in the future (today is " + today + ")");
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        LocalDate x = e.lines().get(i).exportDate();
                        if (x != null && x.isAfter(today)) {
                            f.add(line(i) + ".exportDate", "exportDate " + x + " is in the future (today is " + today
                                    + ")");
                        }
                    }
                }));
        r.add(Rule.of("AE-DATE-005", ERROR, ES, "The summary date is not in the future", "19 CFR 142.12", "",
                (e, ctx, f) -> {
                    if (e.summaryDate() != null && e.summaryDate().isAfter(ctx.today())) {
                        f.add("summaryDate", "summaryDate " + e.summaryDate() + " is in the future (today is "
                                + ctx.today() + ")");
                    }
                }));
        r.add(Rule.of("AE-DATE-006", WARNING, ES, "The summary is filed within 10 working days of entry",
                "19 CFR 142.12(b)", "", (e, ctx, f) -> {
                    if (e.entryDate() != null && e.summaryDate() != null) {
                        LocalDate due = addWorkingDays(e.entryDate(), ctx.policy().entrySummaryDueWorkingDays());
                        if (e.summaryDate().isAfter(due)) {
                            f.add("summaryDate", "summaryDate " + e.summaryDate() + " is after the due date " + due
                                    + " (" + ctx.policy().entrySummaryDueWorkingDays() + " working days after entry)");
                        }
                    }
                }));
        // ---- ports and carrier ----
        r.add(Rule.of("AE-PORT-001", ERROR, ES, "The port of entry is a known Schedule D port (complete port list)",
                "Census Schedule D", "B78", (e, ctx, f) -> {
                    if (e.portOfEntry() != null && ctx.ports().isComplete() && ctx.ports().find(e.portOfEntry()).isEmpty()) {
                        f.add("portOfEntry", "portOfEntry " + e.portOfEntry() + " is not in the port list");
                    }
                }));
        r.add(Rule.of("AE-PORT-002", ERROR, ES, "Ocean lines name the foreign port of lading", CATAIR + " 40-record",
                "429", (e, ctx, f) -> {
                    if (e.modeOfTransport() != null && e.modeOfTransport().isOceanVessel()) {
                        for (int i = 0; i < e.lines().size(); i++) {
                            if (e.lines().get(i).foreignPortOfLading() == null) {
                                f.add(line(i) + ".foreignPortOfLading", "foreignPortOfLading is required for mode "
                                        + e.modeOfTransport().code());
                            }
                        }
                    }
                }));
        // ---- lines ----
        r.add(Rule.of("AE-LINE-001", ERROR, ES, "Line numbers are unique", CATAIR + " 40-record", "518",
                (e, ctx, f) -> {
                    Set<Integer> seen = new HashSet<>();
                    for (int i = 0; i < e.lines().size(); i++) {
                        int n = e.lines().get(i).lineNumber();
                        if (!seen.add(n)) {
                            f.add(line(i) + ".lineNumber", "lineNumber " + n + " is used twice");
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-002", WARNING, ES, "Line numbers ascend", "CBP Form 7501 instructions", "",
                (e, ctx, f) -> {
                    for (int i = 1; i < e.lines().size(); i++) {
                        int prev = e.lines().get(i - 1).lineNumber();
                        int n = e.lines().get(i).lineNumber();
                        if (n < prev) {
                            f.add(line(i) + ".lineNumber", "lineNumber " + n + " follows " + prev);
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-003", ERROR, ES, "Canadian goods exported from Canada report the province as origin",
                "ACE Error Dictionary 414", "414", (e, ctx, f) -> {
                    EntryType t = e.entryType();
                    boolean exempt = t == EntryType.FTZ_CONSUMPTION || t == EntryType.INFORMAL
                            || t == EntryType.WAREHOUSE_WITHDRAWAL_CONSUMPTION || t == EntryType.WAREHOUSE_WITHDRAWAL_QUOTA
                            || t == EntryType.WAREHOUSE_WITHDRAWAL_ADCVD;
                    if (!exempt) {
                        for (int i = 0; i < e.lines().size(); i++) {
                            EntryLine l = e.lines().get(i);
                            if (CountryCode.CA.equals(l.countryOfOrigin()) && CountryCode.CA.equals(l.countryOfExport())) {
                                f.add(line(i) + ".countryOfOrigin", "countryOfOrigin CA must be the province code "
                                        + "(XA...XY) when the goods are exported from Canada");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-004", ERROR, ES, "Lines of a formal consumption entry name the manufacturer (MID)",
                CATAIR + " 47-record", "483", (e, ctx, f) -> {
                    if (formal(e) && e.entryType().isConsumption()) {
                        for (int i = 0; i < e.lines().size(); i++) {
                            if (e.lines().get(i).manufacturerId() == null) {
                                f.add(line(i) + ".manufacturerId", "manufacturerId is required for entry type "
                                        + e.entryType().code());
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-005", ERROR, ES, "The MID's country matches the country of origin",
                "19 CFR 102 appendix", "535", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        if (l.manufacturerId() == null || l.countryOfOrigin() == null) {
                            continue;
                        }
                        CountryCode mid = l.manufacturerId().countryCode();
                        if (isCanadian(l.countryOfOrigin())) {
                            if (!mid.isCanadianProvince()) {
                                f.add(line(i) + ".manufacturerId", "manufacturerId " + l.manufacturerId()
                                        + " must start with a Canadian province code for origin " + l.countryOfOrigin());
                            }
                        } else if (!mid.equals(l.countryOfOrigin())) {
                            f.add(WARNING, line(i) + ".manufacturerId", "manufacturerId " + l.manufacturerId()
                                    + " is of country " + mid + " but the countryOfOrigin is " + l.countryOfOrigin());
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-006", ERROR, ES, "The country of export is given and is neither US nor a province code",
                CATAIR + " 40-record", "411", (e, ctx, f) -> {
                    EntryType t = e.entryType();
                    boolean warehouse = t == EntryType.WAREHOUSE || t == EntryType.REWAREHOUSE
                            || (t != null && t.code().startsWith("3"));
                    for (int i = 0; i < e.lines().size(); i++) {
                        CountryCode ce = e.lines().get(i).countryOfExport();
                        if (ce == null) {
                            if (formal(e)) {
                                f.add(line(i) + ".countryOfExport", "countryOfExport is required");
                            }
                        } else if (ce.isCanadianProvince()) {
                            f.add(line(i) + ".countryOfExport", "countryOfExport " + ce
                                    + " is a province code; report CA");
                        } else if (ce.equals(CountryCode.US) && !warehouse) {
                            f.add(line(i) + ".countryOfExport", "countryOfExport cannot be US for entry type "
                                    + (t == null ? "?" : t.code()));
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-007", ERROR, ES, "Formal entry lines give the date of exportation", CATAIR + " 40-record",
                "418", (e, ctx, f) -> {
                    if (formal(e)) {
                        for (int i = 0; i < e.lines().size(); i++) {
                            if (e.lines().get(i).exportDate() == null) {
                                f.add(line(i) + ".exportDate", "exportDate is required for entry type "
                                        + e.entryType().code());
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-008", ERROR, ES, "A claimed special program is a known code", CATAIR + " table 8", "416",
                (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        SpecialProgram sp = e.lines().get(i).specialProgram();
                        if (sp != null && !sp.isKnown()) {
                            f.add(line(i) + ".specialProgram", "specialProgram is not a known program indicator");
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-009", ERROR, ES, "Charges are not negative", CATAIR + " 40-record pos 27-36", "424",
                (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        Money c = e.lines().get(i).charges();
                        if (c != null && c.isNegative()) {
                            f.add(line(i) + ".charges", "charges " + c + " are negative");
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-010", ERROR, ES, "A formal line worth over $1,250 reports its charges",
                "ACE Error Dictionary 664", "664", (e, ctx, f) -> {
                    if (!formal(e) || e.modeOfTransport() == ModeOfTransport.PASSENGER_HAND_CARRIED) {
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        Optional<TariffLine> b = base(l);
                        if (b.isPresent() && b.get().value() != null
                                && b.get().value().amount().compareTo(CHARGES_EXPECTED_ABOVE) > 0
                                && (l.charges() == null || l.charges().isZero())) {
                            f.add(line(i) + ".charges", "charges are required on a line worth $" + b.get().value());
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-011", WARNING, ES, "Lines carry a commercial description", CATAIR + " 44-record", "464",
                (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        String d = e.lines().get(i).description();
                        if (d == null || d.isBlank()) {
                            f.add(line(i) + ".description", "description is empty");
                        }
                    }
                }));
        r.add(Rule.of("AE-LINE-012", WARNING, ES, "Vessel, air and truck lines give the gross weight",
                CATAIR + " 40-record pos 42-51", "421", (e, ctx, f) -> {
                    ModeOfTransport m = e.modeOfTransport();
                    if (m != null && (m.isVessel() || m.isAir() || m.isRoad() || m.isRail())) {
                        for (int i = 0; i < e.lines().size(); i++) {
                            if (e.lines().get(i).grossWeightKg() == null) {
                                f.add(line(i) + ".grossWeightKg", "grossWeightKg is missing for mode " + m.code());
                            }
                        }
                    }
                }));
        // ---- tariff numbers ----
        r.add(Rule.of("AE-HTS-001", ERROR, ES, "Tariff numbers have 10 digits (chapter 99 headings 8)",
                CATAIR + " 50-record pos 3-12", "433", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (h == null) {
                                continue;
                            }
                            boolean ok = h.isChapter99() ? h.precision() != HtsNumber.Precision.SUBHEADING_6
                                    : h.precision() == HtsNumber.Precision.STATISTICAL_10;
                            if (!ok) {
                                f.add(tariff(i, j) + ".htsNumber", "htsNumber " + h + " has " + h.digits().length()
                                        + " digits; entry lines need 10 (8 for a chapter 99 heading)");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-002", ERROR, ES, "Each line has exactly one chapter 1-97 number",
                "CSMS 18-000624", "431", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        long n = 0;
                        for (TariffLine t : e.lines().get(i).tariffs()) {
                            if (t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()) {
                                n++;
                            }
                        }
                        if (n != 1) {
                            f.add(line(i) + ".tariffs", "line has " + n + " chapter 1-97 numbers; exactly one is required");
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-003", ERROR, ES, "Numbers are in CBP order: chapter 98, chapter 99, then chapter 1-97",
                "CSMS 18-000624 rev. Feb 2025", "852", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        long ch98 = 0;
                        for (TariffLine t : ts) {
                            if (t.htsNumber() != null && t.htsNumber().isChapter98()) {
                                ch98++;
                            }
                        }
                        if (ch98 > 1) {
                            continue; // more than one chapter 98: CBP does not check the sequence (e.g. watches)
                        }
                        int prevRank = -1;
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (h == null) {
                                continue;
                            }
                            int rank = h.isChapter98() ? 0 : h.isChapter99() ? 1 : 2;
                            if (rank < prevRank) {
                                f.add(tariff(i, j) + ".htsNumber", "htsNumber " + h + " is out of sequence: report "
                                        + "chapter 98, then chapter 99, then the chapter 1-97 number last");
                            }
                            prevRank = Math.max(prevRank, rank);
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-004", WARNING, ES, "Chapter 99 headings follow CSMS stacking order among themselves",
                "CSMS 18-000624 rev. Feb 2025", "852", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        StackingCategory prev = null;
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (h == null || !h.isChapter99()) {
                                continue;
                            }
                            StackingCategory c = ctx.additionalDutyPrograms().category(h);
                            if (prev != null && c.compareTo(prev) < 0) {
                                f.add(tariff(i, j) + ".htsNumber", "htsNumber " + h + " (" + c + ") should come before "
                                        + prev + " headings");
                            }
                            if (prev == null || c.compareTo(prev) > 0) {
                                prev = c;
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-005", ERROR, ES, "Only the chapter 1-97 number carries the entered value",
                "CSMS 18-000624", "", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            TariffLine t = ts.get(j);
                            if (t.htsNumber() != null && (t.htsNumber().isChapter99()) && t.value() != null
                                    && !t.value().isZero()) {
                                f.add(tariff(i, j) + ".value", "value is reported on chapter 99 heading "
                                        + t.htsNumber() + "; report it on the chapter 1-97 number only");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-006", ERROR, ES, "The chapter 1-97 number carries the entered value",
                CATAIR + " 50-record pos 25-34", "437", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            TariffLine t = ts.get(j);
                            if (t.htsNumber() != null && !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98()
                                    && t.value() == null) {
                                f.add(tariff(i, j) + ".value", "value is missing on " + t.htsNumber());
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-007", ERROR, ES, "Values are in U.S. dollars, not negative", "19 CFR 159.31", "437",
                (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            Money v = ts.get(j).value();
                            if (v == null) {
                                continue;
                            }
                            if (!v.isUsd()) {
                                f.add(tariff(i, j) + ".value", "value " + v + " is not in U.S. dollars; convert it at "
                                        + "the certified rate for the date of exportation");
                            } else if (v.isNegative()) {
                                f.add(tariff(i, j) + ".value", "value " + v + " is negative");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-008", ERROR, ES, "Tariff numbers exist in the tariff schedule in force at entry",
                "HTSUS; " + CATAIR + " 50-record", "434", (e, ctx, f) -> {
                    Optional<TariffSchedule> s = ctx.tariffSchedule();
                    if (s.isEmpty()) {
                        return;
                    }
                    LocalDate d = rateDate(e, ctx);
                    if (!s.get().covers(d)) {
                        f.add(WARNING, "entryDate", "no tariff revision is loaded for " + d
                                + "; tariff numbers were not checked");
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (h != null && s.get().find(h, d).isEmpty()) {
                                f.add(tariff(i, j) + ".htsNumber", "htsNumber " + h + " is not in "
                                        + s.get().revisionName(d).orElse("the tariff schedule") + " (in force on " + d
                                        + ")");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-009", ERROR, ES, "Quantities are reported in every unit the HTS row requires",
                CATAIR + " 50-record pos 36-80", "439", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            TariffLine t = ts.get(j);
                            Optional<TariffRow> row = row(t, e, ctx);
                            if (row.isEmpty() || t.htsNumber().isChapter99()) {
                                continue;
                            }
                            for (UnitOfMeasure u : row.get().units()) {
                                if (u == UnitOfMeasure.NO_UNIT || !u.isKnown()) {
                                    continue;
                                }
                                boolean has = false;
                                for (Quantity q : t.quantities()) {
                                    has |= q.unit().equals(u);
                                }
                                if (!has) {
                                    f.add(tariff(i, j) + ".quantities", "a quantity in " + u.code() + " ("
                                            + u.description() + ") is required for " + t.htsNumber());
                                }
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-010", ERROR, ES, "Quantities use only the units the HTS row prescribes",
                CATAIR + " 50-record pos 48-50", "442", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            TariffLine t = ts.get(j);
                            Optional<TariffRow> row = row(t, e, ctx);
                            if (row.isEmpty()) {
                                continue;
                            }
                            if (row.get().units().stream().anyMatch(x -> !x.isKnown())) {
                                continue;
                            }
                            for (int k = 0; k < t.quantities().size(); k++) {
                                Quantity q = t.quantities().get(k);
                                if (!row.get().units().contains(q.unit())) {
                                    f.add(tariff(i, j) + ".quantities[" + k + "]", "unit " + q.unitCode()
                                            + " is not one " + t.htsNumber() + " prescribes " + row.get().unitTexts());
                                }
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-011", ERROR, ES, "A claimed special program is listed in the HTS row's special column",
                "HTSUS general note 3(c)", "416", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        SpecialProgram p = l.specialProgram();
                        if (p == null || !p.isKnown()) {
                            continue;
                        }
                        Optional<TariffLine> b = base(l);
                        if (b.isEmpty()) {
                            continue;
                        }
                        Optional<TariffRow> row = row(b.get(), e, ctx);
                        if (row.isPresent() && !row.get().special().lists(p)) {
                            f.add(line(i) + ".specialProgram", "specialProgram " + p.code() + " is not listed for "
                                    + b.get().htsNumber() + " (special column: " + row.get().special().text() + ")");
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-012", ERROR, ES, "Quantities are not negative", CATAIR + " 50-record", "440",
                (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            List<Quantity> qs = ts.get(j).quantities();
                            for (int k = 0; k < qs.size(); k++) {
                                if (qs.get(k).amount().signum() < 0) {
                                    f.add(tariff(i, j) + ".quantities[" + k + "]", "quantity " + qs.get(k)
                                            + " is negative");
                                }
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-013", ERROR, ES, "A tariff number appears once per line", CATAIR + " 50-record", "436",
                (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (h != null && !h.digits().startsWith("9802") && appearsBefore(ts, j, h)) {
                                f.add(tariff(i, j) + ".htsNumber", "htsNumber " + h + " appears twice on the line");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-014", INFO, ES, "Values are reported in whole dollars", CATAIR + " 50-record pos 25-34",
                "", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            Money v = ts.get(j).value();
                            if (v != null && v.amount().scale() > 0 && v.amount().stripTrailingZeros().scale() > 0) {
                                f.add(tariff(i, j) + ".value", "value " + v
                                        + " has cents; it is rounded half up to whole dollars on transmission");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-015", ERROR, ES, "Chapter 9813 (TIB) numbers appear only on type 23 entries, and type 23 "
                + "lines start with one", "ACE Error Dictionary 604/676", "604", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        boolean tib = e.entryType() == EntryType.TEMPORARY_IMPORTATION_BOND;
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (h != null && h.digits().startsWith("9813") && !tib) {
                                f.add(tariff(i, j) + ".htsNumber", "htsNumber " + h + " (9813) is allowed only on "
                                        + "entry type 23");
                            }
                        }
                        if (tib && (ts.isEmpty() || ts.get(0).htsNumber() == null
                                || !ts.get(0).htsNumber().digits().startsWith("9813"))) {
                            f.add(line(i) + ".tariffs", "a type 23 (TIB) line must start with a 9813 number");
                        }
                    }
                }));
        r.add(Rule.of("AE-HTS-016", WARNING, ES, "Metal-content chapter 99 headings declare the content value",
                "9903.81.91 and similar headings", "", (e, ctx, f) -> {
                    Optional<TariffSchedule> s = ctx.tariffSchedule();
                    if (s.isEmpty()) {
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            TariffLine t = ts.get(j);
                            if (t.htsNumber() == null || !t.htsNumber().isChapter99() || t.contentValue() != null) {
                                continue;
                            }
                            Optional<TariffRow> row = row(t, e, ctx);
                            if (row.isPresent() && leviedOnContent(row.get().general())) {
                                f.add(tariff(i, j) + ".contentValue", t.htsNumber() + " is levied on "
                                        + row.get().general().terms().get(0).basis() + "; without contentValue the full "
                                        + "line value is used");
                            }
                        }
                    }
                }));
        // ---- AD/CVD ----
        r.add(Rule.of("AE-ADCVD-001", ERROR, ES, "AD/CVD cases appear only on AD/CVD entry types (03, 07, 34, 38)",
                CATAIR + " 53-record", "466", (e, ctx, f) -> {
                    if (e.entryType() == null || e.entryType().isAdCvd() || e.entryType() == EntryType.FTZ_CONSUMPTION
                            || e.entryType() == EntryType.WAREHOUSE || e.entryType() == EntryType.REWAREHOUSE
                            || e.entryType() == EntryType.TEMPORARY_IMPORTATION_BOND) {
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        if (!e.lines().get(i).adCvdCases().isEmpty()) {
                            f.add(line(i) + ".adCvdCases", "AD/CVD cases are not allowed on entry type "
                                    + e.entryType().code() + "; use 03, 07, 34 or 38");
                        }
                    }
                }));
        r.add(Rule.of("AE-ADCVD-002", ERROR, ES, "An AD/CVD entry type declares at least one case",
                CATAIR + " 53-record", "706", (e, ctx, f) -> {
                    if (e.entryType() != null && e.entryType().isAdCvd()
                            && e.lines().stream().allMatch(l -> l.adCvdCases().isEmpty())) {
                        f.add("lines", "entry type " + e.entryType().code() + " needs at least one AD/CVD case");
                    }
                }));
        r.add(Rule.of("AE-ADCVD-003", ERROR, ES, "A line declares at most one AD and one CVD case",
                CATAIR + " 53-record", "545", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<AdCvdCase> cs = e.lines().get(i).adCvdCases();
                        long ad = 0;
                        long cvd = 0;
                        for (AdCvdCase c : cs) {
                            ad += c.caseNumber() != null && c.caseNumber().startsWith("A") ? 1 : 0;
                            cvd += c.caseNumber() != null && c.caseNumber().startsWith("C") ? 1 : 0;
                        }
                        if (ad > 1 || cvd > 1) {
                            f.add(line(i) + ".adCvdCases", "line declares " + ad + " AD and " + cvd
                                    + " CVD cases; at most one of each");
                        }
                    }
                }));
        r.add(Rule.of("AE-ADCVD-004", ERROR, ES, "A specific-rate case has a quantity to apply it to",
                CATAIR + " 53-record", "575", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        Optional<TariffLine> b = base(l);
                        boolean qty = b.isPresent() && !b.get().quantities().isEmpty();
                        for (int k = 0; k < l.adCvdCases().size(); k++) {
                            if (l.adCvdCases().get(k).specificRate() && !qty) {
                                f.add(line(i) + ".adCvdCases[" + k + "]", "case " + l.adCvdCases().get(k).caseNumber()
                                        + " has a specific rate but the line has no quantity");
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-ADCVD-005", WARNING, ES, "A high-rate AD/CVD case on a continuous bond may need a single "
                + "transaction bond", "ACE Error Dictionary 710", "710", (e, ctx, f) -> {
                    if (e.bond() == null || e.bond().type() != BondType.CONTINUOUS) {
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<AdCvdCase> cs = e.lines().get(i).adCvdCases();
                        for (int k = 0; k < cs.size(); k++) {
                            AdCvdCase c = cs.get(k);
                            if (c.bonded() && (c.specificRate() || (c.depositRate() != null
                                    && c.depositRate().compareTo(new BigDecimal("5")) >= 0))) {
                                f.add(line(i) + ".adCvdCases[" + k + "]", "bonded case " + c.caseNumber()
                                        + " at this rate requires a single transaction bond");
                            }
                        }
                    }
                }));
        // ---- programs and fees ----
        r.add(Rule.of("AE-SPI-001", ERROR, ES, "A free trade agreement claim matches the country of origin",
                "HTSUS general note 3(c)", "416", (e, ctx, f) -> {
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        if (l.specialProgram() == null || l.countryOfOrigin() == null) {
                            continue;
                        }
                        Set<String> origins = PROGRAM_ORIGINS.get(l.specialProgram().code());
                        if (origins != null && !origins.contains(l.countryOfOrigin().country().code())) {
                            f.add(line(i) + ".specialProgram", "specialProgram " + l.specialProgram().code() + " ("
                                    + l.specialProgram().description() + ") is not available for origin "
                                    + l.countryOfOrigin());
                        }
                    }
                }));
        r.add(Rule.of("AE-SPI-002", WARNING, ES, "GSP claims are not granted while GSP has lapsed",
                "19 U.S.C. 2465", "", (e, ctx, f) -> {
                    LocalDate d = rateDate(e, ctx);
                    if (d.isBefore(ctx.policy().gspLapsedFrom())) {
                        return;
                    }
                    for (int i = 0; i < e.lines().size(); i++) {
                        SpecialProgram p = e.lines().get(i).specialProgram();
                        if (p == SpecialProgram.GSP || p == SpecialProgram.GSP_LDBDC || p == SpecialProgram.GSP_EXCLUDED) {
                            f.add(line(i) + ".specialProgram", "GSP has lapsed since " + ctx.policy().gspLapsedFrom()
                                    + ": the claim is accepted but duty is deposited at the general rate");
                        }
                    }
                }));
        r.add(Rule.of("AE-FEE-001", WARNING, ES, "User fee tables cover the entry date", "19 CFR 24.23", "",
                (e, ctx, f) -> {
                    LocalDate d = rateDate(e, ctx);
                    if (ctx.feeSchedule().periodAt(d).isEmpty()) {
                        FeePeriod last = ctx.feeSchedule().lastPeriod();
                        f.add("entryDate", d.isAfter(last.to())
                                ? "no user fee period is on file for " + d + "; the last published figures ("
                                        + last.label() + ") are used until a newer notice is loaded (19 CFR 24.22(k))"
                                : "no user fee period is on file for " + d + "; MPF and HMF cannot be computed");
                    }
                }));
        r.add(Rule.of("AE-DATA-001", WARNING, ES, "The tariff data on file is current for the entry date",
                "HTSUS revisions (USITC)", "", (e, ctx, f) -> {
                    LocalDate d = rateDate(e, ctx);
                    java.util.Optional<LocalDate> newest = ctx.tariffSchedule()
                            .flatMap(org.acesdk.rules.tariff.TariffSchedule::newestRevisionDate);
                    if (newest.isPresent() && d.isAfter(newest.get().plusDays(DutyCalculator.STALE_AFTER_DAYS))) {
                        f.add("entryDate", "the entry date " + d + " is more than " + DutyCalculator.STALE_AFTER_DAYS
                                + " days past the newest tariff revision on file (effective " + newest.get()
                                + "); update the data (AceDataUpdater) to price on the rates in force");
                    }
                }));
        r.add(Rule.of("AE-FEE-002", WARNING, ES, "The informal entry fee for the fiscal year is on file",
                "19 CFR 24.23(b)(1)(ii)", "", (e, ctx, f) -> {
                    if (e.entryType() == null || !e.entryType().isInformal()) {
                        return;
                    }
                    LocalDate d = rateDate(e, ctx);
                    ctx.feeSchedule().periodAt(d).ifPresent(p -> {
                        if (p.fixedFee("311").isEmpty()) {
                            f.add("entryType", "the informal entry fee (class 311) for " + p.label()
                                    + " is not on file; it cannot be assessed");
                        }
                    });
                }));
        r.addAll(EntryTypeRules.rules());
        return r;
    }

    private static LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }
}
