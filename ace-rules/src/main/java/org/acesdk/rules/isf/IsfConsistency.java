package org.acesdk.rules.isf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.entry.EntryLine;
import org.acesdk.model.entry.EntrySummary;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.isf.IsfLine;
import org.acesdk.rules.Finding;
import org.acesdk.rules.RuleId;
import org.acesdk.rules.Severity;

/**
 * Checks an ISF against the entry summary filed later for the same goods, as CBP's ISF-to-entry comparison does: each
 * entry line's chapter 1-97 number against the ISF's HTS numbers (first 6 digits), each line's manufacturer (MID
 * country) against the ISF's manufacturers, and the bill of lading. Findings are warnings: a mismatch is what CBP
 * reviews for liquidated damages, not a rejection. Stateless.
 */
public final class IsfConsistency {
    private static final String SOURCE = "19 CFR 149.2(d), 149.3; CBP ISF-to-entry comparison";

    private IsfConsistency() {
    }

    private static Finding warn(String id, String path, String message) {
        return new Finding(RuleId.of(id), Severity.WARNING, path, message, SOURCE, "");
    }

    /**
     * The mismatches between an ISF and its entry summary.
     *
     * @param isf the ISF (ISF-10)
     * @param entry the entry summary
     * @return findings {@code ISF-ENTRY-001} (HTS), {@code -002} (manufacturer country), {@code -003} (bill)
     */
    public static List<Finding> check(ImporterSecurityFiling isf, EntrySummary entry) {
        Objects.requireNonNull(isf, "isf");
        Objects.requireNonNull(entry, "entry");
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < entry.lines().size(); i++) {
            EntryLine l = entry.lines().get(i);
            for (int j = 0; j < l.tariffs().size(); j++) {
                HtsNumber h = l.tariffs().get(j).htsNumber();
                if (h == null || h.isChapter99() || h.isChapter98()) {
                    continue;
                }
                String six = h.digits().substring(0, 6);
                boolean declared = isf.lines().stream().anyMatch(x -> x.htsNumber() != null
                        && x.htsNumber().digits().length() >= 6 && x.htsNumber().digits().startsWith(six));
                if (!declared) {
                    out.add(warn("ISF-ENTRY-001", "lines[" + i + "].tariffs[" + j + "].htsNumber", h.usitcFormat()
                            + " is on the entry but no ISF line gives its heading " + six.substring(0, 4) + "."
                            + six.substring(4)));
                }
            }
            if (l.manufacturerId() != null) {
                String country = l.manufacturerId().countryCode().code();
                boolean made = isf.lines().stream().map(IsfLine::manufacturer).anyMatch(m -> m != null
                        && m.address() != null && m.address().country() != null
                        && country.equals(m.address().country().code()))
                        || isf.lines().stream().anyMatch(x -> x.countryOfOrigin() != null
                        && country.equals(x.countryOfOrigin().code()));
                if (!made) {
                    out.add(warn("ISF-ENTRY-002", "lines[" + i + "].manufacturerId", "the manufacturer's MID names "
                            + country + ", and no ISF manufacturer or origin is in " + country));
                }
            }
        }
        String bill = entry.billOfLading();
        if (bill != null && !bill.isBlank()) {
            String b = bill.trim();
            boolean same = b.equals(isf.billOfLading()) || b.equals(isf.masterBillOfLading())
                    || isf.otherBills().contains(b);
            if (!same) {
                out.add(warn("ISF-ENTRY-003", "billOfLading", "the entry's bill " + b + " is not a bill of the ISF"));
            }
        }
        return out;
    }

}
