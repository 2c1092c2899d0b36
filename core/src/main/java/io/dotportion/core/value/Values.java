package io.dotportion.core.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for the plain value trees that flow between nodes: {@code Map<String,Object>}, {@code List<Object>},
 * String, Number, Boolean and null. Values handed between nodes are never mutated.
 */
public final class Values {
    private Values() {}

    /** A deep, unmodifiable copy of a value tree (insertion order kept). */
    public static Object immutableCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
            map.forEach((k, v) -> copy.put(String.valueOf(k), immutableCopy(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(immutableCopy(item));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** How a value reads inside text: null as empty, strings as themselves, objects and arrays as JSON. */
    public static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return Json.write(value);
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    /** JavaScript-like truthiness, for conditions evaluated outside scripts. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0 && !Double.isNaN(n.doubleValue());
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }
}
