package io.dotportion.core.node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request as nodes see it (SPEC §3). Header names are lowercase; {@code query} holds the first
 * value per key, {@code queryAll} every value. {@code body} is parsed JSON, a form as an object, or text.
 */
public record RequestData(String method, String path, Map<String, String> params, Map<String, String> query,
                          Map<String, List<String>> queryAll, Map<String, String> headers, Object body, String ip) {

    public RequestData {
        params = params == null ? Map.of() : Map.copyOf(params);
        query = query == null ? Map.of() : Map.copyOf(query);
        queryAll = queryAll == null ? Map.of() : Map.copyOf(queryAll);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The request as a plain value tree, for templates and scripts. */
    public Map<String, Object> toValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("method", method);
        value.put("path", path);
        value.put("params", params);
        value.put("query", query);
        value.put("queryAll", queryAll);
        value.put("headers", headers);
        value.put("body", body);
        value.put("ip", ip);
        return value;
    }
}
