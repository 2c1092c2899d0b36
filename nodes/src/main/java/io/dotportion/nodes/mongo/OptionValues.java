package io.dotportion.nodes.mongo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads option values (limit, skip, sort directions, projection flags) from config constants or template results. */
final class OptionValues {
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private OptionValues() {}

    static Optional<Integer> nonNegativeInt(Object value) {
        BigDecimal number = switch (value) {
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case BigDecimal d -> d;
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case String s
            when !s.isEmpty() && s.length() <= 10 && s.chars().allMatch(Character::isDigit) -> new BigDecimal(s);
            case null, default -> null;
        };
        if (number == null
                || number.signum() < 0
                || number.stripTrailingZeros().scale() > 0
                || number.compareTo(MAX_INT) > 0) {
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }

    static Optional<Integer> sortDirection(Object value) {
        return switch (value) {
            case Number n when n.doubleValue() == 1 -> Optional.of(1);
            case Number n when n.doubleValue() == -1 -> Optional.of(-1);
            case String s
            when s.equals("1") || s.equalsIgnoreCase("asc") || s.equalsIgnoreCase("ascending") -> Optional.of(1);
            case String s
            when s.equals("-1") || s.equalsIgnoreCase("desc") || s.equalsIgnoreCase("descending") -> Optional.of(-1);
            case null, default -> Optional.empty();
        };
    }

    static Optional<Integer> projectionFlag(Object value) {
        return switch (value) {
            case Boolean b -> Optional.of(b ? 1 : 0);
            case Number n when n.doubleValue() == 1 || n.doubleValue() == 0 -> Optional.of(n.intValue());
            case String s when s.equals("1") || s.equals("0") -> Optional.of(Integer.parseInt(s));
            case null, default -> Optional.empty();
        };
    }

    /** Sort or projection: an object of plain field names to values {@code read} accepts; empty when it is not. */
    static Optional<Map<String, Object>> fieldMap(
            Object value, java.util.function.Function<Object, Optional<Integer>> read) {
        if (!(value instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String field = String.valueOf(e.getKey());
            Optional<Integer> v = read.apply(e.getValue());
            if (field.isEmpty() || OperatorRules.isOperator(field) || v.isEmpty()) {
                return Optional.empty();
            }
            out.put(field, v.get());
        }
        return Optional.of(out);
    }
}
