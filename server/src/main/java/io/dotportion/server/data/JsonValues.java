package io.dotportion.server.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a value as a collection schema sees it: what a {@code database} node writes (BSON: ObjectId,
 * Date, Decimal128) and what the explorer receives (JSON with {@code {"$oid": hex}} and {@code {"$date": iso}}) both
 * become plain JSON, an ObjectId as its 24-hex text and a date as ISO-8601 date-time text (so a schema describes them
 * as {@code {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"}} and {@code {"type": "string", "format":
 * "date-time"}}). A number that is not finite (NaN, infinity) becomes text, which no number schema accepts.
 */
final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {}

    static JsonNode node(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.stringNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Short s -> NODES.numberNode(s);
            case Byte b -> NODES.numberNode(b);
            case BigInteger b -> NODES.numberNode(b);
            case BigDecimal d -> NODES.numberNode(d);
            case Double d -> Double.isFinite(d) ? NODES.numberNode(d) : NODES.stringNode(d.toString());
            case Float f -> Float.isFinite(f) ? NODES.numberNode(f) : NODES.stringNode(f.toString());
            case Decimal128 d ->
                d.isNaN() || d.isInfinite() ? NODES.stringNode(d.toString()) : NODES.numberNode(d.bigDecimalValue());
            case ObjectId id -> NODES.stringNode(id.toHexString());
            case Date d -> NODES.stringNode(d.toInstant().toString());
            case Instant i -> NODES.stringNode(i.toString());
            case Map<?, ?> map -> typed(map);
            case List<?> list -> array(list);
            default -> NODES.stringNode(String.valueOf(value));
        };
    }

    private static JsonNode typed(Map<?, ?> map) {
        if (map.size() == 1 && map.get("$oid") instanceof String hex) {
            return NODES.stringNode(hex);
        }
        if (map.size() == 1 && map.containsKey("$date")) {
            return switch (map.get("$date")) {
                case String iso -> NODES.stringNode(iso);
                case Number millis ->
                    NODES.stringNode(Instant.ofEpochMilli(millis.longValue()).toString());
                case null, default -> object(map);
            };
        }
        return object(map);
    }

    private static ObjectNode object(Map<?, ?> map) {
        ObjectNode out = NODES.objectNode();
        map.forEach((k, v) -> out.set(String.valueOf(k), node(v)));
        return out;
    }

    private static ArrayNode array(List<?> list) {
        ArrayNode out = NODES.arrayNode(list.size());
        list.forEach(v -> out.add(node(v)));
        return out;
    }
}
