package io.dotportion.core.value;

import java.io.ByteArrayOutputStream;

/**
 * Strict percent-decoding (URL paths, query strings, form bodies): every {@code %} starts two hex digits and
 * each run of escapes decodes as strict UTF-8 ({@link Utf8}), so {@code %C0%AF} is refused rather than read
 * as {@code /} or replaced by U+FFFD, and so is a run that stops in the middle of a character.
 */
public final class PercentDecoding {
    private PercentDecoding() {}

    /** Decodes {@code text}; {@code plusIsSpace} for form encoding (a {@code +} is a space there). */
    public static String decode(String text, boolean plusIsSpace) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                ByteArrayOutputStream run = new ByteArrayOutputStream();
                while (i < text.length() && text.charAt(i) == '%') {
                    run.write(escaped(text, i));
                    i += 3;
                }
                out.append(Utf8.decode(run.toByteArray()));
            } else {
                out.append(c == '+' && plusIsSpace ? ' ' : c);
                i++;
            }
        }
        String decoded = out.toString();
        if (Utf8.hasLoneSurrogate(decoded)) {
            throw new MalformedInputException("not valid UTF-8");
        }
        return decoded;
    }

    private static int escaped(String text, int at) {
        if (at + 2 >= text.length()) {
            throw new MalformedInputException("incomplete percent-encoding");
        }
        int high = hex(text.charAt(at + 1));
        int low = hex(text.charAt(at + 2));
        if (high < 0 || low < 0) {
            throw new MalformedInputException("invalid percent-encoding");
        }
        return high << 4 | low;
    }

    /** ASCII hex digits only ({@link Character#digit} would also take other scripts' digits). */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
