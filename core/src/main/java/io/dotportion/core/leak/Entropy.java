package io.dotportion.core.leak;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The high-entropy rule: long runs of base64/base62 characters that look random. Left out on purpose:
 * hexadecimal (with or without dashes: UUIDs, ObjectIds, hashes and colours in documentation; keys that are
 * hex are caught only by their prefix), base64 that decodes to printable text (an encoded sentence or
 * small JSON), and data URIs ({@code data:image/png;base64,...}).
 */
final class Entropy {
    /** A candidate run: base64 and base64url characters, padding after. */
    static final Pattern RUN = Pattern.compile("[A-Za-z0-9+/_-]+={0,2}");

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F-]+");

    private Entropy() {}

    /** Shannon entropy of the characters of {@code text}, in bits per character. */
    static double bitsPerChar(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = term(other, text.length());
        for (int count : counts) {
            bits += term(count, text.length());
        }
        return bits;
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * Math.log(p) / Math.log(2);
    }

    /** True when this run (one match of {@link #RUN}) looks like a random credential. */
    static boolean looksRandom(String run, LeakThresholds thresholds) {
        String body = stripPadding(run);
        if (body.length() < thresholds.minLength() || HEX.matcher(body).matches()) {
            return false;
        }
        if (digits(body) < thresholds.minDigits() || bitsPerChar(body) < thresholds.minBitsPerChar()) {
            return false;
        }
        return !decodesToText(run);
    }

    private static String stripPadding(String run) {
        int end = run.length();
        while (end > 0 && run.charAt(end - 1) == '=') {
            end--;
        }
        return run.substring(0, end);
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Base64 (either alphabet) of printable ASCII text: an encoded sentence, not a key. */
    static boolean decodesToText(String run) {
        byte[] bytes;
        try {
            bytes = run.indexOf('-') >= 0 || run.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(run)
                    : Base64.getDecoder().decode(run);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (bytes.length == 0) {
            return false;
        }
        for (byte b : bytes) {
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7f || b < 0) {
                return false;
            }
        }
        return true;
    }
}
