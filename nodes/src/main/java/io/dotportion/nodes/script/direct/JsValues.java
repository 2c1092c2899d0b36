package io.dotportion.nodes.script.direct;

import io.dotportion.nodes.script.Undefined;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JavaScript values as a direct evaluation holds them, and reading them out of the node's Java values the
 * way the sandbox's argument tape carries them: numbers become Doubles (an Integer, Short or Byte exactly;
 * a Long through int when it fits, else its double; any other Number its {@code doubleValue()}), a
 * Character a one-character String; maps with String keys are objects, lists are arrays; JavaScript's
 * undefined is {@link Undefined#VALUE} and null is Java null. A value the tape would turn by other means
 * (through JSON mapping) is {@link Fallback#VALUE}.
 */
final class JsValues {
    /** Names Object.prototype holds: reading one that an object lacks finds the built-in, not undefined. */
    private static final Set<String> OBJECT_PROTOTYPE = Set.of(
            "constructor",
            "hasOwnProperty",
            "isPrototypeOf",
            "propertyIsEnumerable",
            "toString",
            "toLocaleString",
            "valueOf");

    private JsValues() {}

    /** The JavaScript value of one Java value of an argument tree, or {@link Fallback#VALUE}. */
    static Object of(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Double d -> d;
            case Integer i -> (double) i;
            case Long l -> l == l.intValue() ? (double) l.intValue() : l.doubleValue();
            case Short s -> (double) s;
            case Byte b -> (double) b;
            case Number n -> n.doubleValue();
            case Character c -> c.toString();
            case Map<?, ?> map -> map;
            case List<?> list -> list;
            case Undefined u -> u;
            default -> Fallback.VALUE;
        };
    }

    /** JavaScript's ToBoolean. */
    static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Double d -> d != 0 && !d.isNaN();
            case String s -> !s.isEmpty();
            case Undefined u -> false;
            default -> true;
        };
    }

    static boolean isObject(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    /** {@code target[key]} for a property name, or {@link Fallback#VALUE} (null target, a built-in's member). */
    static Object member(Object target, String key) {
        return switch (target) {
            case Map<?, ?> map -> property(map, key);
            case List<?> list -> indexed(key, list.size(), i -> of(list.get(i)));
            case String s -> indexed(key, s.length(), i -> String.valueOf(s.charAt(i)));
            case null, default -> Fallback.VALUE;
        };
    }

    /** {@code target[key]} for a computed key, or {@link Fallback#VALUE}. */
    static Object element(Object target, Object key) {
        if (key instanceof String name) {
            return member(target, name);
        }
        if (!(key instanceof Double d)) {
            return Fallback.VALUE;
        }
        return switch (target) {
            case Map<?, ?> map -> integral(d) ? property(map, Long.toString(d.longValue())) : Fallback.VALUE;
            case List<?> list -> at(d, list.size()) >= 0 ? of(list.get(at(d, list.size()))) : Undefined.VALUE;
            case String s -> at(d, s.length()) >= 0 ? String.valueOf(s.charAt(at(d, s.length()))) : Undefined.VALUE;
            case null, default -> Fallback.VALUE;
        };
    }

    private interface Item {
        Object at(int index);
    }

    /** An array's or string's {@code length} or index; any other name may be a built-in method. */
    private static Object indexed(String key, int size, Item item) {
        if (key.equals("length")) {
            return (double) size;
        }
        if (!allDigits(key)) {
            return Fallback.VALUE;
        }
        boolean canonical = key.length() == 1 || key.charAt(0) != '0';
        if (canonical && key.length() <= 9 && Integer.parseInt(key) < size) {
            return item.at(Integer.parseInt(key));
        }
        return Undefined.VALUE;
    }

    /** The index a number names in an array or string of this size, or -1 when it names no element. */
    private static int at(double d, int size) {
        return d >= 0 && d < size && d == Math.rint(d) ? (int) d : -1;
    }

    private static boolean integral(double d) {
        return d == Math.rint(d) && Math.abs(d) < 0x1p53;
    }

    /** An own property of an object built as JSON.parse builds it (every key an own data property). */
    private static Object property(Map<?, ?> map, String key) {
        if (!stringKeys(map)) {
            return Fallback.VALUE;
        }
        if (map.containsKey(key)) {
            return of(map.get(key));
        }
        if (OBJECT_PROTOTYPE.contains(key) || key.startsWith("__")) {
            return Fallback.VALUE;
        }
        return Undefined.VALUE;
    }

    static boolean stringKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
