package io.dotportion.core.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

/**
 * The egress policy: resolves the host, then refuses it when any address it resolves to is the platform's own
 * store, or is restricted ({@link AddressRanges}) and not on the operator's {@link AllowList}. Thread-safe.
 */
public final class EgressRules implements EgressPolicy {
    private final AllowList allow;
    private final StoreEndpoints store;
    private final HostResolver resolver;

    public EgressRules(AllowList allow, StoreEndpoints store, HostResolver resolver) {
        this.allow = allow;
        this.store = store;
        this.resolver = resolver;
    }

    /** The default rules, this allow-list, the system resolver and no store (for tests of a node on its own). */
    public static EgressRules allowing(String allowList) {
        return new EgressRules(AllowList.parse(allowList), StoreEndpoints.none(), HostResolver.system());
    }

    @Override
    public EgressDecision checkService(String name) {
        List<HostResolver.ServiceTarget> targets = resolver.services(name);
        if (targets.isEmpty()) {
            return new EgressDecision.Unresolved();
        }
        List<InetAddress> all = new java.util.ArrayList<>();
        for (HostResolver.ServiceTarget target : targets) {
            switch (check(target.host(), target.port())) {
                case EgressDecision.Refused refused -> {
                    return refused;
                }
                case EgressDecision.Allowed allowed -> all.addAll(allowed.addresses());
                case EgressDecision.Unresolved ignored -> {}
            }
        }
        return all.isEmpty() ? new EgressDecision.Unresolved() : new EgressDecision.Allowed(all);
    }

    @Override
    public EgressDecision check(String host, Set<Integer> ports) {
        if (host == null || host.isBlank()) {
            return new EgressDecision.Unresolved();
        }
        String name = HostNames.normalize(host);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException | IllegalArgumentException | SecurityException e) {
            return new EgressDecision.Unresolved();
        }
        if (addresses.isEmpty()) {
            return new EgressDecision.Unresolved();
        }
        for (InetAddress resolved : addresses) {
            InetAddress address = AddressRanges.canonical(resolved);
            for (int port : ports.isEmpty() ? Set.of(ANY_PORT) : ports) {
                if (store.reaches(address, port, resolver)) {
                    return new EgressDecision.Refused(EgressDecision.Reason.PLATFORM_STORE);
                }
                if (AddressRanges.restricted(address) && !allow.permits(name, address, port)) {
                    return new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS);
                }
            }
        }
        return new EgressDecision.Allowed(addresses);
    }
}
