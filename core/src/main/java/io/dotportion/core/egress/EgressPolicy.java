package io.dotportion.core.egress;

/**
 * The port every connection a tenant can cause goes through: asked for a host and port before connecting
 * (and again at every reconnect), it answers with the addresses that may be used, or refuses.
 */
@FunctionalInterface
public interface EgressPolicy {
    /** A port that is not known (a host discovered without one): port-specific rules are judged conservatively. */
    int ANY_PORT = -1;

    /** Resolves {@code host} and checks every address it resolves to for {@code port} (or {@link #ANY_PORT}). */
    EgressDecision check(String host, int port);
}
