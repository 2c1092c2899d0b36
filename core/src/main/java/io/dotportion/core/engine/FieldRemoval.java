package io.dotportion.core.engine;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a node's data without the field a binding failure points at (the deepest object field on its
 * path: an array element that fails takes its array with it), so that binding can go on with the others.
 */
final class FieldRemoval {
    private FieldRemoval() {}

    /** Position in {@code path} of its last object field, or -1 when it names none. */
    static int lastField(List<JsonMappingException.Reference> path) {
        int last = -1;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).getFieldName() != null) {
                last = i;
            }
        }
        return last;
    }

    /** The data without the field at {@code path[last]}, or null when that field is not there. */
    static Map<String, Object> without(Map<String, Object> data, List<JsonMappingException.Reference> path, int last) {
        Object copy = removed(data, path, 0, last);
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) copy;
        return out;
    }

    private static Object removed(Object node, List<JsonMappingException.Reference> path, int at, int last) {
        JsonMappingException.Reference ref = path.get(at);
        if (ref.getFieldName() != null && node instanceof Map<?, ?> map && map.containsKey(ref.getFieldName())) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), value));
            if (at == last) {
                copy.remove(ref.getFieldName());
            } else {
                Object child = removed(map.get(ref.getFieldName()), path, at + 1, last);
                if (child == null) {
                    return null;
                }
                copy.put(ref.getFieldName(), child);
            }
            return Collections.unmodifiableMap(copy);
        }
        if (ref.getFieldName() == null
                && node instanceof List<?> list
                && ref.getIndex() >= 0
                && ref.getIndex() < list.size()) {
            List<Object> copy = new ArrayList<>(list);
            Object child = removed(list.get(ref.getIndex()), path, at + 1, last);
            if (child == null) {
                return null;
            }
            copy.set(ref.getIndex(), child);
            return Collections.unmodifiableList(copy);
        }
        return null;
    }
}
