package io.dotportion.server.gateway;

import io.dotportion.core.node.RequestData;
import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.helidon.http.Header;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
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

    /** Lowercase names; the values of a repeated header joined with ", " (cookies with "; "). */
    private static Map<String, String> headers(ServerRequest req) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : req.headers()) {
            String name = header.headerName().lowerCase();
            if (name.equals("cookie")) {
                Optional<String> kept = PlatformCookies.without(header.allValues());
                if (kept.isPresent()) {
                    join(headers, name, kept.get(), "; ");
                }
                continue;
            }
            join(headers, name, header.valueCount() == 1 ? header.get() : String.join(", ", header.allValues()), ", ");
        }
        return headers;
    }

    private static void join(Map<String, String> headers, String name, String value, String separator) {
        String earlier = headers.putIfAbsent(name, value);
        if (earlier != null) {
            headers.put(name, earlier + separator + value);
        }
    }

    private static String ip(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }
}
