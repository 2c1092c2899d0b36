package io.dotportion.server.gateway;

import io.dotportion.server.auth.SessionCookie;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Removes the platform's own cookies from a {@code Cookie} header before a workflow sees it. */
final class PlatformCookies {
    private static final Set<String> OWN = Set.of(SessionCookie.NAME, SessionCookie.CSRF_NAME);

    private PlatformCookies() {
    }

    /** The header without the platform's cookies; null when nothing else is left. */
    static String without(String header) {
        String kept = Stream.of(header.split("[;,]"))
                .map(String::strip)
                .filter(pair -> !pair.isEmpty() && !OWN.contains(name(pair)))
                .collect(Collectors.joining("; "));
        return kept.isEmpty() ? null : kept;
    }

    private static String name(String pair) {
        int eq = pair.indexOf('=');
        return (eq < 0 ? pair : pair.substring(0, eq)).strip();
    }
}
