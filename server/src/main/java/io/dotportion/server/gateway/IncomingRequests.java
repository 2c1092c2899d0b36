package io.dotportion.server.gateway;

import io.dotportion.core.node.RequestData;
import io.helidon.http.Header;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the request as nodes see it (SPEC §3) from an HTTP request. */
final class IncomingRequests {
    private IncomingRequests() {
    }

    static RequestData of(ServerRequest req, String method, String path, Map<String, String> params, Object body) {
        var uriQuery = req.query();
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

    /** Lowercase names; the values of a repeated header joined with ", ". */
    private static Map<String, String> headers(ServerRequest req) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : req.headers()) {
            String name = header.headerName().lowerCase();
            String value = header.valueCount() == 1 ? header.get() : String.join(", ", header.allValues());
            String earlier = headers.putIfAbsent(name, value);
            if (earlier != null) {
                headers.put(name, earlier + ", " + value);
            }
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
