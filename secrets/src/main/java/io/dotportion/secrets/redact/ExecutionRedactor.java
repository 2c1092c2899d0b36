package io.dotportion.secrets.redact;

import io.dotportion.core.secret.JsonForms;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.WholeValueMask;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks the secrets of one execution in its trace and log (never in its HTTP answer: secrets cannot reach
 * an answer, and masking one would tell a caller which guess was right). Every value resolved during the
 * execution is registered (by the execution's resolver) and from then on replaced by {@code [secret:<name>]}
 * where it stands as a whole token: as is, JSON-escaped, or (for a MongoDB URL) its password alone, raw or
 * percent-decoded. A value inside a longer word is left alone ({@code password} stays {@code password} when
 * a password is {@code pass}). The password of any other MongoDB URL becomes {@code [secret]}. Registration
 * and redaction may run on different threads (request thread, log writer): the mask is immutable and
 * swapped on each registration.
 */
public final class ExecutionRedactor implements Redactor {
    /** Default shortest password masked on its own (shorter ones are still masked inside URLs). */
    public static final int DEFAULT_MIN_STANDALONE_LENGTH = 4;

    private final int minStandaloneLength;
    private volatile WholeValueMask mask = WholeValueMask.EMPTY;

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
        List<WholeValueMask.Entry> next = new ArrayList<>();
        addForms(next, value, replacement, 1);
        MongoUrlPasswords.rawPassword(value).ifPresent(raw -> {
            addForms(next, raw, replacement, minStandaloneLength);
            MongoUrlPasswords.decoded(raw)
                    .ifPresent(decoded -> addForms(next, decoded, replacement, minStandaloneLength));
        });
        mask = mask.with(next);
    }

    private static void addForms(List<WholeValueMask.Entry> entries, String value, String replacement, int minLength) {
        if (value.length() < minLength) {
            return;
        }
        for (String form : JsonForms.forms(value)) {
            entries.add(new WholeValueMask.Entry(form, replacement));
        }
    }

    /** How many secret values are registered (forms counted once per value form). */
    public int registeredForms() {
        return mask.size();
    }

    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return MongoUrlPasswords.mask(mask.redact(text));
    }

    @Override
    public String toString() {
        return "ExecutionRedactor[" + mask.size() + " forms]";
    }
}
