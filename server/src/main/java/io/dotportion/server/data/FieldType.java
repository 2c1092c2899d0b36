package io.dotportion.server.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The types a collection schema may name. Values are checked as a node writes them (BSON: ObjectId,
 * Date, Decimal128) and as the explorer receives them (JSON: {@code {"$oid": hex}}, {@code {"$date": iso}});
 * an {@code objectId} field also takes 24-hex text and a {@code date} field ISO-8601 text.
 */
enum FieldType {
    STRING,
    NUMBER,
    INTEGER,
    BOOLEAN,
    OBJECT,
    ARRAY,
    DATE,
    OBJECT_ID,
    NULL;

    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{24}");

    static final String NAMES = "string, number, integer, boolean, object, array, date, objectId, null";

    static Optional<FieldType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.label().equals(name)).findFirst();
    }

    String label() {
        return this == OBJECT_ID ? "objectId" : name().toLowerCase(Locale.ROOT);
    }

    boolean matches(Object value) {
        return switch (this) {
            case NULL -> value == null;
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case NUMBER -> number(value) != null;
            case INTEGER -> isWhole(number(value));
            case OBJECT -> value instanceof Map<?, ?> map && !typed(map);
            case ARRAY -> value instanceof List<?>;
            case DATE ->
                value instanceof Date
                        || value instanceof Instant
                        || value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("$date")
                        || value instanceof String s && isInstant(s);
            case OBJECT_ID ->
                value instanceof ObjectId
                        || value instanceof String s && HEX_ID.matcher(s).matches()
                        || value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("$oid");
        };
    }

    /** The exact value of a number, or null when the value is not one (NaN and infinities are not). */
    static BigDecimal number(Object value) {
        return switch (value) {
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case BigInteger b -> new BigDecimal(b);
            case BigDecimal d -> d;
            case Decimal128 d when !d.isNaN() && !d.isInfinite() -> d.bigDecimalValue();
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> BigDecimal.valueOf(f);
            case null, default -> null;
        };
    }

    private static boolean isWhole(BigDecimal n) {
        return n != null && n.stripTrailingZeros().scale() <= 0;
    }

    private static boolean typed(Map<?, ?> map) {
        return map.size() == 1 && (map.containsKey("$oid") || map.containsKey("$date"));
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
