package io.dotportion.core.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces known values in text where they stand as a whole token, never inside a longer word: with a
 * masked value {@code pass}, {@code "pass"} and {@code pass.} are masked and {@code password} is left as it
 * is. A value that begins (ends) with a letter, digit or '_' must not be preceded (followed) by one; a
 * JSON escape just before the value ({@code \n}, a unicode escape) counts as a boundary, so a value is found in
 * JSON text too. Longer values are replaced first. Immutable; {@link #with} answers an extended copy.
 */
public final class WholeValueMask implements Redactor {
    /** One value and what replaces it. */
    public record Entry(String text, String replacement) {
        public Entry {
            if (text == null || text.isEmpty() || replacement == null) {
                throw new IllegalArgumentException("a mask needs a non-empty text and a replacement");
            }
        }

        @Override
        public String toString() {
            return "Entry[" + replacement + "]";
        }
    }

    public static final WholeValueMask EMPTY = new WholeValueMask(List.of());

    private final List<Entry> entries;

    private WholeValueMask(List<Entry> entries) {
        this.entries = entries;
    }

    /** A copy that also masks {@code more} (duplicates are kept once). */
    public WholeValueMask with(List<Entry> more) {
        List<Entry> next = new ArrayList<>(entries);
        for (Entry entry : more) {
            if (!next.contains(entry)) {
                next.add(entry);
            }
        }
        next.sort(Comparator.comparingInt((Entry e) -> e.text().length()).reversed());
        return new WholeValueMask(List.copyOf(next));
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Entry entry : entries) {
            out = replaceWhole(out, entry.text(), entry.replacement());
        }
        return out;
    }

    /** {@code text} with each whole-token occurrence of {@code value} replaced. */
    public static String replaceWhole(String text, String value, String replacement) {
        int at = text.indexOf(value);
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            int end = at + value.length();
            if (boundaryBefore(text, at, value) && boundaryAfter(text, end, value)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, at).append(replacement);
                copied = end;
                at = text.indexOf(value, end);
            } else {
                at = text.indexOf(value, at + 1);
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean boundaryBefore(String text, int at, String value) {
        if (at == 0 || !isWord(value.charAt(0))) {
            return true;
        }
        return !isWord(text.charAt(at - 1)) || endsEscape(text, at);
    }

    private static boolean boundaryAfter(String text, int end, String value) {
        if (end == text.length() || !isWord(value.charAt(value.length() - 1))) {
            return true;
        }
        return !isWord(text.charAt(end));
    }

    /** Whether a JSON escape ({@code \n}, {@code \t}, {@code \r}, {@code \b}, {@code \f}, a unicode escape) ends at {@code at}. */
    private static boolean endsEscape(String text, int at) {
        char last = text.charAt(at - 1);
        if ("nrtbf".indexOf(last) >= 0 && at >= 2 && text.charAt(at - 2) == '\\') {
            return true;
        }
        if (at < 6 || text.charAt(at - 6) != '\\' || text.charAt(at - 5) != 'u') {
            return false;
        }
        for (int i = at - 4; i < at; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    @Override
    public String toString() {
        return "WholeValueMask[" + entries.size() + " values]";
    }
}
