package io.dotportion.server.secrets;

import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.secrets.redact.ExecutionRedactor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secrets of one execution: the resolver nodes use, and the masks for what leaves the execution. The
 * trace and the execution log lose every secret value resolved during the run (as {@code [secret:<name>]},
 * with the password of any MongoDB URL) and the request's credential headers (as
 * {@code [redacted:<header>]}); the HTTP answer loses the secret values.
 */
public final class ExecutionSecrets {
    private final SecretResolver resolver;
    private final ExecutionRedactor values;
    private final Redactor credentials;

    ExecutionSecrets(SecretResolver resolver, ExecutionRedactor values, Redactor credentials) {
        this.resolver = resolver;
        this.values = values;
        this.credentials = credentials;
    }

    public SecretResolver resolver() {
        return resolver;
    }

    /** For traces and the execution log; may run on another thread after the execution. */
    public Redactor traces() {
        return text -> credentials.redact(values.redact(text));
    }

    /** A masked copy of an answer body (maps, lists and strings; other leaves as they are). */
    public Object answer(Object body) {
        return values.redactValue(body);
    }

    /** Masked answer headers. */
    public Map<String, String> answerHeaders(Map<String, String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, value) -> out.put(name, values.redact(value)));
        return out;
    }
}
