package io.dotportion.server.secrets;

import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.WholeValueMask;
import io.dotportion.core.value.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Masks the credentials a request carried ({@code authorization}, {@code cookie},
 * {@code proxy-authorization}, {@code x-api-key}) as {@code [redacted:<header>]} wherever they appear in a
 * trace or log: the whole header value, the credentials after an authorization scheme, and each cookie
 * value, as is and JSON-escaped once or twice, where each stands as a whole token. Nodes still see the
 * headers while they run.
 */
final class RequestCredentials {
    static final List<String> HEADERS = List.of("authorization", "proxy-authorization", "cookie", "x-api-key");
    /** Shorter parts are not masked on their own (they would mask ordinary text). */
    static final int MIN_PART_LENGTH = 6;
    /** Shorter whole values are not credentials anyone could use, and masking them would mask ordinary text. */
    static final int MIN_VALUE_LENGTH = 3;

    private RequestCredentials() {}

    static Redactor of(RequestData request) {
        List<WholeValueMask.Entry> masks = new ArrayList<>();
        for (String header : HEADERS) {
            String value = request.headers().get(header);
            if (value != null && !value.isBlank()) {
                String replacement = "[redacted:" + header + "]";
                for (String part : parts(header, value)) {
                    for (String form : forms(part)) {
                        masks.add(new WholeValueMask.Entry(form, replacement));
                    }
                }
            }
        }
        if (masks.isEmpty()) {
            return Redactor.NONE;
        }
        return WholeValueMask.EMPTY.with(masks);
    }

    private static Set<String> parts(String header, String value) {
        Set<String> parts = new LinkedHashSet<>();
        String trimmed = value.strip();
        if (trimmed.length() >= MIN_VALUE_LENGTH) {
            parts.add(value);
            parts.add(trimmed);
        }
        if (header.endsWith("authorization")) {
            int space = trimmed.indexOf(' ');
            addPart(parts, space < 0 ? trimmed : trimmed.substring(space + 1).strip());
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
                addPart(parts, trimmed.substring("bearer ".length()).strip());
            }
        } else if (header.equals("cookie")) {
            for (String pair : trimmed.split("[;,]")) {
                int eq = pair.indexOf('=');
                addPart(parts, pair.strip());
                if (eq >= 0) {
                    addPart(parts, pair.substring(eq + 1).strip());
                }
            }
        } else {
            addPart(parts, trimmed);
        }
        return parts;
    }

    private static void addPart(Set<String> parts, String part) {
        if (part.length() >= MIN_PART_LENGTH) {
            parts.add(part);
        }
    }

    private static Set<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        String once = escaped(text);
        forms.add(once);
        forms.add(escaped(once));
        return forms;
    }

    private static String escaped(String text) {
        String json = Json.write(text);
        return json.substring(1, json.length() - 1);
    }
}
