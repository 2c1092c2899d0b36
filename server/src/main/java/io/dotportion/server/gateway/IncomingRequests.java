package io.dotportion.server.gateway;

import io.dotportion.core.node.RequestData;
import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.helidon.http.Header;
import io.helidon.http.Headers;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the request as nodes see it (docs/API.md) from an HTTP request. The platform's own cookies (the UI's
 * session and CSRF cookies a member's browser may still send) are removed from {@code cookie}: a tenant's
 * workflow never sees a visitor's session.
 */
final class IncomingRequests {
    private IncomingRequests() {}

    static RequestData of(ServerRequest req, String method, String path, Map<String, String> params, Object body) {
        var uriQuery = req.query();
        requireWellEncoded(uriQuery.rawValue());
        if (uriQuery.isEmpty()) {
            return new RequestData(method, path, params, Map.of(), Map.of(), headers(req), body, ip(req));
        }
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, List<String>> queryAll = new LinkedHashMap<>();
        for (String name : uriQuery.names()) {
            List<String> values = List.copyOf(uriQuery.all(name));
            queryAll.put(name, values);
            query.put(name, values.isEmpty() ? "" : values.getFirst());
        }
        return new RequestData(method, path, params, query, queryAll, headers(req), body, ip(req));
    }

    /** Every name and value of the raw query is strict percent-encoded UTF-8, or the request is a 400. */
    private static void requireWellEncoded(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        try {
            for (String part : rawQuery.split("[&=]")) {
                PercentDecoding.decode(part, true);
            }
        } catch (MalformedInputException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "the query string is malformed: " + e.getMessage());
        }
    }

    /**
     * Lowercase names; the values of a repeated header joined with ", " (cookies with "; "). Built once as the
     * immutable map {@link RequestData} keeps as it is (no copy): the server gives each name once, so the
     * entries are unique; should a name come twice, the values are joined as above.
     */
    private static Map<String, String> headers(ServerRequest req) {
        Headers all = req.headers();
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[all.size()];
        int count = 0;
        for (Header header : all) {
            String name = header.headerName().lowerCase();
            if (name.equals("cookie")) {
                Optional<String> kept = PlatformCookies.without(header.allValues());
                if (kept.isPresent()) {
                    entries[count++] = Map.entry(name, kept.get());
                }
                continue;
            }
            String value = header.valueCount() == 1 ? header.get() : String.join(", ", header.allValues());
            entries[count++] = Map.entry(name, value);
        }
        Map.Entry<String, String>[] used = count == entries.length ? entries : Arrays.copyOf(entries, count);
        try {
            return Map.ofEntries(used);
        } catch (IllegalArgumentException twice) {
            return joined(used);
        }
    }

    private static Map<String, String> joined(Map.Entry<String, String>[] entries) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> e : entries) {
            String separator = e.getKey().equals("cookie") ? "; " : ", ";
            headers.merge(e.getKey(), e.getValue(), (earlier, value) -> earlier + separator + value);
        }
        return Map.copyOf(headers);
    }

    private static String ip(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }
}
