package io.dotportion.server.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dotportion.core.value.Json;
import io.dotportion.core.value.Values;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a request body into the value nodes see: JSON as a tree, a form as an object, anything else as text. */
final class RequestBodies {
    private static final String FORM = "application/x-www-form-urlencoded";

    private RequestBodies() {
    }

    static Object parse(String contentType, byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.contains("+json")) {
            return json(bytes);
        }
        if (type.startsWith(FORM)) {
            return form(new String(bytes, StandardCharsets.UTF_8));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Object json(byte[] bytes) {
        try {
            return Values.immutableCopy(Json.mapper().readValue(bytes, Object.class));
        } catch (JsonProcessingException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "malformed JSON body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "request body cannot be read");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object form(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.merge(name, value, (old, added) -> {
                List<Object> all = old instanceof List<?> list ? new ArrayList<>((List<Object>) list)
                        : new ArrayList<>(List.of(old));
                all.add(added);
                return all;
            });
        }
        return Values.immutableCopy(fields);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "malformed form body");
        }
    }
}
