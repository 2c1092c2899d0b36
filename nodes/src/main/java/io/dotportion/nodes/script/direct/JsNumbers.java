package io.dotportion.nodes.script.direct;

import java.math.BigDecimal;
import java.math.BigInteger;

/** How a JavaScript number comes back to Java from a script, by the sandbox's tape and by a direct run alike. */
public final class JsNumbers {
    private static final double TWO_TO_53 = 0x1p53;
    private static final double INTEGER_TEXT_LIMIT = 1e21;

    private JsNumbers() {}

    /** The number as JSON text would have carried it: Integer, Long or BigInteger when integral, else Double. */
    public static Object result(double d) {
        if (d != Math.rint(d) || Math.abs(d) >= INTEGER_TEXT_LIMIT) {
            return d;
        }
        if (Math.abs(d) < TWO_TO_53) {
            long whole = (long) d;
            return whole == (int) whole ? (Object) (int) whole : (Object) whole;
        }
        // the digits JavaScript prints for a large integral double: the shortest that reads back the same
        BigInteger digits = new BigDecimal(Double.toString(d)).toBigInteger();
        return digits.bitLength() < Long.SIZE ? (Object) digits.longValue() : digits;
    }
}
