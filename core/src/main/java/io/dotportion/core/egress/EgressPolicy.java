package io.dotportion.core.egress;

import java.util.Set;

/**
 * The port every connection a tenant can cause goes through: asked for a host and port before connecting
 * (and again at every reconnect), it answers with the addresses that may be used, or refuses.
 */
@FunctionalInterface
public interface EgressPolicy {
    /** A port that is not known (a host discovered without one): port-specific rules are judged conservatively. */
    int ANY_PORT = -1;

    /**
     * Resolves {@code host} once and checks every address it resolves to for every one of {@code ports}
     * ({@link #ANY_PORT} when not known). Connect only to the addresses an {@link EgressDecision.Allowed} names.
     */
    EgressDecision check(String host, Set<Integer> ports);

    /**
     * Checks every target of the DNS SRV record {@code name} (host and port as the record gives them), for a
     * {@code mongodb+srv} URL when it is saved: {@link EgressDecision.Unresolved} when the record does not
     * resolve, else refused when any target is. Connections are checked again one by one when they are made.
     */
    default EgressDecision checkService(String name) {
        return new EgressDecision.Unresolved();
    }

    /** {@link #check(String, Set)} for one port. */
    default EgressDecision check(String host, int port) {
        return check(host, Set.of(port));
    }
}
