package io.dotportion.server.data;

import io.dotportion.core.node.FieldError;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an update's operators against a collection schema without reading the documents it changes. Values set
 * ({@code $set}, {@code $setOnInsert}, {@code $min}, {@code $max}) are checked in full against the schema of the
 * field they set; {@code $unset} may not remove a required field; {@code $inc}/{@code $mul} need a numeric field
 * without bounds, {@code $push}/{@code $addToSet} an array field without {@code maxItems}/{@code uniqueItems} (each
 * item is checked), {@code $pull}/{@code $pullAll}/{@code $pop} one without {@code minItems}, {@code $currentDate} a
 * field a date-time string may fill (bounds and sizes cannot be checked without the stored value: change such fields
 * with {@code $set}). {@code $rename} of a declared field and any other operator are refused.
 */
final class UpdateCheck {
    private static final Set<String> BOUNDS =
            Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "enum", "const");

    private UpdateCheck() {}

    static void check(CollectionSchema schema, Map<?, ?> update, List<FieldError> errors) {
        update.forEach((op, fields) -> {
            String operator = String.valueOf(op);
            if (!(fields instanceof Map<?, ?> map)) {
                errors.add(new FieldError(operator, "must be an object of fields"));
                return;
            }
            map.forEach((f, operand) -> field(schema, operator, String.valueOf(f), operand, errors));
        });
    }

    private static void field(
            CollectionSchema schema, String operator, String path, Object operand, List<FieldError> errors) {
        SchemaPaths.Resolved target = schema.resolve(path);
        if (target.problem() != null) {
            if (!operator.equals("$unset")) {
                errors.add(new FieldError(path, target.problem()));
            }
            return;
        }
        switch (operator) {
            case "$set", "$setOnInsert", "$min", "$max" -> errors.addAll(schema.checkValue(target, operand, path));
            case "$unset" -> {
                if (target.required()) {
                    errors.add(new FieldError(path, "is required and cannot be removed"));
                }
            }
            case "$inc", "$mul" -> arithmetic(target, operand, path, errors);
            case "$push", "$addToSet" -> {
                if (arrayUsable(target, List.of("maxItems", "uniqueItems"), path, errors)) {
                    SchemaPaths.Resolved items = schema.resolve(path + ".$[]");
                    List<?> added = operand instanceof Map<?, ?> m && m.get("$each") instanceof List<?> each
                            ? each
                            : Collections.singletonList(operand);
                    added.forEach(item -> errors.addAll(schema.checkValue(items, item, path + "[]")));
                }
            }
            case "$pull", "$pullAll", "$pop" -> arrayUsable(target, List.of("minItems"), path, errors);
            case "$currentDate" -> {
                if (!schema.checkValue(target, "2000-01-01T00:00:00Z", path).isEmpty()) {
                    errors.add(new FieldError(path, "does not take a date"));
                }
            }
            case "$rename" -> {
                if (target.declared() || target.required()) {
                    errors.add(new FieldError(path, "is declared in the schema and cannot be renamed"));
                }
            }
            default -> errors.add(new FieldError(operator, "is not supported on a collection with a schema"));
        }
    }

    private static void arithmetic(SchemaPaths.Resolved target, Object operand, String path, List<FieldError> errors) {
        boolean number = target.allows("number");
        if (!number && !target.allows("integer")) {
            errors.add(new FieldError(path, "is not a number"));
            return;
        }
        if (BOUNDS.stream().anyMatch(target.schema()::containsKey)) {
            errors.add(new FieldError(path, "has bounds: change it with $set"));
            return;
        }
        BigDecimal n = operand instanceof Boolean ? null : SchemaNumbers.of(operand);
        if (n == null || !number && !SchemaNumbers.isWhole(n)) {
            errors.add(new FieldError(path, "must be changed by " + (number ? "a number" : "a whole number")));
        }
    }

    private static boolean arrayUsable(
            SchemaPaths.Resolved target, List<String> sizes, String path, List<FieldError> errors) {
        if (!target.allows("array")) {
            errors.add(new FieldError(path, "is not an array"));
            return false;
        }
        for (String keyword : sizes) {
            if (target.schema().containsKey(keyword)) {
                errors.add(new FieldError(path, "has " + keyword + ": change it with $set"));
                return false;
            }
        }
        return true;
    }
}
