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
import org.acesdk.rules.Rule;
import org.acesdk.rules.RuleContext;
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

    private static Optional<Chapter99Advisor> advisor(RuleContext ctx) {
        return ctx.chapter99Advisor();
    }

    private static Set<HtsNumber> declared(EntryLine l) {
        return l.tariffs().stream().map(TariffLine::htsNumber).filter(HtsNumber::isChapter99)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static boolean advisable(EntryLine l) {
        return l.countryOfOrigin() != null && l.tariffs().stream()
                .anyMatch(t -> !t.htsNumber().isChapter99() && !t.htsNumber().isChapter98());
    }

    @Override
    public List<Rule<?>> rules() {
        List<Rule<?>> r = new ArrayList<>();
        r.add(Rule.of("AE-CH99-001", Severity.ERROR, EntrySummary.class,
                "Every chapter 99 heading the line owes is declared", CSMS, "", (e, ctx, f) -> {
                    Optional<Chapter99Advisor> a = advisor(ctx);
                    if (a.isEmpty()) {
                        return;
                    }
                    LocalDate date = ctx.effectiveDate(e.entryDate());
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        if (!advisable(l)) {
                            continue;
                        }
                        Advice advice = a.get().advise(l, date);
                        Set<HtsNumber> have = declared(l);
                        for (AdvisedHeading h : advice.headings()) {
                            if (h.ratePercent().signum() > 0 && !have.contains(h.heading())) {
                                f.add("lines[" + i + "].tariffs", "declare " + h.heading().usitcFormat() + " ("
                                        + h.programId() + ", " + h.ratePercent().toPlainString() + "%, "
                                        + h.amount() + "): " + h.reason());
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-CH99-002", Severity.ERROR, EntrySummary.class,
                "No chapter 99 heading is declared outside its program's dates", CSMS, "", (e, ctx, f) -> {
                    Optional<Chapter99Advisor> a = advisor(ctx);
                    if (a.isEmpty()) {
                        return;
                    }
                    LocalDate date = ctx.effectiveDate(e.entryDate());
                    for (int i = 0; i < e.lines().size(); i++) {
                        List<TariffLine> ts = e.lines().get(i).tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            if (!h.isChapter99()) {
                                continue;
                            }
                            List<AdditionalDutyProgram> known = a.get().programs().programsFor(h);
                            if (!known.isEmpty() && known.stream().noneMatch(p -> p.isInForce(date))) {
                                AdditionalDutyProgram p = known.get(known.size() - 1);
                                f.add("lines[" + i + "].tariffs[" + j + "].htsNumber", h.usitcFormat() + " ("
                                        + p.id() + ") is not in force on " + date + ": in force " + p.from() + " to "
                                        + (p.to() == null ? "open" : p.to().toString()));
                            }
                        }
                    }
                }));
        r.add(Rule.of("AE-CH99-003", Severity.WARNING, EntrySummary.class,
                "Every declared chapter 99 heading is supported by the tariff data", CSMS, "", (e, ctx, f) -> {
                    Optional<Chapter99Advisor> a = advisor(ctx);
                    if (a.isEmpty()) {
                        return;
                    }
                    LocalDate date = ctx.effectiveDate(e.entryDate());
                    for (int i = 0; i < e.lines().size(); i++) {
                        EntryLine l = e.lines().get(i);
                        if (!advisable(l)) {
                            continue;
                        }
                        Advice advice = a.get().advise(l, date);
                        Set<HtsNumber> advised = Set.copyOf(advice.headingNumbers());
                        List<TariffLine> ts = l.tariffs();
                        for (int j = 0; j < ts.size(); j++) {
                            HtsNumber h = ts.get(j).htsNumber();
                            List<AdditionalDutyProgram> known = a.get().programs().programsFor(h);
                            boolean expired = !known.isEmpty() && known.stream().noneMatch(p -> p.isInForce(date));
                            boolean mentioned = advice.notes().stream().anyMatch(n -> n.startsWith(h.toString()));
                            if (h.isChapter99() && !advised.contains(h) && !expired && !mentioned) {
                                f.add("lines[" + i + "].tariffs[" + j + "].htsNumber", h.usitcFormat()
                                        + " is declared but nothing in the tariff data or product lists supports it "
                                        + "for " + advice.htsNumber() + " from " + advice.origin());
                            }
                        }
                    }
                }));
        return r;
    }
}
