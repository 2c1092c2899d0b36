package io.dotportion.core.value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map whose keys are known before the request (at deploy time, or constants such as the
 * request value's fields) and whose values are one array filled per request: the output of a template object,
 * the request value, a node's declared fields. Iterates in key order, like the {@code LinkedHashMap} it
 * replaces on the request path, at the cost of one object and one array. A slot holding {@link #ABSENT} has no
 * entry; {@code null} is a value (the key is present and maps to null).
 */
public final class FixedMap extends AbstractMap<String, Object> {
    /** Marks a slot without an entry. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "absent";
        }
    };

    private final FixedKeys keys;
    private final Object[] values;
    private final int size;

    /** A map over {@code keys} that owns {@code values} (one slot per key, in order; the caller must not keep it). */
    public FixedMap(FixedKeys keys, Object[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.size() + " keys");
        }
        this.keys = keys;
        this.values = values;
        int present = 0;
        for (Object value : values) {
            if (value != ABSENT) {
                present++;
            }
        }
        this.size = present;
    }

    @Override
    public Object get(Object key) {
        int position = keys.position(key);
        if (position < 0) {
            return null;
        }
        Object value = values[position];
        return value == ABSENT ? null : value;
    }

    @Override
    public boolean containsKey(Object key) {
        int position = keys.position(key);
        return position >= 0 && values[position] != ABSENT;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != ABSENT) {
                action.accept(keys.name(i), values[i]);
            }
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private final class Entries implements Iterator<Map.Entry<String, Object>> {
        private int next = skip(0);

        private int skip(int from) {
            int i = from;
            while (i < values.length && values[i] == ABSENT) {
                i++;
            }
            return i;
        }

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public Map.Entry<String, Object> next() {
            if (next >= values.length) {
                throw new NoSuchElementException();
            }
            Map.Entry<String, Object> entry = new AbstractMap.SimpleImmutableEntry<>(keys.name(next), values[next]);
            next = skip(next + 1);
            return entry;
        }
    }
}
