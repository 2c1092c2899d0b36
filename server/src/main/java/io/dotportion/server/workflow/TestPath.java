package io.dotportion.server.workflow;

import io.dotportion.core.model.RoutePath;
import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path of a test run's sample request, bound to the workflow's path template as the gateway binds a real
 * request: {@code /users/42} against {@code /users/{id}} gives {@code {id: "42"}} (segments percent-decoded).
 * Parameters given explicitly win over bound ones; a path the template does not match is a 400 naming both.
 */
record TestPath(String path, Map<String, String> params, String query) {

    static TestPath bind(RoutePath template, String requested, Map<String, String> explicit) {
        Map<String, String> given = explicit == null ? Map.of() : explicit;
        if (requested == null || requested.isBlank()) {
            return new TestPath(template.text(), given, null);
        }
        String raw = requested.strip();
        int mark = raw.indexOf('?');
        String query = mark < 0 ? null : raw.substring(mark + 1);
        String path = RoutePath.normalize(mark < 0 ? raw : raw.substring(0, mark));
        Map<String, String> bound = template.match(segments(path));
        if (bound == null) {
            throw ApiException.invalid("path " + path + " does not match the workflow's path " + template.text());
        }
        Map<String, String> params = new LinkedHashMap<>(bound);
        params.putAll(given);
        return new TestPath(path, params, query);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : path.substring(1).split("/")) {
            if (!part.isEmpty()) {
                try {
                    segments.add(PercentDecoding.decode(part, false));
                } catch (MalformedInputException e) {
                    throw new ApiException(ApiError.INVALID_REQUEST, "path is malformed: " + e.getMessage());
                }
            }
        }
        return segments;
    }
}
