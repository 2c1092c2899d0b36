package io.dotportion.nodes.script.direct;

import io.dotportion.core.value.Json;
import io.dotportion.nodes.script.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A direct result as the sandbox's result tape would bring it back (see {@code ValueCodec}): a fresh
 * tree of maps and lists, integral numbers as Integer, Long or BigInteger, others as Double, NaN and
 * Infinity as null, undefined members left out of objects and null in arrays. Its size is counted the way
 * the sandbox counts it, with every number taken as long as the longest a JavaScript number prints; a
 * result that might pass the size limit, or nests as deep as the depth limit, falls back, so the sandbox
 * says what it says today. So does an object whose key order JavaScript would change (a key of digits
 * only: integer keys come first there).
 */
final class Results {
    /** The longest text of a JavaScript number, as {@code -1.2345678901234567e-308}. */
    private static final int NUMBER_CHARS = 24;

    private final long limit;
    private long size;

    private Results(long limit) {
        this.limit = limit;
    }

    /** The result tree of a top-level value, {@link Undefined#VALUE} for undefined, or {@link Fallback#VALUE}. */
    static Object of(Object value, int maxResultChars) {
        if (value == Undefined.VALUE || value == Fallback.VALUE) {
            return value;
        }
        return new Results(maxResultChars).convert(value, 0);
    }

    private Object convert(Object value, int depth) {
        Object js = JsValues.of(value);
        return switch (js) {
            case null -> grow(4) ? null : Fallback.VALUE;
            case String s -> grow(s.length() + 2L) ? s : Fallback.VALUE;
            case Boolean b -> grow(5) ? b : Fallback.VALUE;
            case Double d ->
                grow(NUMBER_CHARS) ? (d.isNaN() || d.isInfinite() ? null : JsNumbers.result(d)) : Fallback.VALUE;
            case Map<?, ?> map -> depth + 1 >= Json.MAX_DEPTH || !grow(2) ? Fallback.VALUE : object(map, depth);
            case List<?> list -> depth + 1 >= Json.MAX_DEPTH || !grow(2) ? Fallback.VALUE : array(list, depth);
            default -> Fallback.VALUE;
        };
    }

    private Object object(Map<?, ?> map, int depth) {
        if (!JsValues.stringKeys(map)) {
            return Fallback.VALUE;
        }
        Map<String, Object> out = LinkedHashMap.newLinkedHashMap(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = (String) entry.getKey();
            if (JsValues.allDigits(key)) {
                return Fallback.VALUE;
            }
            if (JsValues.of(entry.getValue()) == Undefined.VALUE) {
                continue;
            }
            Object item = grow(key.length() + 4L) ? convert(entry.getValue(), depth + 1) : Fallback.VALUE;
            if (item == Fallback.VALUE) {
                return item;
            }
            out.put(key, item);
        }
        return out;
    }

    private Object array(List<?> list, int depth) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object value : list) {
            Object item = JsValues.of(value) == Undefined.VALUE
                    ? (grow(5) ? null : Fallback.VALUE)
                    : grow(1) ? convert(value, depth + 1) : Fallback.VALUE;
            if (item == Fallback.VALUE) {
                return item;
            }
            out.add(item);
        }
        return out;
    }

    private boolean grow(long n) {
        size += n;
        return size <= limit;
    }
}
