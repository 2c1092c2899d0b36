package io.dotportion.server.spec;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dotportion.core.value.Json;
import io.dotportion.server.support.ApiResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a real answer against the management API's OpenAPI document: finds the operation of a method and a
 * concrete path (literal segments before parameters), the response of the answer's status, and validates the
 * body against that response's schema (JSON Schema 2020-12). Each problem names the route, status and mismatch.
 */
final class SpecConformance {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Object> paths;

    @SuppressWarnings("unchecked")
    SpecConformance(String document) {
        this.paths = (Map<String, Object>) ((Map<String, Object>) Json.parse(document)).get("paths");
    }

    /** The template of the documented path that {@code path} (without its query) matches, if any. */
    Optional<String> template(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return paths.keySet().stream()
                .filter(t -> Pattern.compile(t.replaceAll("\\{[^}]+}", "[^/]+"))
                        .matcher(bare)
                        .matches())
                .filter(t -> operation(t, method).isPresent())
                .min(Comparator.comparingLong(
                        t -> t.chars().filter(c -> c == '{').count()));
    }

    /** Every way {@code answer} departs from the document; empty when it conforms. */
    List<String> problems(String method, String path, ApiResponse answer) {
        String where = method + " " + path + " answered " + answer.status();
        Optional<String> template = template(method, path);
        if (template.isEmpty()) {
            return List.of(where + ": no operation in the document");
        }
        Map<String, Object> responses =
                map(operation(template.get(), method).orElseThrow().get("responses"));
        Object response = responses.get(Integer.toString(answer.status()));
        if (response == null) {
            return List.of(where + ": status not documented (documented: " + responses.keySet() + ")");
        }
        Object content = map(response).get("content");
        if (content == null) {
            return answer.text().isEmpty() ? List.of() : List.of(where + ": a body where the document says none");
        }
        Object schema = map(map(content).get("application/json")).get("schema");
        List<Error> errors = SCHEMAS.getSchema(Json.write(schema)).validate(answer.text(), InputFormat.JSON);
        return errors.stream()
                .map(e -> where + " (" + template.get() + "): " + e + " in " + abbreviated(answer.text()))
                .toList();
    }

    private Optional<Map<String, Object>> operation(String template, String method) {
        Object item = paths.get(template);
        return Optional.ofNullable(item == null ? null : map(item).get(method.toLowerCase(Locale.ROOT)))
                .map(SpecConformance::map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
