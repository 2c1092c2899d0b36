package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code next} cursor of an executions page: the key of the page's last run (start millisecond and id),
 * base64url text a client hands back without reading it. The leading {@code 1:} versions the format.
 */
final class ExecutionCursor {
    private static final Pattern FORMAT = Pattern.compile("1:(-?\\d{1,19}):([0-9a-f]{24})");
    private static final String REFUSED = "is not a cursor this API gave out (pass the X-Next-Cursor value back as is)";

    private ExecutionCursor() {}

    static String encode(ExecutionKey key) {
        String text = "1:" + key.startedAt().toEpochMilli() + ":" + key.id().toLowerCase(Locale.ROOT);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The key a cursor holds; IllegalArgumentException with a safe reason when it is not one of ours. */
    static ExecutionKey decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(REFUSED);
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(REFUSED);
        }
        try {
            return new ExecutionKey(Instant.ofEpochMilli(Long.parseLong(m.group(1))), m.group(2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(REFUSED);
        }
    }
}
