package io.dotportion.core.leak;

/**
 * One credential-looking literal: where it is ({@code nodes[2].data.code}), what it looks like, and a masked
 * preview that shows at most a recognisable prefix ({@code sk_live_…}, {@code mongodb://***:***@…}), never the
 * value.
 *
 * @param detail the provider of an API key ({@code Stripe secret key}), else empty
 */
public record Finding(String path, CredentialKind kind, String detail, String preview) {

    /** "a JWT", "an API key (GitHub token)". */
    public String describe() {
        return detail.isEmpty() ? kind.description() : kind.description() + " (" + detail + ")";
    }
}
