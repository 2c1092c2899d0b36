package io.dotportion.nodes.parameters;

/**
 * Bounds on pattern checks, which run user-written regular expressions on request values.
 *
 * @param patternMaxInputLength a value longer than this (in chars) is refused without running the pattern
 * @param patternMaxSteps       how many characters the regex engine may read while matching one value; a
 *                              catastrophically backtracking pattern stops here and the value is refused
 */
public record ParameterLimits(int patternMaxInputLength, long patternMaxSteps) {

    public ParameterLimits {
        if (patternMaxInputLength < 1 || patternMaxSteps < 1) {
            throw new IllegalArgumentException("parameter limits must be positive");
        }
    }

    /** 10,000 characters and 10 million steps (tens of milliseconds of CPU at worst). */
    public static ParameterLimits defaults() {
        return new ParameterLimits(10_000, 10_000_000L);
    }
}
