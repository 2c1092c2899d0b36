package io.dotportion.nodes.jwt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Claims as the node's output: a plain, unmodifiable value tree whose whole numbers are Longs where they fit. */
final class ClaimValues {
    private ClaimValues() {}

    static Object plain(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
                yield Collections.unmodifiableMap(copy);
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(item -> copy.add(plain(item)));
                yield Collections.unmodifiableList(copy);
            }
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case BigInteger b when b.bitLength() < Long.SIZE -> b.longValue();
            case null, default -> value;
        };
    }
}
