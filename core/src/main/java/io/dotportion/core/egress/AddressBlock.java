package io.dotportion.core.egress;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A CIDR block ({@code 10.0.0.0/8}, {@code fc00::/7}); a single address is a block of its full length. IPv4
 * blocks contain IPv4 addresses only, IPv6 blocks IPv6 addresses only: callers pass addresses through
 * {@link AddressRanges#canonical} first so that an IPv4 address written in an IPv6 form is an IPv4 address.
 */
public record AddressBlock(byte[] network, int prefix) {

    public AddressBlock {
        network = network.clone();
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("the prefix length must be between 0 and " + network.length * 8);
        }
    }

    /** Parses {@code a.b.c.d/n}, {@code v6/n} or a single literal address; never looks anything up. */
    public static AddressBlock parse(String text) {
        int slash = text.indexOf('/');
        InetAddress address = AddressLiterals.parse(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an address or CIDR block"));
        byte[] bytes = AddressRanges.canonical(address).getAddress();
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
            }
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0-" + bytes.length * 8);
        }
        return new AddressBlock(bytes, prefix);
    }

    static AddressBlock of(String cidr) {
        return parse(cidr);
    }

    /** True when {@code address} (already canonical) lies in this block. */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    /** The block's first address. */
    public InetAddress first() {
        try {
            return InetAddress.getByAddress(network);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isIpv4() {
        return first() instanceof Inet4Address;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressBlock b && b.prefix == prefix && Arrays.equals(b.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    @Override
    public String toString() {
        return first().getHostAddress() + "/" + prefix;
    }
}
