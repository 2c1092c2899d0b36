package io.dotportion.server.gateway;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a rate limit (and the login throttle) is keyed by: the socket's peer, or, behind {@code trustedProxies} proxies that
 * append to {@code X-Forwarded-For}, the entry those proxies added for the client (never one a client could
 * have written itself).
 */
public final class ClientAddress {
    private final int trustedProxies;

    public ClientAddress(int trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public String of(ServerRequest req) {
        String peer = peer(req);
        if (trustedProxies == 0) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : req.headers().all(HeaderNames.X_FORWARDED_FOR, List::of)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    hops.add(part.trim());
                }
            }
        }
        int index = hops.size() - trustedProxies;
        return index >= 0 ? hops.get(index) : peer;
    }

    static String peer(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }
}
