package io.dotportion.core.secret;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms a value takes when written inside JSON text: escaped once (a string in a JSON document),
 * twice (JSON text held in a JSON string, e.g. a logged body), with '/' escaped, and with non-ASCII
 * escaped, so that redaction finds a value however it was serialized.
 */
public final class JsonForms {
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-f]{4})");

    private JsonForms() {}

    /** The value itself and each of its JSON-written forms. */
    public static Set<String> forms(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        String once = escape(value, false);
        forms.add(once);
        forms.add(escape(once, false));
        forms.add(once.replace("/", "\\/"));
        String ascii = escape(value, true);
        forms.add(ascii);
        forms.add(upperCaseUnicodeEscapes(ascii));
        return forms;
    }

    private static String upperCaseUnicodeEscapes(String escaped) {
        return UNICODE_ESCAPE
                .matcher(escaped)
                .replaceAll(match -> "\\\\u" + match.group(1).toUpperCase(Locale.ROOT));
    }

    /** The value as it appears between the quotes of a JSON string ({@code asciiOnly}: non-ASCII as {@code \\uXXXX}). */
    public static String escape(String value, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (asciiOnly && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
