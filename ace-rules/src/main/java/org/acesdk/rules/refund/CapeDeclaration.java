package org.acesdk.rules.refund;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.acesdk.model.code.EntryNumber;

/**
 * CAPE declaration files: the CSV uploaded in the ACE Portal (not ABI). One column with the header {@code Entry Number}
 * in A1 and one entry number per row, at most {@value #MAX_ENTRIES} per file, no duplicates (a duplicate rejects the
 * whole file). Entry numbers are written as 11 characters, filer code and 8 digits without hyphens [uncertain: the
 * quick reference guide is quoted, not read]. Sources: CSMS #68315804; the CAPE upload template.
 */
public final class CapeDeclaration {
    /** The most entry numbers one declaration holds. */
    public static final int MAX_ENTRIES = 9_999;
    /** The header CBP's template has in A1. */
    public static final String HEADER = "Entry Number";

    private CapeDeclaration() {
    }

    /** An entry number as CAPE takes it: {@code JJ885451101}. */
    public static String format(EntryNumber n) {
        return n.filerCode().code() + n.serialWithCheckDigit();
    }

    /**
     * The declaration files for these entries: sorted, each entry once, at most {@value #MAX_ENTRIES} a file, lines
     * ended by CR LF as a spreadsheet saves CSV.
     *
     * @param entries the entries to declare
     * @return the files' text, in order
     */
    public static List<String> files(Collection<EntryNumber> entries) {
        List<EntryNumber> sorted = new ArrayList<>(new TreeSet<>(entries));
        List<String> out = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += MAX_ENTRIES) {
            StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
            for (EntryNumber n : sorted.subList(from, Math.min(sorted.size(), from + MAX_ENTRIES))) {
                sb.append(format(n)).append("\r\n");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
