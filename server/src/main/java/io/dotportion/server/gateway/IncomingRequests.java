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
import java.util.Locale;
import java.util.Map;

/** Builds the request as nodes see it (SPEC §3) from an HTTP request. */
final class IncomingRequests {
    private IncomingRequests() {
    }

    static RequestData of(ServerRequest req, String method, String path, Map<String, String> params, Object body) {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, List<String>> queryAll = new LinkedHashMap<>();
        var uriQuery = req.query();
        requireWellEncoded(uriQuery.rawValue());
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

    private static Map<String, String> headers(ServerRequest req) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : req.headers()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            String value = String.join(", ", header.allValues());
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        return headers;
    }

    private static String ip(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }
}
