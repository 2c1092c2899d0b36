package io.dotportion.secrets.vault;

import com.mongodb.AuthenticationMechanism;
import com.mongodb.ConnectionString;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a MongoDB URL when a secret is saved: the driver's parser, what a tenant's URL may ask for (no SOCKS
 * proxy, no Unix socket, only SCRAM or PLAIN: the other mechanisms use the platform's own identity or call
 * metadata endpoints), and the egress policy for every host it names (a literal address or a name that resolves
 * to refused addresses is refused now, and so are the targets of a {@code mongodb+srv} URL's SRV record; a
 * name that does not resolve yet is checked when a connection is made). A reason names the problem and never quotes
 * the value: the driver's messages are not passed on, they are mapped to fixed phrases.
 */
final class MongoUrlCheck {
    private static final String GENERIC =
            "the MongoDB driver cannot parse it (check the user name, password, hosts, port and options)";
    private static final Set<AuthenticationMechanism> MECHANISMS = Set.of(
            AuthenticationMechanism.SCRAM_SHA_1, AuthenticationMechanism.SCRAM_SHA_256, AuthenticationMechanism.PLAIN);
    /** Driver message keywords (lower case, whole words) and the phrase that replaces the message; first match wins. */
    private static final List<Map.Entry<String, String>> REASONS = List.of(
            Map.entry("must start with", "it must start with mongodb:// or mongodb+srv://"),
            Map.entry("authentication mechanism", "unsupported authMechanism"),
            Map.entry("authmechanism", "unsupported authMechanism"),
            Map.entry("mechanism properties", "authMechanismProperties are not allowed"),
            Map.entry("authentication properties", "invalid authMechanismProperties"),
            Map.entry("authsource", "invalid authSource for the authMechanism"),
            Map.entry("does not support passwords", "the authMechanism takes no password"),
            Map.entry("srv", "a mongodb+srv URL names exactly one host, without a port"),
            Map.entry("user information", "the user name or password is malformed (percent-encode : @ / and %)"),
            Map.entry("password", "the user name or password is malformed (percent-encode : @ / and %)"),
            Map.entry("unsupported characters", "it contains characters that cannot be decoded"),
            Map.entry("port", "a port is not a number between 0 and 65535"),
            Map.entry("host", "a host is malformed (IPv6 addresses go in [ ])"),
            Map.entry("read preference", "invalid readPreferenceTags"),
            Map.entry("valid integer", "an option that takes a number has another value"),
            Map.entry("valid long", "an option that takes a number has another value"),
            Map.entry("value delimiter", "an option has no value"),
            Map.entry("compressor", "unsupported compressor"),
            Map.entry("tlsinsecure", "tlsInsecure cannot be combined with tlsAllowInvalidHostnames"),
            Map.entry("txt record", "the DNS TXT record holds options that are not allowed"));

    private static final int DEFAULT_PORT = 27017;

    private final EgressPolicy egress;

    MongoUrlCheck(EgressPolicy egress) {
        this.egress = egress;
    }

    /** Why {@code url} is not a usable MongoDB URL, or empty when it is. */
    Optional<String> problem(String url) {
        if (!url.startsWith("mongodb://") && !url.startsWith("mongodb+srv://")) {
            return Optional.of("it must start with mongodb:// or mongodb+srv://");
        }
        if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("it contains whitespace or control characters");
        }
        ConnectionString parsed;
        try {
            parsed = new ConnectionString(url);
        } catch (RuntimeException e) {
            return Optional.of(reason(e.getMessage()));
        }
        if (parsed.getHosts().isEmpty()) {
            return Optional.of("it names no host");
        }
        return allowed(parsed);
    }

    private Optional<String> allowed(ConnectionString parsed) {
        if (parsed.getProxyHost() != null) {
            return Optional.of("proxy options are not allowed");
        }
        var credential = parsed.getCredential();
        if (credential != null
                && credential.getAuthenticationMechanism() != null
                && !MECHANISMS.contains(credential.getAuthenticationMechanism())) {
            return Optional.of("unsupported authMechanism (use SCRAM-SHA-256, SCRAM-SHA-1 or PLAIN)");
        }
        if (parsed.getHosts().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).endsWith(".sock"))) {
            return Optional.of("Unix sockets are not allowed");
        }
        if (parsed.isSrvProtocol()) {
            String service = parsed.getSrvServiceName() == null ? "mongodb" : parsed.getSrvServiceName();
            return egress.checkService(
                                    "_" + service + "._tcp." + parsed.getHosts().getFirst())
                            instanceof EgressDecision.Refused
                    ? Optional.of(EgressDecision.REFUSED_MESSAGE)
                    : Optional.empty();
        }
        for (Map.Entry<String, Set<Integer>> host : hosts(parsed).entrySet()) {
            if (egress.check(host.getKey(), host.getValue()) instanceof EgressDecision.Refused) {
                return Optional.of(EgressDecision.REFUSED_MESSAGE);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Set<Integer>> hosts(ConnectionString parsed) {
        Map<String, Set<Integer>> hosts = new HashMap<>();
        for (String entry : parsed.getHosts()) {
            int close = entry.lastIndexOf(']');
            int colon = entry.lastIndexOf(':');
            boolean hasPort = colon > close && (close >= 0 || entry.indexOf(':') == colon);
            String host = hasPort ? entry.substring(0, colon) : entry;
            int port = hasPort ? Integer.parseInt(entry.substring(colon + 1)) : DEFAULT_PORT;
            hosts.computeIfAbsent(host, k -> new HashSet<>()).add(port);
        }
        return hosts;
    }

    private static String reason(String driverMessage) {
        if (driverMessage == null) {
            return GENERIC;
        }
        String lower = driverMessage.toLowerCase(Locale.ROOT);
        return REASONS.stream()
                .filter(r -> Pattern.compile("\\b" + Pattern.quote(r.getKey()) + "\\b")
                        .matcher(lower)
                        .find())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(GENERIC);
    }
}
