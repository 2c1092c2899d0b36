package io.dotportion.server.gateway;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a rate limit (and the login throttle) is keyed by: the socket's peer, or, behind {@code trustedProxies} proxies that
 * append to {@code X-Forwarded-For}, the entry those proxies added for the client (never one a client could
 * have written itself). Also whether the client reached us over TLS: directly, or through those proxies as
 * their {@code X-Forwarded-Proto} says (read only when proxies are trusted).
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
        List<String> hops = entries(req, HeaderNames.X_FORWARDED_FOR);
        int index = hops.size() - trustedProxies;
        return index >= 0 ? hops.get(index) : peer;
    }

    /**
     * Whether the client's connection used TLS: this socket's, or the scheme the outermost trusted proxy saw
     * (the entry it added to {@code X-Forwarded-Proto}; the first one when fewer proxies wrote the header).
     */
    public boolean secure(ServerRequest req) {
        if (req.isSecure()) {
            return true;
        }
        if (trustedProxies == 0) {
            return false;
        }
        List<String> schemes = entries(req, HeaderNames.X_FORWARDED_PROTO);
        if (schemes.isEmpty()) {
            return false;
        }
        return "https".equalsIgnoreCase(schemes.get(Math.max(0, schemes.size() - trustedProxies)));
    }

    private static List<String> entries(ServerRequest req, HeaderName header) {
        List<String> entries = new ArrayList<>();
        for (String value : req.headers().all(header, List::of)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    entries.add(part.trim());
                }
            }
        }
        return entries;
    }

    static String peer(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }
}
