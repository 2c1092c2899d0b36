package io.dotportion.secrets.redact;

import io.dotportion.core.secret.Redactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks the secrets of one execution. Every value resolved during the execution is registered (by the
 * execution's resolver) and from then on replaced by {@code [secret:<name>]} wherever it appears: as is,
 * JSON-escaped, or (for a MongoDB URL) its password alone, raw or percent-decoded. The password of any
 * other MongoDB URL becomes {@code [secret]}. Registration and redaction may run on different threads
 * (request thread, log writer): the masks are an immutable list swapped on each registration.
 */
public final class ExecutionRedactor implements Redactor {
    /** Default shortest password masked on its own (shorter ones are still masked inside URLs). */
    public static final int DEFAULT_MIN_STANDALONE_LENGTH = 4;

    private record Mask(String text, String replacement) {
        @Override
        public String toString() {
            return "Mask[" + replacement + "]";
        }
    }

    private final int minStandaloneLength;
    private volatile List<Mask> masks = List.of();

    public ExecutionRedactor() {
        this(DEFAULT_MIN_STANDALONE_LENGTH);
    }

    public ExecutionRedactor(int minStandaloneLength) {
        this.minStandaloneLength = Math.max(1, minStandaloneLength);
    }

    /** Registers a resolved value of the secret {@code name}; idempotent. */
    public synchronized void register(String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String replacement = "[secret:" + name + "]";
        List<Mask> next = new ArrayList<>(masks);
        addForms(next, value, replacement, 1);
        MongoUrlPasswords.rawPassword(value).ifPresent(raw -> {
            addForms(next, raw, replacement, minStandaloneLength);
            MongoUrlPasswords.decoded(raw).ifPresent(decoded -> addForms(next, decoded, replacement, minStandaloneLength));
        });
        next.sort(Comparator.comparingInt((Mask mask) -> mask.text().length()).reversed());
        masks = List.copyOf(next);
    }

    private static void addForms(List<Mask> masks, String value, String replacement, int minLength) {
        if (value.length() < minLength) {
            return;
        }
        for (String form : JsonEscapes.forms(value)) {
            Mask mask = new Mask(form, replacement);
            if (!masks.contains(mask)) {
                masks.add(mask);
            }
        }
    }

    /** How many secret values are registered (forms counted once per value form). */
    public int registeredForms() {
        return masks.size();
    }

    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Mask mask : masks) {
            if (out.contains(mask.text())) {
                out = out.replace(mask.text(), mask.replacement());
            }
        }
        return MongoUrlPasswords.mask(out);
    }

    /**
     * A redacted copy of a value tree (maps, lists, strings; keys too). Other leaves are returned as they
     * are; the input is not changed.
     */
    public Object redactValue(Object value) {
        return switch (value) {
            case null -> null;
            case String text -> redact(text);
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> copy.put(redact(String.valueOf(key)), redactValue(item)));
                yield copy;
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(item -> copy.add(redactValue(item)));
                yield copy;
            }
            default -> value;
        };
    }

    @Override
    public String toString() {
        return "ExecutionRedactor[" + masks.size() + " forms]";
    }
}
