package io.dotportion.core.value;

import java.util.regex.Pattern;

/**
 * Runs a regular expression against a value with bounds against regular-expression denial of service:
 * values longer than {@code maxInput} characters are not matched, and matching stops once the regex engine
 * has read {@code maxSteps} characters. A deeply recursive match that overflows the stack stops too. A value
 * matches when it contains a match ({@code find}), as in JavaScript's {@code RegExp.test}.
 */
public final class BoundedRegex {

    /** How a bounded match ended. */
    public enum Outcome {
        MATCH,
        NO_MATCH,
        TOO_LONG,
        EXHAUSTED
    }

    private BoundedRegex() {}

    public static Outcome find(Pattern pattern, String value, int maxInput, long maxSteps) {
        if (value.length() > maxInput) {
            return Outcome.TOO_LONG;
        }
        try {
            return pattern.matcher(new BudgetedText(value, maxSteps)).find() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (BudgetedText.Exhausted | StackOverflowError e) {
            // java.util.regex recurses per repetition, so a deeply nested match can overflow the stack:
            // like an exhausted budget, this only means the value could not be checked.
            return Outcome.EXHAUSTED;
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
