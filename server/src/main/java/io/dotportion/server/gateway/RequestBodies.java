package io.dotportion.server.gateway;

import io.dotportion.core.value.Json;
import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.core.value.Utf8;
import io.dotportion.core.value.Values;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a request body into the value nodes see: JSON as a tree, a form (urlencoded or multipart, see
 * {@link MultipartForm}) as an object, anything else as text. JSON and forms are read strictly (see
 * {@link Json#parseInput} and {@link PercentDecoding}): 400 {@code INVALID_REQUEST} when ambiguous or not
 * valid UTF-8.
 */
final class RequestBodies {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART_FORM = "multipart/form-data";

    private RequestBodies() {}

    static Object parse(String contentType, byte[] bytes, int maxFormParts) {
        if (bytes.length == 0) {
            return null;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.contains("+json")) {
            return json(bytes);
        }
        if (type.startsWith(FORM)) {
            return form(ascii(bytes));
        }
        if (type.split(";", 2)[0].strip().equals(MULTIPART_FORM)) {
            return MultipartForm.parse(contentType, bytes, maxFormParts);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Object json(byte[] bytes) {
        try {
            return Values.immutableCopy(Json.parseInput(bytes));
        } catch (MalformedInputException e) {
            throw new ApiException(
                    ApiError.INVALID_REQUEST, e.getMessage().replace("malformed JSON", "malformed JSON body"));
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
                List<Object> all = old instanceof List<?> list
                        ? new ArrayList<>((List<Object>) list)
                        : new ArrayList<>(List.of(old));
                all.add(added);
                return all;
            });
        }
        return Values.immutableCopy(fields);
    }

    private static String decode(String text) {
        try {
            return PercentDecoding.decode(text, true);
        } catch (MalformedInputException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "malformed form body: " + e.getMessage());
        }
    }

    /** A form body is ASCII (anything else is percent-encoded); other bytes are checked as UTF-8. */
    private static String ascii(byte[] bytes) {
        try {
            return Utf8.decode(bytes);
        } catch (MalformedInputException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "malformed form body: " + e.getMessage());
        }
    }
}
