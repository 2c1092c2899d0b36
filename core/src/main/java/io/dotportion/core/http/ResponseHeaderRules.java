package io.dotportion.core.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which response headers a workflow may set, and what their names and values may look like. Checked when a
 * workflow is saved and again when an answer is written. A workflow's answer is tenant content served from the
 * platform's own origin, so the headers that frame the message, that the gateway owns (CORS, rate limits, the
 * sandbox policy) or that configure the browser for the whole origin (cookies, HSTS, Alt-Svc, reporting, client
 * hints, Clear-Site-Data ...) are refused, whatever their case.
 */
public final class ResponseHeaderRules {
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";
    private static final String FRAMING = "is set by the server and cannot be set by a workflow";
    private static final String OWNED = "is a security header of the platform and cannot be set by a workflow";
    private static final String CORS = "is set from the project's CORS settings and cannot be set by a workflow";
    private static final Set<String> SERVER = Set.of(
            "content-length",
            "transfer-encoding",
            "content-encoding",
            "connection",
            "keep-alive",
            "upgrade",
            "te",
            "trailer",
            "http2-settings",
            "date",
            "x-execution-id");
    private static final Set<String> SECURITY = Set.of(
            "set-cookie",
            "set-cookie2",
            "content-security-policy",
            "content-security-policy-report-only",
            "x-content-security-policy",
            "x-webkit-csp",
            "strict-transport-security",
            "x-content-type-options",
            "x-frame-options",
            "x-xss-protection",
            "referrer-policy",
            "permissions-policy",
            "feature-policy",
            "cross-origin-opener-policy",
            "cross-origin-embedder-policy",
            "cross-origin-embedder-policy-report-only",
            "cross-origin-opener-policy-report-only",
            "cross-origin-resource-policy",
            "origin-agent-cluster",
            "alt-svc",
            "alt-used",
            "clear-site-data",
            "service-worker-allowed",
            "nel",
            "report-to",
            "reporting-endpoints",
            "expect-ct",
            "public-key-pins",
            "public-key-pins-report-only",
            "accept-ch",
            "critical-ch",
            "accept-ch-lifetime",
            "timing-allow-origin",
            "x-permitted-cross-domain-policies",
            "x-dns-prefetch-control",
            "document-policy",
            "require-document-policy",
            "speculation-rules",
            "supports-loading-mode",
            "set-login",
            "x-sendfile",
            "x-lighttpd-send-file");
    private static final List<String> SECURITY_PREFIXES = List.of("sec-", "proxy-", "x-accel-");
    private static final List<String> OWNED_PREFIXES = List.of("ratelimit", "x-ratelimit-");

    private ResponseHeaderRules() {}

    /** Why a workflow may not set the header {@code name}, or empty when it may (the name is a valid token). */
    public static Optional<String> refusal(String name) {
        if (!isToken(name)) {
            return Optional.of("header name must be a token: letters, digits and !#$%&'*+-.^_`|~");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SERVER.contains(lower) || OWNED_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return Optional.of("header '" + name + "' " + FRAMING);
        }
        if (lower.startsWith("access-control-")) {
            return Optional.of("header '" + name + "' " + CORS);
        }
        if (SECURITY.contains(lower) || SECURITY_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return Optional.of("header '" + name + "' " + OWNED);
        }
        return Optional.empty();
    }

    /** Whether a workflow may set the header {@code name}. */
    public static boolean allowed(String name) {
        return refusal(name).isEmpty();
    }

    /** An RFC 9110 field name: one or more letters, digits or {@code !#$%&'*+-.^_`|~}. */
    public static boolean isToken(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a header value may be sent: printable ASCII, spaces and tabs only. A line break would split the
     * header; a character above U+007E could be truncated to one when written as a byte (U+010A ends in 0x0A).
     */
    public static boolean validValue(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                return false;
            }
        }
        return true;
    }
}
