package io.dotportion.secrets.redact;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the password inside MongoDB URLs: masks it in any text (also where JSON escaped the slashes),
 * and extracts it from a known secret's URL so it can be masked wherever it appears on its own.
 */
final class MongoUrlPasswords {
    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(mongodb(?:\\+srv)?:(?:\\\\?/){2})([^\\s\"'/?#@:\\\\]*):((?:\\\\[^/]|[^\\s\"'/?#\\\\])*)@");
    private static final String MASK = "[secret]";

    private MongoUrlPasswords() {}

    /** Replaces the password of every MongoDB URL in {@code text} with {@code [secret]}, keeping existing masks. */
    static String mask(String text) {
        if (!text.contains("mongodb")) {
            return text;
        }
        Matcher matcher = URL_PASSWORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String password = matcher.group(3);
            String replacement = password.startsWith("[secret") && password.endsWith("]") ? password : MASK;
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + ":" + replacement + "@"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The password of a MongoDB URL as written (percent-encoded), if it has one. */
    static Optional<String> rawPassword(String url) {
        if (!url.startsWith("mongodb://") && !url.startsWith("mongodb+srv://")) {
            return Optional.empty();
        }
        int start = url.indexOf("://") + 3;
        int end = firstOf(url, start, '/', '?', '#');
        int at = url.lastIndexOf('@', end - 1);
        if (at < start) {
            return Optional.empty();
        }
        int colon = url.indexOf(':', start);
        if (colon < 0 || colon > at || colon + 1 == at) {
            return Optional.empty();
        }
        return Optional.of(url.substring(colon + 1, at));
    }

    /** The percent-decoded form of a password (what a driver uses), when it differs and decodes. */
    static Optional<String> decoded(String raw) {
        try {
            String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            return decoded.equals(raw) ? Optional.empty() : Optional.of(decoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int firstOf(String text, int from, char... stops) {
        int end = text.length();
        for (char stop : stops) {
            int index = text.indexOf(stop, from);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        return end;
    }
}
