package io.dotportion.nodes.http;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.value.Json;
import io.dotportion.core.value.Values;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A request body as sent: its bytes and the content type it has unless the node's headers set one. */
record RequestBody(byte[] bytes, String contentType) {
    static final RequestBody NONE = new RequestBody(new byte[0], null);

    boolean present() {
        return contentType != null;
    }

    /** The body of {@code value} as {@code bodyType} says: json (default), form or text; none for null. */
    static RequestBody of(String bodyType, Object value) {
        if (value == null) {
            return NONE;
        }
        return switch (bodyType == null ? "json" : bodyType) {
            case "form" -> form(value);
            case "text" -> new RequestBody(utf8(Values.toText(value)), "text/plain; charset=utf-8");
            default -> new RequestBody(utf8(Json.write(value)), "application/json");
        };
    }

    private static RequestBody form(Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw new NodeFailure(ErrorCode.EXECUTION_FAILED, "a form body must resolve to an object of fields");
        }
        StringBuilder out = new StringBuilder();
        fields.forEach((name, field) -> {
            for (Object item : field instanceof List<?> list ? list : List.of(field == null ? "" : field)) {
                if (item == null) {
                    continue;
                }
                out.append(out.isEmpty() ? "" : "&")
                        .append(encode(String.valueOf(name)))
                        .append('=')
                        .append(encode(Values.toText(item)));
            }
        });
        return new RequestBody(utf8(out.toString()), "application/x-www-form-urlencoded");
    }

    /** Form and query encoding (a space as {@code %20}, which every server reads). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
