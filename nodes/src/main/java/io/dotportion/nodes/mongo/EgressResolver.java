package io.dotportion.nodes.mongo;

import com.mongodb.spi.dns.InetAddressResolver;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The name resolution of one user database client: the driver asks it for the addresses of a host each time
 * it opens a connection (pooled or monitoring, seed, SRV target or a member a server announced), and it
 * answers only with addresses the egress policy checked, so a name that rebinds to a refused address after
 * the client was opened is refused at the next connection. A host the URL names is checked on the ports the
 * URL gives it; any other host (SRV targets, announced members) is checked as on an unknown port.
 */
final class EgressResolver implements InetAddressResolver {
    private final EgressPolicy policy;
    private final Map<String, Set<Integer>> declaredPorts;
    private final AtomicBoolean refused = new AtomicBoolean();

    EgressResolver(EgressPolicy policy, Map<String, Set<Integer>> declaredPorts) {
        this.policy = policy;
        this.declaredPorts = Map.copyOf(declaredPorts);
    }

    @Override
    public List<InetAddress> lookupByName(String host) throws UnknownHostException {
        Set<Integer> ports = declaredPorts.getOrDefault(TenantUrl.hostKey(host), Set.of(EgressPolicy.ANY_PORT));
        return switch (policy.check(host, ports)) {
            case EgressDecision.Allowed allowed -> allowed.addresses();
            case EgressDecision.Refused ignored -> {
                refused.set(true);
                throw new UnknownHostException("refused by the egress policy");
            }
            case EgressDecision.Unresolved ignored -> throw new UnknownHostException("does not resolve");
        };
    }

    /** True once a connection of this client was refused: "unreachable" then means "not allowed". */
    boolean refusedOnce() {
        return refused.get();
    }
}
