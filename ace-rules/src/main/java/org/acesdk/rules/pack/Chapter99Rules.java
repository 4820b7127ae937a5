package org.acesdk.rules.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.entry.TariffLine;
import org.acesdk.rules.Findings;
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleLogic;
import org.acesdk.rules.RulePack;
import org.acesdk.rules.Severity;
import org.acesdk.rules.advisor.Advice;
import org.acesdk.rules.advisor.AdvisedHeading;
import org.acesdk.rules.advisor.Chapter99Advisor;
import org.acesdk.rules.duty.AdditionalDutyProgram;

/**
 * Chapter 99 declarations checked against the {@link Chapter99Advisor} in the rule context (the rules do nothing
 * without one): a required heading missing, an expired heading declared, a heading nothing supports. Not discovered
 * automatically: add it with {@code AceValidator.builder().addPack(new Chapter99Rules())}.
 */
public final class Chapter99Rules implements RulePack {
    private static final String CSMS = "CSMS 18-000624; 19 CFR 141.61";

    /** Created by hand or by the ServiceLoader. */
    public Chapter99Rules() {
    }

    @Override
    public String name() {
        return "chapter-99";
    }

    @Override
    public int order() {
        return 2000;
    }

    /** A check of one line against the advisor, on the entry's effective date. */
    @FunctionalInterface
    private interface LineCheck {
        void check(int index, EntryLine line, Chapter99Advisor advisor, LocalDate date, Findings findings);
    }

    /** Runs the check on every line, or does nothing when the context has no advisor. */
    private static RuleLogic<EntrySummary> eachLine(LineCheck check) {
        return (e, ctx, f) -> {
            Optional<Chapter99Advisor> a = ctx.chapter99Advisor();
            if (a.isEmpty()) {
                return;
            }
            LocalDate date = ctx.effectiveDate(e.entryDate());
            for (int i = 0; i < e.lines().size(); i++) {
                check.check(i, e.lines().get(i), a.get(), date, f);
            }
        };
    }

    /** Whether a line has what advice needs: an origin and a chapter 1-97 number. */
    private static boolean advisable(EntryLine l) {
        return l.countryOfOrigin() != null && l.tariffs().stream()
                .anyMatch(t -> !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98());
    }

    /** Whether the heading belongs only to programs not in force on the date. */
    private static boolean outOfDate(Chapter99Advisor a, HtsNumber h, LocalDate date) {
        List<AdditionalDutyProgram> known = a.programs().programsFor(h);
        return !known.isEmpty() && known.stream().noneMatch(p -> p.isInForce(date));
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("AE-CH99-001", Severity.ERROR, EntrySummary.class,
                "Every chapter 99 heading the line owes is declared", CSMS, "", eachLine((i, l, a, date, f) -> {
                    if (!advisable(l)) {
                        return;
                    }
                    Set<HtsNumber> have = l.tariffs().stream().map(TariffLine::htsNumber).collect(Collectors.toSet());
                    for (AdvisedHeading h : a.advise(l, date).headings()) {
                        if (h.ratePercent().signum() > 0 && !have.contains(h.heading())) {
                            f.add("lines[" + i + "].tariffs", "declare " + h.heading().usitcFormat() + " ("
                                    + h.programId() + ", " + h.ratePercent().toPlainString() + "%, " + h.amount()
                                    + "): " + h.reason());
                        }
                    }
                })));
        r.add(Rule.of("AE-CH99-002", Severity.ERROR, EntrySummary.class,
                "No chapter 99 heading is declared outside its program's dates", CSMS, "",
                eachLine((i, l, a, date, f) -> {
                    for (int j = 0; j < l.tariffs().size(); j++) {
                        HtsNumber h = l.tariffs().get(j).htsNumber();
                        if (h.isChapter99() && outOfDate(a, h, date)) {
                            List<AdditionalDutyProgram> known = a.programs().programsFor(h);
                            AdditionalDutyProgram p = known.get(known.size() - 1);
                            f.add("lines[" + i + "].tariffs[" + j + "].htsNumber", h.usitcFormat() + " (" + p.id()
                                    + ") is not in force on " + date + ": in force " + p.from() + " to "
                                    + (p.to() == null ? "open" : p.to().toString()));
                        }
                    }
                })));
        r.add(Rule.of("AE-CH99-003", Severity.WARNING, EntrySummary.class,
                "Every declared chapter 99 heading is supported by the tariff data", CSMS, "",
                eachLine((i, l, a, date, f) -> {
                    if (!advisable(l)) {
                        return;
                    }
                    Advice advice = a.advise(l, date);
                    Set<HtsNumber> advised = Set.copyOf(advice.headingNumbers());
                    for (int j = 0; j < l.tariffs().size(); j++) {
                        HtsNumber h = l.tariffs().get(j).htsNumber();
                        boolean mentioned = advice.notes().stream().anyMatch(n -> n.startsWith(h.toString()));
                        if (h.isChapter99() && !advised.contains(h) && !outOfDate(a, h, date) && !mentioned) {
                            f.add("lines[" + i + "].tariffs[" + j + "].htsNumber", h.usitcFormat()
                                    + " is declared but nothing in the tariff data or product lists supports it for "
                                    + advice.htsNumber() + " from " + advice.origin());
                        }
                    }
                })));
        r.add(Rule.of("AE-CH99-004", Severity.WARNING, EntrySummary.class,
                "Every chapter 99 heading on a line or in the schedule's footnotes is known to the program data", CSMS,
                "", eachLine((i, l, a, date, f) -> {
                    for (int j = 0; j < l.tariffs().size(); j++) {
                        HtsNumber h = l.tariffs().get(j).htsNumber();
                        if (h != null && h.isChapter99() && a.programs().programsFor(h).isEmpty()) {
                            f.add("lines[" + i + "].tariffs[" + j + "].htsNumber", h.usitcFormat()
                                    + " is not a chapter 99 heading the program data knows: its duty and dates "
                                    + "could not be checked");
                        }
                    }
                    if (advisable(l)) {
                        for (HtsNumber h : a.advise(l, date).unknownHeadings()) {
                            f.add("lines[" + i + "].tariffs", "the schedule references " + h.usitcFormat()
                                    + " on this line's number, and the program data does not know it");
                        }
                    }
                })));
        r.add(Rule.of("AE-CH99-005", Severity.ERROR, EntrySummary.class,
                "No line is of goods whose entry is prohibited (CBP condition 886 HTS PROHIBITED FOR CO)",
                "Proclamations 11061-11063; CSMS #70050970", "", eachLine((i, l, a, date, f) -> {
                    if (!advisable(l)) {
                        return;
                    }
                    for (String p : a.advise(l, date).prohibitions()) {
                        f.add("lines[" + i + "].countryOfOrigin", "886 HTS PROHIBITED FOR CO: " + p);
                    }
                })));
        return r;
    }
}
