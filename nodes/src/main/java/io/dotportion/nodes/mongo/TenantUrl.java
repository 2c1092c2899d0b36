package io.dotportion.nodes.mongo;

import com.mongodb.AuthenticationMechanism;
import com.mongodb.ConnectionString;
import com.mongodb.MongoCredential;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user's MongoDB URL may ask of the platform when a client is opened for it (the vault checks the same
 * when the secret is saved; a value stored before a rule existed is caught here): no SOCKS proxy (the driver
 * would connect through it without asking the egress policy), no Unix socket, only password mechanisms
 * (SCRAM, PLAIN; not Kerberos, X.509, AWS or OIDC, which use the platform's own identity or call metadata
 * endpoints), and every host the URL names allowed by the egress policy.
 */
final class TenantUrl {
    private static final Set<AuthenticationMechanism> MECHANISMS = Set.of(
            AuthenticationMechanism.SCRAM_SHA_1, AuthenticationMechanism.SCRAM_SHA_256, AuthenticationMechanism.PLAIN);
    private static final int DEFAULT_PORT = 27017;

    private TenantUrl() {}

    /** Why a client must not be opened for this URL, or empty. The reason names no host, port or value. */
    static Optional<String> problem(ConnectionString url, EgressPolicy policy) {
        if (url.getProxyHost() != null) {
            return Optional.of("proxy options are not allowed");
        }
        MongoCredential credential = url.getCredential();
        if (credential != null
                && credential.getAuthenticationMechanism() != null
                && !MECHANISMS.contains(credential.getAuthenticationMechanism())) {
            return Optional.of("unsupported authMechanism");
        }
        for (String host : url.getHosts()) {
            if (host.toLowerCase(Locale.ROOT).endsWith(".sock")) {
                return Optional.of("Unix sockets are not allowed");
            }
        }
        if (url.isSrvProtocol()) {
            return Optional.empty(); // the SRV targets are checked as the driver resolves them
        }
        for (Map.Entry<String, Set<Integer>> host : declaredPorts(url).entrySet()) {
            if (policy.check(host.getKey(), host.getValue()) instanceof EgressDecision.Refused) {
                return Optional.of(EgressDecision.REFUSED_MESSAGE);
            }
        }
        return Optional.empty();
    }

    /** The hosts a (non-SRV) URL names, each with the ports it gives it. */
    static Map<String, Set<Integer>> declaredPorts(ConnectionString url) {
        Map<String, Set<Integer>> ports = new HashMap<>();
        if (url.isSrvProtocol()) {
            return ports;
        }
        for (String entry : url.getHosts()) {
            int close = entry.lastIndexOf(']');
            int colon = entry.lastIndexOf(':');
            boolean hasPort = colon > close && (close >= 0 || entry.indexOf(':') == colon);
            String host = hasPort ? entry.substring(0, colon) : entry;
            int port = hasPort ? Integer.parseInt(entry.substring(colon + 1)) : DEFAULT_PORT;
            ports.computeIfAbsent(hostKey(host), k -> new HashSet<>()).add(port);
        }
        return ports;
    }

    /** A host as the driver and the URL spell it, compared without case or brackets. */
    static String hostKey(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
