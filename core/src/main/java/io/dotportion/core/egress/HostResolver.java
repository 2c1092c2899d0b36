package io.dotportion.core.egress;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution and "is this address this machine" for the egress policy; tests replace it. */
public interface HostResolver {

    /** Every address {@code host} resolves to (a literal address resolves to itself). */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** True when {@code address} reaches this machine: loopback, unspecified or one of its interfaces' addresses. */
    default boolean local(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** One target of a DNS SRV record. */
    record ServiceTarget(String host, int port) {}

    /** The targets of the SRV record {@code name} (e.g. {@code _mongodb._tcp.cluster.example.com}); empty when none. */
    default List<ServiceTarget> services(String name) {
        return ServiceRecords.lookup(name);
    }

    /** The JDK's resolver (the system's DNS and hosts file, with the JDK's address cache). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
