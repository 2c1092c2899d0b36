package io.dotportion.nodes.mongo;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.template.TemplatePath;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/** Evaluates a compiled query for one execution and converts it to BSON, checking its shape on the way. */
final class RequestBuilder {

    private RequestBuilder() {}

    static QueryRequest build(CompiledQuery query, NodeContext context) {
        Operation op = query.operation();
        Document filter = op.usesFilter() ? filter(query.filter(), context) : null;
        List<Document> documents = op.isInsert() ? documents(op, query.data(), context) : null;
        Document update = op.isUpdate() ? update(query, context) : null;
        List<Document> pipeline = op == Operation.AGGREGATE ? pipeline(query.pipeline(), context) : null;
        Document sort = fieldMap(query.sort(), context, "sort", OptionValues::sortDirection);
        Document projection = fieldMap(query.projection(), context, "projection", OptionValues::projectionFlag);
        int limit = count(query.limit(), context, "limit");
        int skip = count(query.skip(), context, "skip");
        refuseOperators(filter);
        refuseOperators(documents);
        refuseOperators(update);
        refuseOperators(pipeline);
        return new QueryRequest(filter, documents, update, pipeline, sort, projection, limit, skip);
    }

    private static void refuseOperators(Object part) {
        Optional<String> refused = OperatorRules.firstRefused(part);
        if (refused.isPresent()) {
            throw failure("operator " + refused.get() + " is not allowed");
        }
        Optional<String> regex = RegexRules.firstUnsafe(part);
        if (regex.isPresent()) {
            throw failure(regex.get());
        }
    }

    private static Document filter(Shape shape, NodeContext context) {
        if (shape == null) {
            return new Document();
        }
        return BsonValues.toDocument(IdMatching.inFilter(object(shape.evaluate(context), "filter")));
    }

    private static List<Document> documents(Operation op, Shape shape, NodeContext context) {
        Object value = shape.evaluate(context);
        List<?> items = op == Operation.INSERT_ONE
                ? List.of(object(value, "data"))
                : value instanceof List<?> list ? list : null;
        if (items == null) {
            throw failure("data must evaluate to a list of objects for insertMany");
        }
        List<Document> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(BsonValues.toDocument(IdMatching.inDocument(object(item, "each document in data"))));
        }
        return out;
    }

    private static Document update(CompiledQuery query, NodeContext context) {
        if (query.update() == null) {
            Map<?, ?> fields = object(query.data().evaluate(context), "data");
            if (fields.isEmpty()) {
                throw failure("data has no fields to set");
            }
            return new Document("$set", BsonValues.toDocument(fields));
        }
        Map<?, ?> update = object(query.update().evaluate(context), "update");
        if (update.isEmpty() || !update.keySet().stream().allMatch(k -> OperatorRules.isOperator(String.valueOf(k)))) {
            throw failure("update must be an object of update operators such as $set");
        }
        return BsonValues.toDocument(update);
    }

    private static List<Document> pipeline(Shape shape, NodeContext context) {
        if (!(shape.evaluate(context) instanceof List<?> stages)) {
            throw failure("pipeline must evaluate to a list of stages");
        }
        List<Document> out = new ArrayList<>(stages.size());
        for (Object stage : stages) {
            if (!(stage instanceof Map<?, ?> map)
                    || map.size() != 1
                    || !OperatorRules.isOperator(
                            String.valueOf(map.keySet().iterator().next()))) {
                throw failure("each pipeline stage must be an object with one stage operator such as $match");
            }
            Object match = map.get("$match");
            out.add(
                    match instanceof Map<?, ?> m
                            ? new Document("$match", BsonValues.toDocument(IdMatching.inFilter(m)))
                            : BsonValues.toDocument(map));
        }
        return out;
    }

    private static Document fieldMap(
            Shape shape, NodeContext context, String option, Function<Object, Optional<Integer>> read) {
        if (shape == null) {
            return null;
        }
        Optional<Map<String, Object>> fields = OptionValues.fieldMap(shape.evaluate(context), read);
        if (fields.isEmpty()) {
            throw invalidOption(shape instanceof Shape.Substituted s ? s.template() : null, option);
        }
        return new Document(fields.get());
    }

    private static int count(ValueTemplate template, NodeContext context, String option) {
        if (template == null) {
            return 0;
        }
        Object value = context.evaluate(template);
        if (value == null) {
            return 0;
        }
        Optional<Integer> count = OptionValues.nonNegativeInt(value);
        if (count.isEmpty()) {
            throw invalidOption(template, option);
        }
        return count.get();
    }

    private static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw failure(what + " must evaluate to an object");
    }

    private static NodeFailure invalidOption(ValueTemplate source, String option) {
        String field = source == null
                ? "options." + option
                : source.paths().stream().findFirst().map(TemplatePath::text).orElse("options." + option);
        String reason = switch (option) {
            case "sort" -> "must map field names to 1 or -1";
            case "projection" -> "must map field names to 0 or 1";
            default -> "must be a non-negative integer";
        };
        return new NodeFailure(new NodeError(
                ErrorCode.INVALID_REQUEST, "invalid " + option + " option", List.of(new FieldError(field, reason))));
    }

    private static NodeFailure failure(String message) {
        return new NodeFailure(ErrorCode.EXECUTION_FAILED, message);
    }
}
