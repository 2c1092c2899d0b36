package io.dotportion.store.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Converts between BSON values and the plain trees of the explorer API. Reading: ObjectId → 24-hex,
 * Date → ISO-8601, Decimal128 → BigDecimal, binary → base64, other BSON types → their text. Writing:
 * {@code {"$oid": hex}} → ObjectId, {@code {"$date": iso}} → Date, a 24-hex {@code _id} (also under an
 * operator such as {@code $ne}) → ObjectId; BSON values already in the tree pass unchanged.
 */
final class PlainValues {
    private PlainValues() {}

    static Map<String, Object> toPlain(Document document) {
        Map<String, Object> out = new LinkedHashMap<>();
        document.forEach((key, value) -> out.put(key, plain(value)));
        return out;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Document d -> toPlain(d);
            case List<?> list -> list.stream().map(PlainValues::plain).toList();
            case ObjectId id -> id.toHexString();
            case Date date -> date.toInstant().toString();
            case Decimal128 d -> d.isNaN() || d.isInfinite() ? d.toString() : d.bigDecimalValue();
            case Binary b -> Base64.getEncoder().encodeToString(b.getData());
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            default -> value.toString();
        };
    }

    static Document toBson(Map<?, ?> plain) {
        Document out = new Document();
        plain.forEach((key, value) -> {
            String name = String.valueOf(key);
            out.put(name, "_id".equals(name) ? id(value) : bson(value));
        });
        return out;
    }

    /** A 24-hex id names an ObjectId; any other id is taken as it is. */
    static Object id(Object value) {
        if (value instanceof String s && ObjectId.isValid(s)) {
            return new ObjectId(s);
        }
        if (value instanceof Map<?, ?> map && !isTyped(map)) {
            Document operators = new Document();
            map.forEach((op, operand) -> operators.put(
                    String.valueOf(op),
                    operand instanceof List<?> list
                            ? list.stream().map(PlainValues::id).toList()
                            : id(operand)));
            return operators;
        }
        return bson(value);
    }

    private static Object bson(Object value) {
        return switch (value) {
            case Map<?, ?> map
            when map.size() == 1 && map.get("$oid") instanceof String hex && ObjectId.isValid(hex) -> new ObjectId(hex);
            case Map<?, ?> map
            when map.size() == 1 && map.get("$date") instanceof String iso && instant(iso) != null ->
                Date.from(instant(iso));
            case Map<?, ?> map -> toBson(map);
            case List<?> list -> list.stream().map(PlainValues::bson).toList();
            case BigDecimal d when d.precision() <= 34 -> new Decimal128(d);
            case BigDecimal d -> d.doubleValue();
            case null, default -> value;
        };
    }

    private static boolean isTyped(Map<?, ?> map) {
        return map.size() == 1 && (map.containsKey("$oid") || map.containsKey("$date"));
    }

    private static Instant instant(String iso) {
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
