package io.dotportion.nodes.mongo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Operators that run code or write outside the collection are refused wherever they appear: in filters,
 * updates, pipelines and data, at any depth (so {@code $expr} holding {@code $function} is refused too).
 */
final class OperatorRules {
    static final Set<String> REFUSED = Set.of("$where", "$function", "$accumulator", "$out", "$merge");

    private OperatorRules() {}

    static boolean isOperator(String key) {
        return key.startsWith("$");
    }

    /** Reports every refused operator key inside {@code value} with its path below {@code at}. */
    static void findRefused(Object value, String at, BiConsumer<String, String> report) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                String path = at + "." + key;
                if (REFUSED.contains(key)) {
                    report.accept(path, key);
                }
                findRefused(v, path, report);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                findRefused(list.get(i), at + "[" + i + "]", report);
            }
        }
    }

    /** The first refused operator inside a value, if any (run-time check). */
    static Optional<String> firstRefused(Object value) {
        String[] found = new String[1];
        findRefused(value, "", (path, key) -> {
            if (found[0] == null) {
                found[0] = key;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** True when a key starting with '$' appears anywhere inside the value. */
    static boolean containsOperatorKey(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (isOperator(String.valueOf(e.getKey())) || containsOperatorKey(e.getValue())) {
                    return true;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (containsOperatorKey(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
