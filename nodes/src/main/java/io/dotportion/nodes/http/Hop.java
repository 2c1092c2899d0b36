package io.dotportion.nodes.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request of a call: the first, or one a redirect led to. Builds the {@link HttpRequest} (with the credential
 * when the hop goes to the call's own origin) and the view the trace shows (the credential masked).
 */
record Hop(String method, URI uri, RequestBody body, boolean sameOrigin) {
    /** Headers that carry credentials: not sent on to another origin, shown masked in the trace. */
    private static final Set<String> CREDENTIAL_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

    private static final String USER_AGENT = "DotPortion";

    /** The next hop after a redirect from this one to {@code location}. */
    Hop next(int status, URI location, URI origin) {
        boolean get = Redirects.becomesGet(status, method);
        return new Hop(
                get ? "GET" : method, location, get ? RequestBody.NONE : body, Redirects.sameOrigin(origin, location));
    }

    HttpRequest request(Map<String, String> headers, Credential credential, long timeoutNanos) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target(credential, false)))
                .timeout(Duration.ofNanos(Math.max(timeoutNanos, 1_000_000)))
                .version(
                        uri.getScheme().equalsIgnoreCase("https")
                                ? HttpClient.Version.HTTP_2
                                : HttpClient.Version.HTTP_1_1)
                .method(
                        method,
                        body.present()
                                ? HttpRequest.BodyPublishers.ofByteArray(body.bytes())
                                : HttpRequest.BodyPublishers.noBody());
        sent(headers, credential, false).forEach(builder::setHeader);
        return builder.build();
    }

    /** What the trace shows of this hop: method, URL and headers, credentials masked. */
    Map<String, Object> view(Map<String, String> headers, Credential credential) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("method", method);
        view.put("url", target(credential, true));
        view.put("headers", Collections.unmodifiableMap(sent(headers, credential, true)));
        return Collections.unmodifiableMap(view);
    }

    private Map<String, String> sent(Map<String, String> headers, Credential credential, boolean masked) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean userAgent = false;
        boolean contentType = false;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            boolean credentialHeader = CREDENTIAL_HEADERS.contains(lower);
            if (credentialHeader && !sameOrigin) {
                continue;
            }
            userAgent |= lower.equals("user-agent");
            contentType |= lower.equals("content-type");
            out.put(header.getKey(), masked && credentialHeader ? "[redacted:" + lower + "]" : header.getValue());
        }
        if (!userAgent) {
            out.put("User-Agent", USER_AGENT);
        }
        if (!contentType && body.present()) {
            out.put("Content-Type", body.contentType());
        }
        if (applies(credential) && credential.place() == Credential.Place.HEADER) {
            out.keySet().removeIf(name -> name.equalsIgnoreCase(credential.name()));
            out.put(credential.name(), masked ? Credential.MASK : credential.value());
        }
        return out;
    }

    private String target(Credential credential, boolean masked) {
        if (!applies(credential) || credential.place() != Credential.Place.QUERY) {
            return uri.toString();
        }
        String pair = RequestBody.encode(credential.name()) + "="
                + (masked ? Credential.MASK : RequestBody.encode(credential.value()));
        String text = uri.toString();
        int hash = text.indexOf('#');
        String base = hash < 0 ? text : text.substring(0, hash);
        return base + (uri.getRawQuery() == null ? "?" : "&") + pair;
    }

    private boolean applies(Credential credential) {
        return credential != null && sameOrigin;
    }
}
