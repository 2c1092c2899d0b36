package io.dotportion.server.data;

import java.util.regex.Pattern;

/**
 * Runs a schema's {@code pattern} against a value with bounds against regular-expression denial of service:
 * values longer than {@link #MAX_INPUT} characters are not matched, and matching stops once the regex engine
 * has read {@link #MAX_STEPS} characters (a deeply recursive match that overflows the stack stops too).
 */
final class BoundedMatch {
    static final int MAX_INPUT = 10_000;
    static final long MAX_STEPS = 1_000_000;

    /** How a match ended. */
    enum Outcome { MATCH, NO_MATCH, UNCHECKED }

    private BoundedMatch() {
    }

    static Outcome find(Pattern pattern, String value) {
        if (value.length() > MAX_INPUT) {
            return Outcome.UNCHECKED;
        }
        try {
            return pattern.matcher(new Budgeted(value)).find() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (Budgeted.Exhausted | StackOverflowError e) {
            return Outcome.UNCHECKED;
        }
    }

    /** Text that counts the characters the regex engine reads and stops it past the budget. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private long remaining = MAX_STEPS;

        Budgeted(String text) {
            this.text = text;
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
