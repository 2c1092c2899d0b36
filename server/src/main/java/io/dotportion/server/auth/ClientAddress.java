package io.dotportion.server.auth;

import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;

/** The address of the peer that sent a request (the load balancer's, behind one). */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress socket && socket.getAddress() != null) {
            return socket.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }
}
