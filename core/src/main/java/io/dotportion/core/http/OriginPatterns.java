package io.dotportion.core.http;

import java.util.Locale;
import java.util.Optional;

/**
 * The entries of a CORS allow-list and how an {@code Origin} header matches them. An entry is {@code *} (any
 * origin), an exact origin {@code scheme://host[:port]}, or a one-label wildcard {@code scheme://*.domain[:port]}:
 * {@code https://*.example.com} matches {@code https://app.example.com}, not {@code https://example.com}, not
 * {@code https://a.b.example.com}, not {@code http://app.example.com} and not another port. The domain after
 * {@code *.} needs two labels at least ({@code https://*.com} is refused). Comparison ignores case and one trailing
 * slash; schemes are {@code http} and {@code https}; paths, queries, {@code null} and other wildcards are refused.
 */
public final class OriginPatterns {
    public static final String ANY = "*";
    private static final int MAX_LENGTH = 253 + 20;

    private OriginPatterns() {}

    /** Why {@code entry} cannot be an allow-list entry, or empty when it can. */
    public static Optional<String> problem(String entry) {
        if (entry == null || entry.isBlank()) {
            return Optional.of("must not be empty");
        }
        String e = normalised(entry);
        if (e.equals(ANY)) {
            return Optional.empty();
        }
        if (e.length() > MAX_LENGTH) {
            return Optional.of("is too long for an origin");
        }
        int scheme = e.indexOf("://");
        if (scheme < 0 || !(e.startsWith("http://") || e.startsWith("https://"))) {
            return Optional.of("must be * or an origin like https://app.example.com (http or https, no path)");
        }
        String authority = e.substring(scheme + 3);
        if (authority.chars().anyMatch(c -> c == '/' || c == '?' || c == '#' || c == '@')) {
            return Optional.of("must be an origin without a path, query, fragment or user");
        }
        int colon = authority.indexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        if (colon >= 0 && !authority.substring(colon).matches(":[0-9]{1,5}")) {
            return Optional.of("must end with its host or a numeric port");
        }
        boolean wildcard = host.startsWith("*.");
        String name = wildcard ? host.substring(2) : host;
        if (!validHost(name)) {
            return Optional.of(
                    host.contains("*") && !wildcard
                            ? "may use * only as the whole first label, as in https://*.example.com"
                            : "must name a host of letters, digits, '-' and '.'");
        }
        if (wildcard && name.indexOf('.') < 0) {
            return Optional.of("a wildcard needs a domain of two labels at least, as in https://*.example.com");
        }
        return Optional.empty();
    }

    /** Whether the request's {@code origin} is allowed by {@code entry} (an entry {@link #problem} accepts). */
    public static boolean matches(String entry, String origin) {
        String e = normalised(entry);
        if (e.equals(ANY)) {
            return true;
        }
        String o = normalised(origin);
        int star = e.indexOf("://*.");
        if (star < 0) {
            return e.equals(o);
        }
        String prefix = e.substring(0, star + 3);
        String suffix = e.substring(star + 4);
        if (!o.startsWith(prefix) || !o.endsWith(suffix) || o.length() <= prefix.length() + suffix.length()) {
            return false;
        }
        String label = o.substring(prefix.length(), o.length() - suffix.length());
        return label.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
    }

    private static boolean validHost(String host) {
        if (host.isEmpty() || host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
            return false;
        }
        return host.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.');
    }

    private static String normalised(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
