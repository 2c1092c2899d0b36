package io.dotportion.nodes.mongo;

import io.dotportion.core.template.ValueTemplate;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Save-time rules for {@code options}: constants must be valid; templated values are checked when they run. */
final class OptionRules {

    private OptionRules() {}

    static void check(QueryOptions options, BiConsumer<String, String> report) {
        fieldMap(
                "options.sort",
                options.sort(),
                OptionValues::sortDirection,
                "1 (ascending) or -1 (descending)",
                report);
        fieldMap("options.projection", options.projection(), OptionValues::projectionFlag, "1/true or 0/false", report);
        count("options.limit", options.limit(), report);
        count("options.skip", options.skip(), report);
    }

    private static void fieldMap(
            String at,
            ValueTemplate option,
            Function<Object, Optional<Integer>> read,
            String allowed,
            BiConsumer<String, String> report) {
        if (option == null || PartRules.isTemplate(option.raw())) {
            return;
        }
        if (!(option.raw() instanceof Map<?, ?> map)) {
            report.accept(at, "must be an object of field names");
            return;
        }
        map.forEach((k, v) -> {
            String field = String.valueOf(k);
            if (field.isEmpty() || OperatorRules.isOperator(field)) {
                report.accept(at + "." + field, "must be a field name (not empty, not starting with '$')");
            } else if (!PartRules.isTemplate(v) && read.apply(v).isEmpty()) {
                report.accept(at + "." + field, "must be " + allowed);
            }
        });
    }

    private static void count(String at, ValueTemplate option, BiConsumer<String, String> report) {
        if (option != null
                && option.raw() != null
                && !PartRules.isTemplate(option.raw())
                && OptionValues.nonNegativeInt(option.raw()).isEmpty()) {
            report.accept(at, "must be a non-negative integer");
        }
    }
}
