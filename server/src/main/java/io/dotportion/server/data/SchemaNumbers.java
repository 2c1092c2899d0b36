package io.dotportion.server.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.bson.types.Decimal128;

/** Numbers as schemas and writes carry them (JSON, BSON), read exactly; NaN and infinities are not numbers. */
final class SchemaNumbers {
    static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private SchemaNumbers() {}

    /** The exact value of a number, or null when the value is not one (booleans are not). */
    static BigDecimal of(Object value) {
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

    static boolean isWhole(BigDecimal n) {
        return n != null && n.stripTrailingZeros().scale() <= 0;
    }
}
