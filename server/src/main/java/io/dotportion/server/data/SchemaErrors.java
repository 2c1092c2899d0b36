package io.dotportion.server.data;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.value.BoundedRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The validator's errors as failing fields: the field's path in the document ({@code address.city},
 * {@code tags[1]}, after {@code base} when the value checked is part of a write) and a sentence a person
 * understands, written here per keyword so that no library wording or type name reaches a caller.
 */
final class SchemaErrors {
    private static final int MAX_LISTED = 10;
    private static final Map<String, String> FORMATS = Map.of(
            "date-time", "a date and time (ISO 8601, such as 2025-01-31T12:00:00Z)",
            "date", "a date (such as 2025-01-31)",
            "time", "a time (such as 12:00:00Z)",
            "email", "an email address",
            "uri", "an absolute URI",
            "uuid", "a UUID",
            "ipv4", "an IPv4 address",
            "ipv6", "an IPv6 address",
            "hostname", "a host name");

    private SchemaErrors() {}

    static List<FieldError> of(List<Error> errors, String base) {
        List<FieldError> out = new ArrayList<>(errors.size());
        for (Error e : errors) {
            FieldError field = new FieldError(path(e, base), reason(e));
            if (!out.contains(field)) {
                out.add(field);
            }
        }
        return out;
    }

    private static String path(Error e, String base) {
        StringBuilder path = new StringBuilder(base);
        NodePath at = e.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            append(path, at.getElement(i));
        }
        boolean namesProperty = "required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword());
        if (namesProperty && e.getProperty() != null) {
            append(path, e.getProperty());
        }
        return path.toString();
    }

    private static void append(StringBuilder path, Object element) {
        if (element instanceof Integer index) {
            path.append('[').append(index).append(']');
        } else {
            path.append(path.isEmpty() ? "" : ".").append(element);
        }
    }

    private static String reason(Error e) {
        JsonNode rule = e.getSchemaNode();
        return switch (String.valueOf(e.getKeyword())) {
            case "type" -> "must be of type " + listed(rule, " or ");
            case "required" -> "is required";
            case "additionalProperties" -> "is not allowed: the schema allows no other fields";
            case "false" -> "is not allowed";
            case "enum" -> "must be one of: " + listed(rule, ", ");
            case "const" -> "must be " + rule;
            case "minLength" -> "must be at least " + rule + " characters long";
            case "maxLength" -> "must be at most " + rule + " characters long";
            case "pattern" -> pattern(rule.asString(), e.getInstanceNode());
            case "format" -> "must be " + FORMATS.getOrDefault(rule.asString(), "of format " + rule.asString());
            case "minimum" -> "must be at least " + rule;
            case "maximum" -> "must be at most " + rule;
            case "exclusiveMinimum" -> "must be greater than " + rule;
            case "exclusiveMaximum" -> "must be less than " + rule;
            case "multipleOf" -> "must be a multiple of " + rule;
            case "minItems" -> "must have at least " + rule + " items";
            case "maxItems" -> "must have at most " + rule + " items";
            case "uniqueItems" -> "must not repeat an item";
            case "minProperties" -> "must have at least " + rule + " fields";
            case "maxProperties" -> "must have at most " + rule + " fields";
            default -> "does not match the schema";
        };
    }

    private static String pattern(String regex, JsonNode value) {
        if (value != null
                && value.isString()
                && BoundedPatterns.outcome(Pattern.compile(regex), value.asString()) != BoundedRegex.Outcome.NO_MATCH) {
            return "could not be checked against its pattern within the matching limit";
        }
        return "must match the pattern " + regex;
    }

    private static String listed(JsonNode rule, String separator) {
        if (!rule.isArray()) {
            return text(rule);
        }
        String shown = StreamSupport.stream(rule.spliterator(), false)
                .limit(MAX_LISTED)
                .map(SchemaErrors::text)
                .collect(Collectors.joining(separator));
        return rule.size() > MAX_LISTED ? shown + separator + "..." : shown;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : node.toString();
    }
}
