package io.dotportion.core.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered, distinct keys of {@link FixedMap}s, with their positions: built once (at deploy time) and shared
 * by every map over them. Immutable and thread-safe.
 */
public final class FixedKeys {
    /** Up to this many keys a lookup compares them in order; beyond, it reads a hash map. */
    private static final int LINEAR = 8;

    private final String[] names;
    private final Map<String, Integer> positions;

    private FixedKeys(String[] names, Map<String, Integer> positions) {
        this.names = names;
        this.positions = positions;
    }

    /** Throws {@link IllegalArgumentException} when a key is null or repeated. */
    public static FixedKeys of(List<String> names) {
        String[] array = names.toArray(new String[0]);
        Map<String, Integer> positions = new HashMap<>(array.length * 2);
        for (int i = 0; i < array.length; i++) {
            if (array[i] == null || positions.put(array[i], i) != null) {
                throw new IllegalArgumentException("keys must be distinct and not null: " + names);
            }
        }
        return new FixedKeys(array, array.length > LINEAR ? Map.copyOf(positions) : null);
    }

    public static FixedKeys of(String... names) {
        return of(List.of(names));
    }

    public int size() {
        return names.length;
    }

    public String name(int position) {
        return names[position];
    }

    /** The position of {@code key}, or -1 when it is not one of these keys. */
    public int position(Object key) {
        if (key == null) {
            return -1;
        }
        if (positions != null) {
            Integer position = positions.get(key);
            return position == null ? -1 : position;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
