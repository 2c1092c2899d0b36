package io.dotportion.core.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The platform's own store as the egress policy must refuse it: the {@code host:port}s the platform reaches
 * it at. A target is the store when its port is a store port (or unknown) and its address is one a store host
 * resolves to, or when both are addresses of this machine (loopback, unspecified, an interface's address):
 * a store on {@code 127.0.0.1} is the same store at {@code localhost}, {@code 0.0.0.0}, {@code 127.0.0.2} or
 * the machine's own address.
 */
public final class StoreEndpoints {
    private static final StoreEndpoints NONE = new StoreEndpoints(List::of);
    private final Supplier<List<Endpoint>> endpoints;

    /** One {@code host:port} the platform's store is reached at. */
    public record Endpoint(String host, int port) {
        public Endpoint {
            host = HostNames.normalize(host);
        }
    }

    private StoreEndpoints(Supplier<List<Endpoint>> endpoints) {
        this.endpoints = endpoints;
    }

    public static StoreEndpoints of(List<Endpoint> endpoints) {
        List<Endpoint> fixed = List.copyOf(endpoints);
        return new StoreEndpoints(() -> fixed);
    }

    /**
     * Endpoints asked for at each check: the store's configured hosts and the members its client currently
     * knows (a replica set's members, SRV targets), so that every way to the store is refused.
     */
    public static StoreEndpoints dynamic(Supplier<List<Endpoint>> endpoints) {
        return new StoreEndpoints(endpoints);
    }

    public static StoreEndpoints none() {
        return NONE;
    }

    public List<Endpoint> endpoints() {
        return List.copyOf(endpoints.get());
    }

    /** True when connecting to {@code address} (canonical) on {@code port} would reach the store. */
    boolean reaches(InetAddress address, int port, HostResolver resolver) {
        boolean targetLocal = resolver.local(address);
        for (Endpoint endpoint : endpoints.get()) {
            if (port != EgressPolicy.ANY_PORT && port != endpoint.port()) {
                continue;
            }
            for (InetAddress storeAddress : addresses(endpoint, resolver)) {
                InetAddress store = AddressRanges.canonical(storeAddress);
                if (store.equals(address) || (targetLocal && resolver.local(store))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<InetAddress> addresses(Endpoint endpoint, HostResolver resolver) {
        try {
            return resolver.resolve(endpoint.host());
        } catch (UnknownHostException e) {
            return AddressLiterals.parse(endpoint.host()).map(List::of).orElseGet(ArrayList::new);
        }
    }
}
