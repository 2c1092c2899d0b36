package io.dotportion.nodes.parameters;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A compiled {@code pattern} with bounds against regular-expression denial of service: values longer than
 * {@link ParameterLimits#patternMaxInputLength()} are refused up front, and matching stops once the regex
 * engine has read {@link ParameterLimits#patternMaxSteps()} characters. A value is accepted when it contains a
 * match ({@code find}), as in JavaScript's {@code RegExp.test}.
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
        this.mismatch = source.length() <= MAX_SHOWN ? "must match the pattern " + source : "must match the required pattern";
    }

    /** Why the value fails the pattern, or empty when it passes. */
    Optional<String> check(String value) {
        if (value.length() > limits.patternMaxInputLength()) {
            return Optional.of("is too long to check against its pattern (at most "
                    + limits.patternMaxInputLength() + " characters)");
        }
        try {
            return pattern.matcher(new BudgetedText(value, limits.patternMaxSteps())).find()
                    ? Optional.empty() : Optional.of(mismatch);
        } catch (BudgetedText.Exhausted | StackOverflowError e) {
            // java.util.regex recurses per repetition, so a deeply nested match can overflow the stack:
            // like an exhausted budget, this only means the value could not be checked.
            return Optional.of("could not be checked against its pattern within the matching limit");
        }
    }

    /** Text that counts the characters the regex engine reads and stops it past a budget. */
    private static final class BudgetedText implements CharSequence {
        private final String text;
        private long remaining;

        BudgetedText(String text, long budget) {
            this.text = text;
            this.remaining = budget;
        }

        @Override
        public char charAt(int index) {
            if (--remaining < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super("pattern matching budget exhausted", null, false, false);
            }
        }
    }
}
