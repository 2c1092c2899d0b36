package io.dotportion.nodes.parameters;

/**
 * A pragmatic email check, not RFC 5322: at most 254 characters, no whitespace or control characters, exactly
 * one {@code @} with a non-empty local part before it, and a domain after it that contains a dot, with no empty
 * label (no leading, trailing or doubled dot).
 */
final class EmailAddress {
    static final int MAX_LENGTH = 254;

    private EmailAddress() {}

    static boolean isValid(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(EmailAddress::isBlankOrControl)) {
            return false;
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        String domain = value.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    private static boolean isBlankOrControl(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
