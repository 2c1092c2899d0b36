package io.dotportion.server.secrets;

import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.secrets.redact.ExecutionRedactor;
import io.dotportion.secrets.vault.ScopedResolver;
import io.dotportion.secrets.vault.SecretUse;
import java.util.List;
import java.util.function.Supplier;

/**
 * The secrets of one execution: the resolver nodes use, and the mask for what the execution leaves behind.
 * The trace and the execution log lose every secret value resolved during the run where it stands as a
 * whole token (as {@code [secret:<name>]}, with the password of any MongoDB URL), the request's
 * credential headers (as {@code [redacted:<header>]}) and the request's sensitive fields as the workflow's
 * {@link RequestMasking} says (as {@code [masked:<rule>]}, wherever their values reappear).
 *
 * <p>The HTTP answer is not rewritten: no template can name a secret, no script receives one, and no node
 * outputs a resolved value, so a secret cannot reach an answer; masking answers by value would only tell a
 * caller which of their guesses was a secret, and mangle data that merely contains one.
 */
public final class ExecutionSecrets {
    private final ScopedResolver resolver;
    private final ExecutionRedactor values;
    private final RequestData request;
    private final Supplier<RequestMasking> masking;
    private volatile Redactor credentials;

    ExecutionSecrets(
            ScopedResolver resolver, ExecutionRedactor values, RequestData request, Supplier<RequestMasking> masking) {
        this.resolver = resolver;
        this.values = values;
        this.request = request;
        this.masking = masking;
    }

    public SecretResolver resolver() {
        return resolver;
    }

    /** Which value of each secret the run used (environment, version, staged), for the trace; never a value. */
    public List<SecretUse> uses() {
        return resolver.uses();
    }

    /**
     * For traces and the execution log; may run on another thread after the execution. The masks of the
     * request's credentials are made the first time something is redacted: most runs are kept as summaries,
     * whose trace is never formatted, so they never need them.
     */
    public Redactor traces() {
        return text -> credentials().redact(values.redact(text));
    }

    private Redactor credentials() {
        Redactor masks = credentials;
        if (masks == null) {
            // the request is immutable: made twice at worst, alike
            masks = chain(RequestCredentials.of(request), masking.get().redactor(request));
            credentials = masks;
        }
        return masks;
    }

    private static Redactor chain(Redactor first, Redactor then) {
        if (first == Redactor.NONE) {
            return then;
        }
        return then == Redactor.NONE ? first : text -> then.redact(first.redact(text));
    }
}
