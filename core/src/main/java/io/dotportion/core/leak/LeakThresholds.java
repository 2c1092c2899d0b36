package io.dotportion.core.leak;

/**
 * When a string that no specific rule recognises counts as a credential: a run of base64/base62 characters
 * at least {@code minLength} long whose Shannon entropy is at least {@code minBitsPerChar} bits per character
 * and which holds at least {@code minDigits} digits. Random base62 text of 32 characters averages 4.5 bits,
 * identifiers and camelCase words about 4.0–4.2 and rarely hold two digits.
 */
public record LeakThresholds(int minLength, double minBitsPerChar, int minDigits) {

    public LeakThresholds {
        if (minLength < 16) {
            throw new IllegalArgumentException("minLength must be at least 16");
        }
        if (minBitsPerChar <= 0 || minBitsPerChar > 6) {
            throw new IllegalArgumentException("minBitsPerChar must be in (0, 6]");
        }
        if (minDigits < 0) {
            throw new IllegalArgumentException("minDigits must not be negative");
        }
    }

    /** 32 characters, 4.2 bits per character, 2 digits. */
    public static LeakThresholds defaults() {
        return new LeakThresholds(32, 4.2, 2);
    }
}
