package io.dotportion.core.egress;

import java.net.InetAddress;
import java.util.List;

/** What the egress policy says about one host and port. */
public sealed interface EgressDecision {

    /** Every address the host resolved to may be reached; connect to these and no others. */
    record Allowed(List<InetAddress> addresses) implements EgressDecision {
        public Allowed {
            addresses = List.copyOf(addresses);
        }
    }

    /** At least one address is refused: the connection must not be made. */
    record Refused(Reason reason) implements EgressDecision {}

    /** The name does not resolve (now): nothing can be reached, nothing is known to be refused. */
    record Unresolved() implements EgressDecision {}

    /** Why a target is refused. Not for tenants' eyes: they get one message for both. */
    enum Reason {
        /** Loopback, private, link-local, ... and not on the operator's allow-list. */
        RESTRICTED_ADDRESS,
        /** The platform's own store. */
        PLATFORM_STORE
    }

    /** The message a tenant sees for any refusal: no host, no port, no reason that would confirm a guess. */
    String REFUSED_MESSAGE = "the host is not an allowed destination (loopback, private, link-local addresses and "
            + "the platform's own store are refused; an operator can allow hosts with --egress-allow)";
}
