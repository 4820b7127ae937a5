package org.acesdk.client.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Masks secrets in headers (case-insensitively) and importer numbers in free text. Not API. */
public final class Redaction {

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

    /** Text with Social Security, IRS and CBP-assigned numbers, bearer tokens and URL user info masked. */
    public static String text(String s) {
        return org.acesdk.model.internal.Redact.text(s);
    }

    /** A URL without its user info. */
    public static String url(String url) {
        return org.acesdk.model.internal.Redact.url(url);
    }
}
