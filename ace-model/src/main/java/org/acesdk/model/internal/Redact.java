package org.acesdk.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks personal data in text that leaves the SDK: Social Security, IRS and CBP-assigned numbers by pattern (wherever
 * they stand, also run together with other digits), and raw CATAIR records by the positions that hold importer,
 * consignee or party numbers and by any nine digits standing alone. Not API.
 */
public final class Redact {
    private static final Pattern SSN = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");
    private static final Pattern EIN = Pattern.compile("\\d{2}-\\d{7}[A-Z0-9]{2}");
    private static final Pattern CBP = Pattern.compile("\\d{6}-\\d{5}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");
    /** Nine digits standing alone in a raw record: an SSN or IRS number written without dashes. */
    private static final Pattern BARE_NINE = Pattern.compile("(?<![0-9A-Za-z-])\\d{9}(?![0-9])");
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");
    /** Most characters of outside input echoed in a message; the rest is cut. */
    public static final int MAX_ECHO = 80;

    private Redact() {
    }

    /** Text with Social Security, IRS and CBP-assigned numbers, bearer tokens and URL user info masked. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = SSN.matcher(s).replaceAll("***-**-****");
        t = EIN.matcher(t).replaceAll("**-*********");
        t = CBP.matcher(t).replaceAll("******-*****");
        t = USER_INFO.matcher(t).replaceAll("***@");
        return BEARER.matcher(t).replaceAll("Bearer ***");
    }

    /**
     * A record's text as the JDK would print it ({@code Name[a=1, b=x]}), masked: for records whose components hold
     * text from outside (CBP's answers).
     */
    public static String describe(Record r) {
        StringBuilder b = new StringBuilder(r.getClass().getSimpleName()).append('[');
        java.lang.reflect.RecordComponent[] cs = r.getClass().getRecordComponents();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            Object v;
            try {
                v = cs[i].getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                v = "?";
            }
            b.append(cs[i].getName()).append('=').append(v);
        }
        return text(b.append(']').toString());
    }

    /** A URL without its user info (which can hold a password or token). */
    public static String url(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceAll("***@");
    }

    /** Outside input for a message: masked, control characters shown as {@code ?}, cut to {@value #MAX_ECHO}. */
    public static String echo(String input) {
        if (input == null) {
            return "null";
        }
        String cut = input.length() > MAX_ECHO ? input.substring(0, MAX_ECHO) + "..." : input;
        StringBuilder b = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return text(b.toString());
    }

    /** A raw CATAIR record with the positions of importer, consignee and party numbers masked, then by pattern. */
    public static String record(String line) {
        if (line == null) {
            return null;
        }
        String t = line;
        if (t.startsWith("11")) {
            t = mask(t, 2, 26);
        } else if (t.startsWith("47")) {
            t = mask(t, 3, 18);
        } else if (t.startsWith("SE10") || t.startsWith("SO10") || t.startsWith("WO10")) {
            t = mask(t, 24, 36);
        } else if (t.startsWith("SE30") || t.startsWith("SE50")) {
            t = mask(t, 45, 65);
        } else if (t.startsWith("SF10")) {
            t = mask(t, 13, 28);
        }
        // a record of any other type (or a damaged one) can carry such a number anywhere: mask it where it stands
        return text(BARE_NINE.matcher(t).replaceAll("*********"));
    }

    /** Raw records, each masked. */
    public static List<String> records(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(record(l));
        }
        return out;
    }

    private static String mask(String s, int from, int to) {
        if (s.length() <= from) {
            return s;
        }
        int end = Math.min(to, s.length());
        StringBuilder b = new StringBuilder(s);
        for (int i = from; i < end; i++) {
            if (b.charAt(i) != ' ') {
                b.setCharAt(i, '*');
            }
        }
        return b.toString();
    }
}
