package io.dotportion.nodes.http;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.value.Json;
import io.dotportion.core.value.Values;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A response as the node outputs it: {@code status}, {@code headers} (lower-case names) and {@code body}. */
final class ResponseValue {
    private ResponseValue() {}

    static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> out = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                out.put(name.toLowerCase(Locale.ROOT), String.join(", ", values));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** JSON when the content type says so (a body that is not JSON then fails the node), else text; empty: null. */
    static Object body(byte[] bytes, String contentType) {
        if (bytes.length == 0) {
            return null;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String media = type.split(";", 2)[0].strip();
        if (media.equals("application/json") || media.endsWith("+json")) {
            try {
                return Values.immutableCopy(Json.parseInput(bytes));
            } catch (IllegalArgumentException e) {
                throw new NodeFailure(
                        ErrorCode.EXECUTION_FAILED, "the HTTP response says it is JSON but its body is not valid JSON");
            }
        }
        return new String(bytes, charset(type));
    }

    private static Charset charset(String contentType) {
        for (String part : List.of(contentType.split(";"))) {
            String p = part.strip();
            if (p.startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring("charset=".length()).replace("\"", ""));
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
