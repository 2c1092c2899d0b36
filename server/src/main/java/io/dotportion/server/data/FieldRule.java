package io.dotportion.server.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one field must look like. Null parts mean "no such check"; an empty type set allows any type.
 * {@code object} describes the properties of an object value, {@code items} each element of an array.
 */
record FieldRule(
        Set<FieldType> types,
        List<Object> allowed,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minLength,
        Integer maxLength,
        Pattern pattern,
        Integer minItems,
        Integer maxItems,
        boolean unique,
        ObjectRule object,
        FieldRule items) {

    static final FieldRule ANY =
            new FieldRule(Set.of(), null, null, null, null, null, null, null, null, false, null, null);

    boolean allows(FieldType type) {
        return types.isEmpty() || types.contains(type);
    }

    boolean bounded() {
        return minimum != null || maximum != null;
    }
}
