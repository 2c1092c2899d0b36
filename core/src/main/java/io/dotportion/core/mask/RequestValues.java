package io.dotportion.core.mask;

import io.dotportion.core.node.MaskReason;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.node.SensitiveField;
import io.dotportion.core.value.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the values a request carries in sensitive fields, each with the first reason that applied
 * (declared sensitive, then password type, then name). A field's value that is an object or an array gives
 * every string and number inside it; booleans and nulls are no secrets and are left out.
 */
final class RequestValues {
    /** Bodies are walked this deep for names; deeper fields are not looked at (a parser bounds nesting anyway). */
    static final int MAX_DEPTH = 64;

    private final Map<String, MaskReason> values = new LinkedHashMap<>();

    static Map<String, MaskReason> of(RequestData request, List<SensitiveField> declared, NameRule names) {
        RequestValues out = new RequestValues();
        for (MaskReason reason : List.of(MaskReason.SENSITIVE, MaskReason.PASSWORD_TYPE)) {
            for (SensitiveField field : declared) {
                if (field.reason() == reason) {
                    out.declared(request, field);
                }
            }
        }
        out.byName(request.body(), names, 0);
        request.query().forEach((name, value) -> {
            if (names.masks(name)) {
                out.leaves(value, MaskReason.NAME, 0);
            }
        });
        request.queryAll().forEach((name, list) -> {
            if (names.masks(name)) {
                out.leaves(list, MaskReason.NAME, 0);
            }
        });
        request.headers().forEach((name, value) -> {
            if (names.masks(name)) {
                out.leaves(value, MaskReason.NAME, 0);
            }
        });
        return out.values;
    }

    private void declared(RequestData request, SensitiveField field) {
        Object value = switch (field.from()) {
            case "body" -> request.body() instanceof Map<?, ?> body ? body.get(field.name()) : null;
            case "query" -> request.queryAll().getOrDefault(field.name(), List.of());
            case "headers" -> request.headers().get(field.name());
            case "params" -> request.params().get(field.name());
            default -> null;
        };
        leaves(value, field.reason(), 0);
        if (field.from().equals("query")) {
            leaves(request.query().get(field.name()), field.reason(), 0);
        }
    }

    private void byName(Object value, NameRule names, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (names.masks(String.valueOf(entry.getKey()))) {
                    leaves(entry.getValue(), MaskReason.NAME, depth + 1);
                } else {
                    byName(entry.getValue(), names, depth + 1);
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                byName(item, names, depth + 1);
            }
        }
    }

    private void leaves(Object value, MaskReason reason, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        switch (value) {
            case String text when !text.isEmpty() -> values.putIfAbsent(text, reason);
            case Number number -> values.putIfAbsent(Json.write(number), reason);
            case Map<?, ?> map -> map.values().forEach(v -> leaves(v, reason, depth + 1));
            case List<?> list -> list.forEach(v -> leaves(v, reason, depth + 1));
            case null, default -> {}
        }
    }
}
