package io.dotportion.core.egress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's allow-list ({@code serve --egress-allow LIST}, {@code DOTPORTION_EGRESS_ALLOW=LIST}): a
 * comma-separated list of CIDR blocks ({@code 10.1.0.0/16}, {@code fd00::/8}), addresses ({@code 127.0.0.1},
 * {@code ::1}), host names ({@code db.internal}, matched exactly, case-insensitively, against the name a
 * connection uses) and {@code host:port}s ({@code 127.0.0.1:27017}, {@code [::1]:27017},
 * {@code db.internal:27017}). It opens restricted addresses; it never opens the platform's own store.
 */
public final class AllowList {
    private static final AllowList NONE = new AllowList(List.of());
    private final List<Entry> entries;

    private AllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static AllowList none() {
        return NONE;
    }

    /** Parses the list; a malformed entry is an {@link IllegalArgumentException} naming it. Blank: nothing allowed. */
    public static AllowList parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (String raw : list.split(",")) {
            String item = raw.trim();
            if (!item.isEmpty()) {
                entries.add(entry(item));
            }
        }
        return new AllowList(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** How many entries the list has. */
    public int size() {
        return entries.size();
    }

    /** True when a connection to {@code name} (normalized) at {@code address} (canonical) on {@code port} is allowed. */
    boolean permits(String name, InetAddress address, int port) {
        return entries.stream().anyMatch(entry -> entry.matches(name, address, port));
    }

    private static Entry entry(String item) {
        if (item.contains("/")) {
            return new Block(AddressBlock.parse(item), EgressPolicy.ANY_PORT);
        }
        if (AddressLiterals.parse(item).isPresent()) {
            return new Block(AddressBlock.parse(item), EgressPolicy.ANY_PORT);
        }
        int colon = item.lastIndexOf(':');
        if (colon > 0 && (item.indexOf(':') == colon || item.startsWith("["))) {
            String host = item.substring(0, colon);
            int port = port(item, item.substring(colon + 1));
            return AddressLiterals.parse(host).isPresent()
                    ? new Block(AddressBlock.parse(host), port)
                    : new Name(name(item, host), port);
        }
        return new Name(name(item, item), EgressPolicy.ANY_PORT);
    }

    private static String name(String item, String host) {
        String name = HostNames.normalize(host);
        if (!HostNames.validName(name)) {
            throw new IllegalArgumentException(
                    "egress allow-list entry '" + item + "' is not a CIDR block, address, host name or host:port");
        }
        return name;
    }

    private static int port(String item, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("egress allow-list entry '" + item + "' has no valid port (1-65535)");
    }

    private sealed interface Entry permits Block, Name {
        boolean matches(String name, InetAddress address, int port);
    }

    /** A block of addresses, on every port or on one. */
    private record Block(AddressBlock block, int port) implements Entry {
        public boolean matches(String name, InetAddress address, int target) {
            return block.contains(address) && (port == EgressPolicy.ANY_PORT || port == target);
        }
    }

    /** A host name, on every port or on one. */
    private record Name(String host, int port) implements Entry {
        public boolean matches(String name, InetAddress address, int target) {
            return host.equals(name) && (port == EgressPolicy.ANY_PORT || port == target);
        }
    }
}
