package io.dotportion.server.data;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import io.dotportion.core.value.BoundedRegex;
import java.util.regex.Pattern;

/**
 * The regex engine of collection schemas' {@code pattern}: {@code java.util.regex} with {@code find} semantics
 * (unanchored, as JSON Schema says), run through {@link BoundedRegex} so a value longer than
 * {@link #MAX_INPUT} characters or a match reading more than {@link #MAX_STEPS} characters stops (and counts as no
 * match; {@link SchemaErrors} then says the value could not be checked). Patterns whose matching time can grow
 * exponentially are refused before this, when the schema is saved ({@link SchemaSubset}).
 */
final class BoundedPatterns implements RegularExpressionFactory {
    /** A value longer than this is not matched against its pattern. */
    static final int MAX_INPUT = 10_000;
    /** How many characters the regex engine may read while matching one value. */
    static final long MAX_STEPS = 1_000_000;

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return value -> outcome(pattern, value) == BoundedRegex.Outcome.MATCH;
    }

    static BoundedRegex.Outcome outcome(Pattern pattern, String value) {
        return BoundedRegex.find(pattern, value, MAX_INPUT, MAX_STEPS);
    }
}
