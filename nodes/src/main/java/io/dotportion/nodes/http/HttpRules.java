package io.dotportion.nodes.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the {@code http} node accepts: methods, URLs, header names and values, body types. Shared by save and run. */
final class HttpRules {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    static final List<String> BODY_TYPES = List.of("json", "form", "text");
    static final List<String> SECRET_TYPES = List.of("apiKey", "bearer", "basic");

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9_-]{1,64}");
    /** Hop-by-hop headers, and the ones the client sets itself: a workflow cannot set them. */
    private static final Set<String> REFUSED_HEADERS = Set.of(
            "host",
            "connection",
            "keep-alive",
            "proxy-connection",
            "proxy-authenticate",
            "transfer-encoding",
            "te",
            "trailer",
            "upgrade",
            "content-length",
            "expect",
            "http2-settings");

    private HttpRules() {}

    static Optional<String> headerNameProblem(String name) {
        if (name == null || !TOKEN.matcher(name).matches()) {
            return Optional.of("a header name is letters, digits and !#$%&'*+.^_`|~-");
        }
        if (REFUSED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("the header '" + name + "' is hop-by-hop or set by the client itself and cannot be set");
        }
        return Optional.empty();
    }

    /** Printable ASCII and tabs: no line breaks or control characters, nothing that could split a header. */
    static boolean validHeaderValue(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7e));
    }

    static Optional<String> secretNameProblem(String name) {
        return SECRET_NAME.matcher(name).matches()
                ? Optional.empty()
                : Optional.of("secret name must be 1 to 64 of a-z, 0-9, '_' and '-'");
    }

    /** The URL as the call uses it, or why it cannot be used: http or https, with a host, no user info. */
    static URI parse(String text) throws BadUrl {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new BadUrl("the url is not a valid URL (spaces and some characters must be percent-encoded)");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new BadUrl("the url must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new BadUrl("the url names no host (or a host that is not a valid name)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new BadUrl("the url must not carry a user or password: use a basic secret");
        }
        if (uri.getRawFragment() != null) {
            uri = URI.create(text.strip().substring(0, text.strip().indexOf('#')));
        }
        return uri;
    }

    /** The scheme problem of the constant text before a URL's first template, if it already names one. */
    static Optional<String> schemeProblem(String prefix) {
        int colon = prefix.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = prefix.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https")
                ? Optional.empty()
                : Optional.of("the url must start with http:// or https://");
    }

    /** A URL that cannot be called; the message is safe (it never quotes the URL). */
    static final class BadUrl extends Exception {
        BadUrl(String message) {
            super(message, null, false, false);
        }
    }
}
