package io.dotportion.core.node;

import io.dotportion.core.value.FixedKeys;
import io.dotportion.core.value.FixedMap;
import java.util.List;
import java.util.Map;

/**
 * The request as nodes see it (docs/API.md). Header names are lowercase; {@code query} holds the first
 * value per key, {@code queryAll} every value. {@code body} is parsed JSON, a form as an object, or text.
 * The maps are immutable: maps made with {@code Map.of}/{@code Map.copyOf} are kept as they are, others copied.
 */
public record RequestData(
        String method,
        String path,
        Map<String, String> params,
        Map<String, String> query,
        Map<String, List<String>> queryAll,
        Map<String, String> headers,
        Object body,
        String ip) {
    private static final FixedKeys FIELDS =
            FixedKeys.of("method", "path", "params", "query", "queryAll", "headers", "body", "ip");

    public RequestData {
        params = params == null ? Map.of() : Map.copyOf(params);
        query = query == null ? Map.of() : Map.copyOf(query);
        queryAll = queryAll == null ? Map.of() : Map.copyOf(queryAll);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /**
     * The request as a plain, unmodifiable value tree for templates and scripts: {@code method}, {@code path},
     * {@code params}, {@code query}, {@code queryAll}, {@code headers}, {@code body}, {@code ip}, in that order.
     */
    public Map<String, Object> toValue() {
        return new FixedMap(FIELDS, new Object[] {method, path, params, query, queryAll, headers, body, ip});
    }
}
