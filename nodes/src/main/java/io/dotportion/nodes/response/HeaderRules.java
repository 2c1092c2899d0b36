package io.dotportion.nodes.response;

import java.util.Locale;
import java.util.Set;

/** What a response header set by a workflow may look like (RFC 9110 field names and values). */
final class HeaderRules {
    /** Headers the HTTP server computes itself; a workflow setting them could corrupt the framing. */
    static final Set<String> FORBIDDEN = Set.of("content-length", "transfer-encoding");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderRules() {
    }

    static boolean isToken(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (!alnum && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isForbidden(String name) {
        return FORBIDDEN.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True when the value holds a control character other than tab (CR or LF would split the header). */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
