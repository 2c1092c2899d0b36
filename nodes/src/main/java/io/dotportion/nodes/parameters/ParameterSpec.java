package io.dotportion.nodes.parameters;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one request parameter must look like. Every field is optional: DotPortion exports often carry only
 * {@code required}, and a parameter without a {@code type} accepts any value as it is.
 *
 * @param required     a missing (or null) value is a failure; default false
 * @param type         string, number, integer, boolean, object, array, email or password (a string masked in
 *                     traces)
 * @param min          lower bound: the value for numbers, the length for strings, the size for arrays
 * @param max          upper bound, in the same sense as {@code min}
 * @param pattern      a Java regular expression a string value must contain a match of ({@code find} semantics,
 *                     anchor it with {@code ^...$} to match the whole value)
 * @param allowed      the values allowed ({@code enum} in the data)
 * @param defaultValue the value used when an optional parameter is missing ({@code default} in the data)
 * @param sensitive    the value is masked as {@code [masked:sensitive]} in every stored and test-run trace,
 *                     wherever it appears; default false (type password implies it)
 */
public record ParameterSpec(
        Boolean required,
        String type,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        @JsonProperty("enum") List<Object> allowed,
        @JsonProperty("default") Object defaultValue,
        Boolean sensitive) {

    static final ParameterSpec ANY = new ParameterSpec(null, null, null, null, null, null, null, null);

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean isSensitive() {
        return Boolean.TRUE.equals(sensitive);
    }
}
