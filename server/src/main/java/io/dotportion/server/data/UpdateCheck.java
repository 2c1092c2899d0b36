package io.dotportion.server.data;

import io.dotportion.core.node.FieldError;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Checks an update's operators against a schema without reading the documents it changes. Values set
 * ({@code $set}, {@code $setOnInsert}, {@code $min}, {@code $max}) are checked in full; {@code $unset} may not
 * remove a required field; {@code $inc}/{@code $mul} need a numeric field without bounds, {@code $push}/
 * {@code $addToSet} an array field without {@code maxItems}, {@code $pull}/{@code $pullAll}/{@code $pop} one
 * without {@code minItems}, {@code $currentDate} a date field (bounds and sizes cannot be checked without
 * the stored value: change such fields with {@code $set}). {@code $rename} of a declared field and any other
 * operator are refused.
 */
final class UpdateCheck {
    private UpdateCheck() {}

    static void check(ObjectRule document, Map<?, ?> update, List<FieldError> errors) {
        update.forEach((op, fields) -> {
            String operator = String.valueOf(op);
            if (!(fields instanceof Map<?, ?> map)) {
                errors.add(new FieldError(operator, "must be an object of fields"));
                return;
            }
            map.forEach((f, operand) -> field(document, operator, String.valueOf(f), operand, errors));
        });
    }

    private static void field(
            ObjectRule document, String operator, String path, Object operand, List<FieldError> errors) {
        FieldPaths.Resolved target = FieldPaths.resolve(document, path);
        if (target.rule() == null && !operator.equals("$unset")) {
            errors.add(new FieldError(path, target.problem()));
            return;
        }
        FieldRule rule = target.rule();
        switch (operator) {
            case "$set", "$setOnInsert", "$min", "$max" -> DocumentCheck.value(rule, operand, path, errors);
            case "$unset" -> {
                if (target.required()) {
                    errors.add(new FieldError(path, "is required and cannot be removed"));
                }
            }
            case "$inc", "$mul" -> {
                if (!rule.allows(FieldType.NUMBER) && !rule.allows(FieldType.INTEGER)) {
                    errors.add(new FieldError(path, "is not a number"));
                } else if (rule.bounded()) {
                    errors.add(new FieldError(path, "has bounds: change it with $set"));
                } else if (!FieldType.NUMBER.matches(operand)
                        || !rule.allows(FieldType.NUMBER) && !FieldType.INTEGER.matches(operand)) {
                    errors.add(new FieldError(
                            path,
                            "must be changed by " + (rule.allows(FieldType.NUMBER) ? "a number" : "a whole number")));
                }
            }
            case "$push", "$addToSet" -> {
                if (arrayUsable(rule, rule.maxItems(), "maxItems", path, errors)) {
                    List<?> added = operand instanceof Map<?, ?> m && m.get("$each") instanceof List<?> each
                            ? each
                            : Collections.singletonList(operand);
                    for (Object item : added) {
                        if (rule.items() != null) {
                            DocumentCheck.value(rule.items(), item, path + "[]", errors);
                        }
                    }
                }
            }
            case "$pull", "$pullAll", "$pop" -> arrayUsable(rule, rule.minItems(), "minItems", path, errors);
            case "$currentDate" -> {
                if (!rule.allows(FieldType.DATE)) {
                    errors.add(new FieldError(path, "is not a date"));
                }
            }
            case "$rename" -> {
                if (rule != FieldRule.ANY || target.required()) {
                    errors.add(new FieldError(path, "is declared in the schema and cannot be renamed"));
                }
            }
            default -> errors.add(new FieldError(operator, "is not supported on a collection with a schema"));
        }
    }

    private static boolean arrayUsable(
            FieldRule rule, Integer size, String keyword, String path, List<FieldError> errors) {
        if (!rule.allows(FieldType.ARRAY)) {
            errors.add(new FieldError(path, "is not an array"));
            return false;
        }
        if (size != null) {
            errors.add(new FieldError(path, "has " + keyword + ": change it with $set"));
            return false;
        }
        return true;
    }
}
