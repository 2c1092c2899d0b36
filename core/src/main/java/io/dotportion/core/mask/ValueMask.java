package io.dotportion.core.mask;

import io.dotportion.core.node.MaskReason;
import io.dotportion.core.secret.JsonForms;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.WholeValueMask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks known values in JSON text without breaking it: a JSON string value (not an object's key) whose whole
 * content is a value (in any of its {@link JsonForms}) becomes {@code "[masked:<reason>]"}, whatever its length; a number token equal to
 * a value becomes the same quoted mask; inside longer strings, a value of at least {@link #MIN_INNER_LENGTH}
 * characters is masked where it stands as a whole token ({@link WholeValueMask}), and JSON text held in a
 * string ({@code \"pw\"}) is masked whatever its length. Text that is not a JSON object, array or string is a
 * number (masked when it is a value) or plain text (masked by whole tokens only).
 */
final class ValueMask implements Redactor {
    /** Shorter values are masked only where they are a whole JSON string or number, not inside longer text. */
    static final int MIN_INNER_LENGTH = 4;

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,18}");

    private final Map<String, String> whole = new HashMap<>();
    private final Map<String, String> numbers = new HashMap<>();
    private final WholeValueMask inner;

    ValueMask(Map<String, MaskReason> values) {
        List<WholeValueMask.Entry> entries = new ArrayList<>();
        values.forEach((value, reason) -> {
            String replacement = reason.replacement();
            for (String form : JsonForms.forms(value)) {
                whole.putIfAbsent(form, replacement);
                if (value.length() >= MIN_INNER_LENGTH) {
                    entries.add(new WholeValueMask.Entry(form, replacement));
                }
            }
            String twice = JsonForms.escape(JsonForms.escape(value, false), false);
            entries.add(new WholeValueMask.Entry("\\\"" + twice + "\\\"", "\\\"" + replacement + "\\\""));
            if (NUMBER.matcher(value).matches()) {
                numbers.putIfAbsent(value, replacement);
            }
            if (DIGITS.matcher(value).matches()) {
                numbers.putIfAbsent(Long.toString(Long.parseLong(value)), replacement);
            }
        });
        this.inner = WholeValueMask.EMPTY.with(entries);
    }

    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (!startsStructure(text)) {
            String stripped = text.strip();
            String number = NUMBER.matcher(stripped).matches() ? numbers.get(stripped) : null;
            return number != null ? '"' + number + '"' : inner.redact(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = stringEnd(text, i);
                String content = text.substring(i + 1, end);
                String replacement = isKey(text, end) ? null : whole.get(content);
                out.append('"').append(replacement != null ? replacement : inner.redact(content));
                if (end < n) {
                    out.append('"');
                }
                i = end + 1;
            } else if ((c == '-' || isDigit(c)) && (i == 0 || !isWord(text.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                String token = text.substring(i, end);
                String replacement = numbers.get(token);
                out.append(replacement == null ? token : '"' + replacement + '"');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the text is a JSON object, array or string (a trace value); anything else is plain text or a number. */
    private static boolean startsStructure(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[' || c == '"';
            }
        }
        return false;
    }

    /** Whether the string that closes at {@code end} is an object's key (a colon follows). */
    private static boolean isKey(String text, int end) {
        for (int i = end + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ':';
            }
        }
        return false;
    }

    /** The index of the quote closing the string opened at {@code open}, or the text's length when unclosed. */
    private static int stringEnd(String text, int open) {
        int j = open + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '"') {
                return j;
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    @Override
    public String toString() {
        return "ValueMask[" + whole.size() + " forms]";
    }
}
