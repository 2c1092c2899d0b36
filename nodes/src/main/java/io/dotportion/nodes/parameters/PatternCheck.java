package io.dotportion.nodes.parameters;

import io.dotportion.core.value.BoundedRegex;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A compiled {@code pattern} with bounds against regular-expression denial of service (see
 * {@link BoundedRegex}): values longer than {@link ParameterLimits#patternMaxInputLength()} are refused up
 * front, and matching stops once the regex engine has read {@link ParameterLimits#patternMaxSteps()}
 * characters. A value is accepted when it contains a match, as in JavaScript's {@code RegExp.test}.
 */
final class PatternCheck {
    private static final int MAX_SHOWN = 100;
    private final Pattern pattern;
    private final ParameterLimits limits;
    private final String mismatch;

    PatternCheck(Pattern pattern, ParameterLimits limits) {
        this.pattern = pattern;
        this.limits = limits;
        String source = pattern.pattern();
        this.mismatch =
                source.length() <= MAX_SHOWN ? "must match the pattern " + source : "must match the required pattern";
    }

    /** Why the value fails the pattern, or empty when it passes. */
    Optional<String> check(String value) {
        return switch (BoundedRegex.find(pattern, value, limits.patternMaxInputLength(), limits.patternMaxSteps())) {
            case MATCH -> Optional.empty();
            case NO_MATCH -> Optional.of(mismatch);
            case TOO_LONG ->
                Optional.of("is too long to check against its pattern (at most " + limits.patternMaxInputLength()
                        + " characters)");
            case EXHAUSTED -> Optional.of("could not be checked against its pattern within the matching limit");
        };
    }
}
