package io.dotportion.nodes.mongo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;

/**
 * 24-hex strings compared with {@code _id} become ObjectIds: {@code {_id: "..."}} and the comparison
 * operators under {@code _id} ({@code $eq $ne $in $nin $gt $gte $lt $lte}), inside {@code $and $or $nor}
 * too. Inserted documents get the same treatment for their top-level {@code _id}, so what a find outputs
 * can be written back and found again.
 */
final class IdMatching {
    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");
    private static final Set<String> COMPARISONS = Set.of("$eq", "$ne", "$in", "$nin", "$gt", "$gte", "$lt", "$lte");

    private IdMatching() {}

    static Map<String, Object> inFilter(Map<?, ?> filter) {
        Map<String, Object> out = new LinkedHashMap<>(filter.size() * 2);
        filter.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (key.equals("_id")) {
                out.put(key, idCondition(v));
            } else if (LOGICAL.contains(key) && v instanceof List<?> clauses) {
                out.put(
                        key,
                        clauses.stream()
                                .map(c -> c instanceof Map<?, ?> m ? (Object) inFilter(m) : c)
                                .toList());
            } else {
                out.put(key, v);
            }
        });
        return out;
    }

    static Map<String, Object> inDocument(Map<?, ?> document) {
        Map<String, Object> out = new LinkedHashMap<>(document.size() * 2);
        document.forEach((k, v) -> out.put(String.valueOf(k), "_id".equals(k) ? toObjectId(v) : v));
        return out;
    }

    private static Object idCondition(Object value) {
        if (value instanceof Map<?, ?> operators
                && !operators.isEmpty()
                && operators.keySet().stream().allMatch(k -> String.valueOf(k).startsWith("$"))) {
            Map<String, Object> out = new LinkedHashMap<>(operators.size() * 2);
            operators.forEach(
                    (k, v) -> out.put(String.valueOf(k), COMPARISONS.contains(String.valueOf(k)) ? toObjectIds(v) : v));
            return out;
        }
        return toObjectId(value);
    }

    private static Object toObjectIds(Object value) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(toObjectId(item)));
            return out;
        }
        return toObjectId(value);
    }

    private static Object toObjectId(Object value) {
        return value instanceof String s && ObjectId.isValid(s) && s.length() == 24 ? new ObjectId(s) : value;
    }
}
