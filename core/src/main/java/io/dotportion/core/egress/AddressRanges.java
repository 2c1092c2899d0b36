package io.dotportion.core.egress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The addresses a tenant's connection may not reach unless the operator allows them: everything that is not
 * a public unicast address. An IPv4 address carried inside an IPv6 address (IPv4-mapped {@code ::ffff:0:0/96},
 * IPv4-compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is judged as that IPv4
 * address; Teredo ({@code 2001::/32}), whose IPv4 part is obscured, is refused whole.
 */
public final class AddressRanges {
    private static final List<AddressBlock> RESTRICTED = List.of(
            AddressBlock.of("0.0.0.0/8"), // "this network", incl. the unspecified 0.0.0.0
            AddressBlock.of("10.0.0.0/8"), // private
            AddressBlock.of("100.64.0.0/10"), // carrier-grade NAT
            AddressBlock.of("127.0.0.0/8"), // loopback
            AddressBlock.of("169.254.0.0/16"), // link-local, cloud metadata (169.254.169.254)
            AddressBlock.of("172.16.0.0/12"), // private
            AddressBlock.of("192.0.0.0/24"), // IETF protocol assignments
            AddressBlock.of("192.168.0.0/16"), // private
            AddressBlock.of("198.18.0.0/15"), // benchmarking
            AddressBlock.of("224.0.0.0/4"), // multicast
            AddressBlock.of("240.0.0.0/4"), // reserved, incl. broadcast 255.255.255.255
            AddressBlock.of("::/128"), // unspecified
            AddressBlock.of("::1/128"), // loopback
            AddressBlock.of("100::/64"), // discard
            AddressBlock.of("2001::/32"), // Teredo
            AddressBlock.of("fc00::/7"), // unique-local
            AddressBlock.of("fe80::/10"), // link-local
            AddressBlock.of("fec0::/10"), // site-local (deprecated)
            AddressBlock.of("ff00::/8")); // multicast
    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private AddressRanges() {}

    /** True when {@code address} is not a public unicast address. */
    public static boolean restricted(InetAddress address) {
        InetAddress canonical = canonical(address);
        return canonical.isLoopbackAddress()
                || canonical.isAnyLocalAddress()
                || canonical.isLinkLocalAddress()
                || canonical.isSiteLocalAddress()
                || canonical.isMulticastAddress()
                || RESTRICTED.stream().anyMatch(block -> block.contains(canonical));
    }

    /**
     * The address as the network sees it: an IPv4 address written in one of the IPv6 forms that carry one
     * becomes that IPv4 address; an IPv6 address loses its scope. Anything else is returned as is.
     */
    public static InetAddress canonical(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return v4(b, 12); // ::ffff:a.b.c.d
        }
        if (zeros(b, 0, 12) && !zeros(b, 12, 15)) {
            return v4(b, 12); // ::a.b.c.d (not :: or ::1)
        }
        if (Arrays.equals(Arrays.copyOf(b, 12), NAT64)) {
            return v4(b, 12); // 64:ff9b::a.b.c.d
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return v4(b, 2); // 2002:aabb:ccdd::/48
        }
        try {
            return InetAddress.getByAddress(b); // drops a scope id
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] bytes, int offset) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
