package org.acesdk.client.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Masks secrets in headers (case-insensitively) and importer numbers in free text. Not API. */
public final class Redaction {
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern EIN = Pattern.compile("\\b\\d{2}-\\d{7}[A-Z0-9]{2}\\b");
    private static final Pattern CBP = Pattern.compile("\\b\\d{6}-\\d{5}\\b");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");

    private Redaction() {
    }

    /** Whether a header carries a secret: authorization, cookies, tokens, keys, passwords. */
    public static boolean isSecretHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("authorization") || n.equals("proxy-authorization") || n.contains("cookie")
                || n.contains("token") || n.contains("secret") || n.contains("password") || n.contains("api-key")
                || n.contains("apikey");
    }

    /** A copy of the headers with secret values replaced by {@code ***}. */
    public static Map<String, String> headers(Map<String, String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.put(k, isSecretHeader(k) ? "***" : v));
        return out;
    }

    /** Text with Social Security, IRS and CBP-assigned numbers and bearer tokens masked. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = SSN.matcher(s).replaceAll("***-**-****");
        t = EIN.matcher(t).replaceAll("**-*********");
        t = CBP.matcher(t).replaceAll("******-*****");
        return BEARER.matcher(t).replaceAll("Bearer ***");
    }
}
