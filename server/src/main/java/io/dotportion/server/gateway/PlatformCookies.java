package io.dotportion.server.gateway;

import io.dotportion.server.auth.SessionCookie;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Removes the platform's own cookies from the {@code Cookie} header values before a workflow sees them. */
final class PlatformCookies {
    private static final Set<String> OWN = Set.of(SessionCookie.NAME, SessionCookie.CSRF_NAME);

    private PlatformCookies() {}

    /** The other cookies as one header value ({@code a=1; b=2}); empty when nothing else is left. */
    static Optional<String> without(List<String> values) {
        String kept = values.stream()
                .flatMap(value -> List.of(value.split(";")).stream())
                .map(String::strip)
                .filter(pair -> !pair.isEmpty() && !OWN.contains(name(pair)))
                .collect(Collectors.joining("; "));
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept);
    }

    private static String name(String pair) {
        int eq = pair.indexOf('=');
        return (eq < 0 ? pair : pair.substring(0, eq)).strip();
    }
}
