package io.dotportion.nodes.mongo;

import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Save-time rules for filter, data, update and pipeline: what each operation needs, the shape of what the
 * author wrote (a part that is one template is checked when it runs), and refused operators anywhere.
 */
final class PartRules {

    private PartRules() {}

    static void check(Operation op, MongoNodeConfig config, BiConsumer<String, String> report) {
        refused("filter", config.filter(), report);
        refused("query", config.query(), report);
        refused("data", config.data(), report);
        refused("update", config.update(), report);
        refused("pipeline", config.pipeline(), report);
        if (op.usesFilter()
                && config.effectiveFilter() != null
                && !objectOrTemplate(config.effectiveFilter().raw())) {
            report.accept(config.filterPath(), "filter must be an object");
        }
        if (op.isInsert()) {
            insert(op, config.data(), report);
        } else if (op.isUpdate()) {
            update(config, report);
        } else if (op == Operation.AGGREGATE) {
            pipeline(config.pipeline(), report);
        }
    }

    private static void insert(Operation op, ValueTemplate data, BiConsumer<String, String> report) {
        if (data == null) {
            report.accept(
                    "data",
                    op.configName() + " needs data: the document" + (op == Operation.INSERT_MANY ? "s" : "")
                            + " to insert");
            return;
        }
        Object raw = data.raw();
        if (op == Operation.INSERT_ONE && !objectOrTemplate(raw)) {
            report.accept("data", "insertOne needs data to be one document (an object)");
        } else if (op == Operation.INSERT_MANY && !(raw instanceof List<?> || isTemplate(raw))) {
            report.accept("data", "insertMany needs data to be a list of documents");
        } else if (raw instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!objectOrTemplate(list.get(i))) {
                    report.accept("data[" + i + "]", "each document to insert must be an object");
                }
            }
        }
        fieldNames("data", raw, report);
    }

    private static void update(MongoNodeConfig config, BiConsumer<String, String> report) {
        if (config.data() == null && config.update() == null) {
            report.accept("data", "updates need data (the fields to set) or update (an update document)");
            return;
        }
        if (config.data() != null && config.update() != null) {
            report.accept("update", "set either data or update, not both");
            return;
        }
        if (config.data() != null) {
            if (!objectOrTemplate(config.data().raw())) {
                report.accept("data", "data must be an object of the fields to set");
            }
            fieldNames("data", config.data().raw(), report);
        } else if (config.update().raw() instanceof Map<?, ?> map) {
            if (map.isEmpty() || !map.keySet().stream().allMatch(k -> OperatorRules.isOperator(String.valueOf(k)))) {
                report.accept("update", "update must be an object of update operators such as $set");
            }
        } else if (!isTemplate(config.update().raw())) {
            report.accept("update", "update must be an object of update operators such as $set");
        }
    }

    private static void pipeline(ValueTemplate pipeline, BiConsumer<String, String> report) {
        if (pipeline == null) {
            report.accept("pipeline", "aggregate needs a pipeline: a list of stages");
        } else if (pipeline.raw() instanceof List<?> stages) {
            for (int i = 0; i < stages.size(); i++) {
                Object stage = stages.get(i);
                boolean valid = isTemplate(stage)
                        || stage instanceof Map<?, ?> m
                                && m.size() == 1
                                && OperatorRules.isOperator(
                                        String.valueOf(m.keySet().iterator().next()));
                if (!valid) {
                    report.accept(
                            "pipeline[" + i + "]", "a stage must be an object with one stage operator such as $match");
                }
            }
        } else if (!isTemplate(pipeline.raw())) {
            report.accept("pipeline", "pipeline must be a list of stages");
        }
    }

    private static void refused(String path, ValueTemplate part, BiConsumer<String, String> report) {
        if (part != null) {
            OperatorRules.findRefused(
                    part.raw(),
                    path,
                    (at, key) -> report.accept(
                            at, "operator " + key + " is not allowed: it runs code or writes outside the collection"));
            RegexRules.findUnsafe(part.raw(), path, report);
        }
    }

    /** Field names in documents to write must not start with '$' (they would be read as operators). */
    private static void fieldNames(String at, Object raw, BiConsumer<String, String> report) {
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String path = at + "." + k;
                String key = String.valueOf(k);
                if (OperatorRules.isOperator(key) && !OperatorRules.REFUSED.contains(key)) {
                    report.accept(path, "field names in data must not start with '$'");
                }
                fieldNames(path, v, report);
            });
        } else if (raw instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                fieldNames(at + "[" + i + "]", list.get(i), report);
            }
        }
    }

    private static boolean objectOrTemplate(Object raw) {
        return raw instanceof Map<?, ?> || isTemplate(raw);
    }

    /** True for a string holding at least one {@code {{ }}} template. */
    static boolean isTemplate(Object raw) {
        return raw instanceof String s && !ValueTemplate.of(s).isConstant();
    }
}
